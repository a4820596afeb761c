package org.timelineexplorer.map.impl;

import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.event.EventHandler;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import org.timelineexplorer.map.MapMarker;
import org.timelineexplorer.map.MapView;
import org.timelineexplorer.map.MapViewport;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The default skin of {@link MapView}: the outlines on tiles that a pan moves ({@link OutlineTiles}) under one
 * canvas of markers and labels, redrawn at most once per pulse when something they show changed (a dirty flag
 * checked in {@link #layoutChildren}), and the pointer and keys turned into the control's navigation.
 */
public class MapViewSkin extends SkinBase<MapView> {

    /** Pixels a drag must move before it pans rather than clicks. */
    private static final double DRAG_SLOP = 4;
    /** How far a wheel notch (40 units of scroll) zooms. */
    private static final double WHEEL_ZOOM_PER_UNIT = Math.log(1.25) / 40;
    /** How near the edge a selected place may be before the map pans to it. */
    private static final double REVEAL_MARGIN = 24;
    /** Up to how many changed markers are changed in place rather than all gathered anew. */
    private static final int FEW_MARKERS = 1000;

    private final Canvas canvas = new Canvas();
    private final OutlineTiles outlines = new OutlineTiles();
    private final MarkerLayer markers = new MarkerLayer();
    /** Whether the markers are to be gathered by place anew; if not, the few changed since are in the lists below. */
    private boolean markersDirty = true;
    private final List<MapMarker> markersRemoved = new ArrayList<>();
    private final List<MapMarker> markersAdded = new ArrayList<>();
    private boolean dirty = true;
    private boolean revealDue;
    /** The last fitted view, and the size it was fitted to. */
    private MapViewport fitted;
    private double fittedWidth;
    private double fittedHeight;
    private double pressX;
    private double pressY;
    private double lastDragX;
    private double lastDragY;
    private boolean dragging;
    private final EventHandler<ScrollEvent> onScroll = this::scrolled;
    private final EventHandler<MouseEvent> onPress = this::pressed;
    private final EventHandler<MouseEvent> onDrag = this::dragged;
    private final EventHandler<MouseEvent> onRelease = this::released;
    private final EventHandler<KeyEvent> onKey = this::keyPressed;
    private final ListChangeListener<MapMarker> onMarkers = this::markersChanged;

    public MapViewSkin(MapView control) {
        super(control);
        canvas.getStyleClass().add("map-canvas");
        getChildren().addAll(outlines.node(), canvas);
        control.getMarkers().addListener(onMarkers);
        registerChangeListener(control.selectedItemProperty(), o -> {
            revealDue = true;
            requestRedraw();
        });
        for (Observable o : List.of(control.viewportProperty(), control.outlinesProperty(),
                control.outputScaleProperty(), control.labelFontProperty(), control.seaColorProperty(),
                control.landColorProperty(), control.coastColorProperty(), control.riverColorProperty(), control.borderColorProperty(),
                control.textColorProperty(), control.haloColorProperty(), control.selectedColorProperty(),
                control.clusterColorProperty(), control.clusterTextColorProperty(), control.focusColorProperty(),
                control.focusedProperty(), control.localeProperty())) {
            registerInvalidationListener(o, x -> requestRedraw());
        }
        control.addEventHandler(ScrollEvent.SCROLL, onScroll);
        control.addEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        control.addEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        control.addEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        control.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        MapView control = getSkinnable();
        control.removeEventHandler(ScrollEvent.SCROLL, onScroll);
        control.removeEventHandler(MouseEvent.MOUSE_PRESSED, onPress);
        control.removeEventHandler(MouseEvent.MOUSE_DRAGGED, onDrag);
        control.removeEventHandler(MouseEvent.MOUSE_RELEASED, onRelease);
        control.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
        control.getMarkers().removeListener(onMarkers);
        super.dispose();
    }

    /**
     * Keeps a few changed markers to be changed in place at the next layout, or marks them all to be gathered anew
     * when more than {@link #FEW_MARKERS} changed (a new filter, a new dataset), which then costs less.
     */
    private void markersChanged(ListChangeListener.Change<? extends MapMarker> change) {
        while (change.next() && !markersDirty) {
            if (change.wasPermutated()) {
                continue;
            }
            if (markersRemoved.size() + markersAdded.size() + change.getRemovedSize() + change.getAddedSize()
                    > FEW_MARKERS) {
                markersDirty = true;
            } else {
                markersRemoved.addAll(change.getRemoved());
                markersAdded.addAll(change.getAddedSubList());
            }
        }
        requestRedraw();
    }

    private void requestRedraw() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 600 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 400 + top + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        MapView control = getSkinnable();
        double scale = control.getOutputScale();
        if (canvas.getWidth() != w * scale || canvas.getHeight() != h * scale) {
            canvas.setWidth(w * scale);
            canvas.setHeight(h * scale);
            canvas.setScaleX(1 / scale);
            canvas.setScaleY(1 / scale);
            dirty = true;
        }
        canvas.relocate(x - (w * scale - w) / 2, y - (h * scale - h) / 2);
        outlines.node().relocate(x, y);
        if (w <= 0 || h <= 0) {
            return;
        }
        if (markersDirty) {
            markers.setMarkers(control.getMarkers());
            markersDirty = false;
        } else if (!markersRemoved.isEmpty() || !markersAdded.isEmpty()) {
            markers.update(markersRemoved, markersAdded);
        }
        markersRemoved.clear();
        markersAdded.clear();
        // A view fitted at another size is fitted again while no one has moved it: a split pane lays the map
        // out at a few sizes before it settles.
        boolean resized = w != fittedWidth || h != fittedHeight;
        if (control.takeFitRequest() || (resized && fitted != null && fitted.equals(control.getViewport()))) {
            fitted = fitted(w, h);
            fittedWidth = w;
            fittedHeight = h;
            control.setViewport(fitted);
        }
        if (revealDue) {
            revealDue = false;
            reveal(w, h);
        }
        if (dirty) {
            dirty = false;
            draw(w, h, scale);
        }
    }

    /** Fitted to the markers' places, no closer than a city's surroundings; the world without markers. */
    private MapViewport fitted(double w, double h) {
        double[] b = markers.bounds();
        if (b == null) {
            return MapViewport.world(w, h);
        }
        double margin = Math.min(60, Math.min(w, h) / 6);
        return MapViewport.fit(b[0], b[1], b[2], b[3], w, h, margin, 256 * Math.pow(2, 8));
    }

    /** Centres the selected item's place if it lies outside the view (or too near its edge). */
    private void reveal(double w, double h) {
        MapView control = getSkinnable();
        MarkerLayer.Place place = markers.placeOf(control.getSelectedItem());
        MapViewport view = control.getViewport();
        if (place == null || view == null) {
            return;
        }
        double x = view.screenX(place.worldX(), w);
        double y = view.screenY(place.worldY(), h);
        if (x < REVEAL_MARGIN || y < REVEAL_MARGIN || x > w - REVEAL_MARGIN || y > h - REVEAL_MARGIN) {
            control.setViewport(view.centredOn(place.worldX(), place.worldY()));
        }
    }

    private void draw(double w, double h, double scale) {
        MapView control = getSkinnable();
        MapViewport view = control.getViewport();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        MapPalette palette = MapPalette.of(control);
        outlines.show(control.getOutlines(), view, w, h, scale, palette);
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        gc.save();
        gc.scale(scale, scale);
        markers.layOut(view, w, h, control.getLabelFont());
        markers.useLocale(control.getLocale());
        markers.paint(gc, view, w, h, scale, palette, control.getLabelFont(), control.getSelectedItem());
        if (control.isFocused()) {
            gc.setStroke(palette.focus());
            gc.setLineWidth(2);
            gc.strokeRect(1, 1, w - 2, h - 2);
        }
        gc.restore();
    }

    /** Where {@code item}'s marker is drawn now, in the control's coordinates; empty if it is not in view. */
    public Optional<Point2D> markerPosition(Object item) {
        MapView control = getSkinnable();
        MarkerLayer.Place place = markers.placeOf(item);
        MapViewport view = control.getViewport();
        if (place == null || view == null) {
            return Optional.empty();
        }
        double x = view.screenX(place.worldX(), control.getWidth());
        double y = view.screenY(place.worldY(), control.getHeight());
        return x >= 0 && y >= 0 && x <= control.getWidth() && y <= control.getHeight()
                ? Optional.of(new Point2D(x, y)) : Optional.empty();
    }

    // ----- input

    private void scrolled(ScrollEvent e) {
        MapView control = getSkinnable();
        MapViewport view = control.getViewport();
        if (view == null || e.getDeltaY() == 0) {
            return;
        }
        double factor = Math.exp(e.getDeltaY() * WHEEL_ZOOM_PER_UNIT);
        control.setViewport(view.zoomAt(factor, e.getX(), e.getY(), control.getWidth(), control.getHeight()));
        e.consume();
    }

    private void pressed(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        getSkinnable().requestFocus();
        pressX = e.getX();
        pressY = e.getY();
        lastDragX = pressX;
        lastDragY = pressY;
        dragging = false;
    }

    private void dragged(MouseEvent e) {
        if (!e.isPrimaryButtonDown()) {
            return;
        }
        if (!dragging && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_SLOP) {
            dragging = true;
        }
        if (dragging) {
            getSkinnable().pan(lastDragX - e.getX(), lastDragY - e.getY());
            lastDragX = e.getX();
            lastDragY = e.getY();
        }
        e.consume();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || dragging) {
            dragging = false;
            return;
        }
        click(e.getX(), e.getY());
    }

    /**
     * A click on a place selects its first item, and on the selected one the next (several events at one place take
     * turns); a click on a cluster of places zooms in on it until they separate.
     */
    private void click(double x, double y) {
        MapView control = getSkinnable();
        MarkerLayer.Cluster cluster = markers.clusterAt(x, y);
        if (cluster == null) {
            return;
        }
        if (!cluster.isPlace()) {
            MapViewport view = control.getViewport();
            control.setViewport(view.zoomAt(2.5, cluster.x, cluster.y, control.getWidth(), control.getHeight()));
            return;
        }
        MapMarker[] here = cluster.first.markers();
        int next = 0;
        for (int i = 0; i < here.length; i++) {
            if (here[i].item().equals(control.getSelectedItem())) {
                next = (i + 1) % here.length;
            }
        }
        control.setSelectedItem(here[next].item());
    }

    private void keyPressed(KeyEvent e) {
        MapView control = getSkinnable();
        double step = Math.min(control.getWidth(), control.getHeight()) / 6;
        control.actionFor(e).ifPresent(action -> {
            switch (action) {
                case ZOOM_IN -> control.zoom(MapView.ZOOM_STEP);
                case ZOOM_OUT -> control.zoom(1 / MapView.ZOOM_STEP);
                case PAN_WEST -> control.pan(-step, 0);
                case PAN_EAST -> control.pan(step, 0);
                case PAN_NORTH -> control.pan(0, -step);
                case PAN_SOUTH -> control.pan(0, step);
                case FIT_MARKERS -> control.fitToMarkers();
            }
            e.consume();
        });
    }
}
