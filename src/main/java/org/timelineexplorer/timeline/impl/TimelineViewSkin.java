package org.timelineexplorer.timeline.impl;

import javafx.animation.PauseTransition;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.geometry.Point2D;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.SkinBase;
import javafx.scene.text.TextAlignment;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Transform;
import javafx.util.Duration;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.TimeScale;
import org.timelineexplorer.timeline.TimelineView;

import java.util.List;

/**
 * The default skin of {@link TimelineView}: one canvas for the axis, eras and events, drawn only for the visible
 * slice and at most once per pulse (a dirty flag checked in {@link #layoutChildren}), and the overview strip
 * under it. It wires the control to its parts, each with one job: the {@link EventIndex} and {@link LaneLevels}
 * say what to draw and keep up with edits, the painters draw it, and {@link PointerInput} and
 * {@link OverviewStrip} turn gestures into the control's public navigation.
 *
 * <p>Not API, as ControlsFX keeps its skins: the control's look is its stylesheet and styleable properties, its
 * behaviour its methods and key bindings.
 */
public class TimelineViewSkin extends SkinBase<TimelineView> {

    /** How long a zooming gesture must rest before the lanes settle into the new zoom level's. */
    private static final Duration SETTLE_AFTER = Duration.millis(300);
    /**
     * The widest or tallest canvas drawn at an output scale, in pixels: graphics cards refuse larger textures and
     * would show nothing, and 8192 is one that all of them take. A wider picture is drawn at a lower scale.
     */
    private static final double MAX_CANVAS_PIXELS = 8192;

    private final Canvas canvas = new Canvas();
    private final EventIndex index;
    private final EraList eras = new EraList();
    private final LaneLevels levels = new LaneLevels();
    private final Drawn drawn = new Drawn();
    private final EventPainter eventPainter;
    /** The axis of the last frame, for tests that read what it says. */
    private AxisLayout.Axis drawnAxis;
    private final OverviewStrip overview;
    private final PointerInput pointer;
    /** Ends a gesture's hold on the lanes once it has rested. */
    private final PauseTransition settle = new PauseTransition(SETTLE_AFTER);
    private Lettering lettering;
    /** Pixels per layout pixel in both canvases, which are scaled back down by as much. */
    private double pixelScale = 1;

    /** The index is to be built afresh from the list: a new list, or none built yet (CSS sets the font first). */
    private boolean eventsDirty = true;
    private boolean erasDirty = true;
    private boolean mainDirty = true;

    /** The lists whose changes the skin is listening to. */
    private ObservableList<TimelineEvent> events;
    private ObservableList<Era> eraSource;
    private final ListChangeListener<TimelineEvent> eventsListener = this::eventsChanged;
    private final InvalidationListener erasListener = o -> erasChanged();

    /** Creates the skin for {@code control}; {@link TimelineView#createDefaultSkin()} calls it. */
    public TimelineViewSkin(TimelineView control) {
        super(control);
        lettering = Lettering.of(control.getLabelFont(), control.getLocale());
        index = new EventIndex(lettering);
        eventPainter = new EventPainter(index);
        canvas.getStyleClass().add("timeline-canvas");
        overview = new OverviewStrip(control, index, eras, this::holdLanes);
        pointer = new PointerInput(control, canvas, drawn, index, eras, this::holdLanes, this::requestRedraw,
                () -> pixelScale);
        getChildren().addAll(canvas, overview);
        settle.setOnFinished(e -> {
            levels.release();
            requestRedraw();
        });

        // Registered through SkinBase so that replacing the skin removes them.
        registerChangeListener(control.eventsProperty(), o -> watchEvents(control.getEvents()));
        registerChangeListener(control.erasProperty(), o -> watchEras(control.getEras()));
        watchEvents(control.getEvents());
        watchEras(control.getEras());
        for (Observable o : List.of(control.selectedEventProperty(), control.selectedEraProperty(),
                control.axisColorProperty(), control.textColorProperty(), control.selectedColorProperty(),
                control.clusterColorProperty(), control.clusterTextColorProperty(), control.focusColorProperty(),
                control.focusedProperty(), control.outputScaleProperty(), control.labelFontProperty(),
                control.localeProperty(), control.eraStyleProperty(), control.editableProperty(),
                control.onEraEdgeDraggedProperty())) {
            registerInvalidationListener(o, x -> requestRedraw());
        }
        for (Observable o : List.of(control.canvasBackgroundProperty(), control.eventColorProperty(),
                control.gridColorProperty(), control.fullSpanProperty(), control.timeRightToLeftProperty())) {
            registerInvalidationListener(o, x -> {
                overview.redraw();
                requestRedraw();
            });
        }
        // The overview's window follows the range.
        registerInvalidationListener(control.visibleRangeProperty(), x -> {
            overview.requestLayout();
            requestRedraw();
        });
    }

    /** Moves the content listener from the list the skin was watching to {@code now}. */
    private void watchEvents(ObservableList<TimelineEvent> now) {
        if (events != null) {
            events.removeListener(eventsListener);
        }
        events = now;
        if (now != null) {
            now.addListener(eventsListener);
        }
        eventsDirty = true;
        requestRedraw();
    }

    private void watchEras(ObservableList<Era> now) {
        if (eraSource != null) {
            eraSource.removeListener(erasListener);
        }
        eraSource = now;
        if (now != null) {
            now.addListener(erasListener);
        }
        erasChanged();
    }

    /** Takes an edit of the list as it comes: the index and the lanes from the first event it touched on. */
    private void eventsChanged(ListChangeListener.Change<? extends TimelineEvent> change) {
        if (!eventsDirty) {
            levels.eventsChangedFrom(index.apply(change, events));
            overview.redraw();
        }
        requestRedraw();
    }

    private void erasChanged() {
        erasDirty = true;
        overview.redraw();
        requestRedraw();
    }

    @Override
    public void dispose() {
        if (getSkinnable() == null) {
            return;
        }
        settle.stop();
        watchEvents(null);
        watchEras(null);
        pointer.dispose();
        super.dispose();
    }

    private void requestRedraw() {
        mainDirty = true;
        getSkinnable().requestLayout();
    }

    /**
     * Holds the lanes while the wheel, the fingers or the overview's edges zoom: each wheel notch crosses a zoom
     * level or two, and labels would hop between lanes at every one. Once the gesture has rested they settle.
     */
    private void holdLanes() {
        levels.hold();
        settle.playFromStart();
    }

    // ----- layout

    private double fontSize() {
        return getSkinnable().getLabelFont().getSize();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        return 900 + left + right;
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return Geometry.heightFor(fontSize(), 6) + top + bottom;
    }

    /** Room for one lane and the cluster row: any less and the lane would be drawn over the clusters. */
    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return Geometry.heightFor(fontSize(), 1) + top + bottom;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        double overviewH = Geometry.overviewHeight(fontSize());
        double mainH = Math.max(1, h - overviewH - Geometry.OVERVIEW_GAP);
        double wanted = getSkinnable().getOutputScale() > 1 ? getSkinnable().getOutputScale() : 1;
        double scale = Math.max(1, Math.min(wanted, MAX_CANVAS_PIXELS / Math.max(w, mainH)));
        if (scale != pixelScale) {
            pixelScale = scale;
            List<Transform> scaledDown = scale == 1 ? List.of() : List.of(new Scale(1 / scale, 1 / scale));
            canvas.getTransforms().setAll(scaledDown);
            mainDirty = true;
        }
        if (canvas.getWidth() != w * scale || canvas.getHeight() != mainH * scale) {
            canvas.setWidth(w * scale);
            canvas.setHeight(mainH * scale);
            mainDirty = true;
        }
        canvas.relocate(x, y);
        overview.setPixelScale(scale);
        overview.resizeRelocate(x, y + h - overviewH, w, overviewH);
        refreshData();
        if (mainDirty) {
            paint(w, mainH);
        }
    }

    /** Brings the type, the index and the eras up to date with the control, where they are not. */
    private void refreshData() {
        TimelineView control = getSkinnable();
        if (!lettering.isFor(control.getLabelFont())) {
            lettering = Lettering.of(control.getLabelFont(), control.getLocale());
            index.relabel(lettering);
            levels.clear();
        }
        lettering = lettering.withLocale(control.getLocale());
        if (eventsDirty) {
            eventsDirty = false;
            index.reset(events == null ? List.of() : events);
            levels.clear();
            overview.redraw();
        }
        if (erasDirty) {
            erasDirty = false;
            eras.reset(eraSource == null ? List.of() : eraSource);
        }
    }

    // ----- drawing

    private void paint(double w, double h) {
        mainDirty = false;
        TimelineView control = getSkinnable();
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(pixelScale, 0, 0, pixelScale, 0, 0);
        Geometry geo = Geometry.of(fontSize(), w, h);
        Palette palette = Palette.of(control);
        if (control.getVisibleRange() == null) {
            g.setFill(palette.background());
            g.fillRect(0, 0, w, h);
            drawn.begin(null, geo, lettering.metrics(), false);
            return;
        }
        TimeScale scale = control.scale(w);
        boolean rightToLeft = control.isTimeRightToLeft();
        if (rightToLeft) {
            // Mirrored as a whole, so every painter lays out along time as ever; ReadableText unmirrors the glyphs.
            g.transform(-1, 0, 0, 1, w, 0);
        }
        drawn.begin(scale, geo, lettering.metrics(), rightToLeft);
        BackdropPainter.paintBackground(g, eras, scale, geo, palette);
        g.setFont(lettering.regular.font());
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.LEFT);
        AxisLayout.Axis axis = AxisLayout.layout(scale, control.getLocale(), control.getEraStyle(), lettering.regular::width,
                lettering.bold::width, Math.round(fontSize() * 0.8));
        AxisPainter.paint(g, axis, drawn, palette, lettering);
        drawnAxis = axis;
        EraPainter.paint(g, eras, control.getSelectedEra(), palette, lettering, drawn);
        if (control.isEditable() && control.getOnEraEdgeDragged() != null) {
            EditPainter.paintGrips(g, eras, drawn);
        }
        if (index.size() > 0) {
            LaneLayout.Level lanes = levels.levelFor(index, scale, geo.laneCount(), drawn.metrics,
                    control.getAnimationTarget());
            eventPainter.paint(g, lanes, index.indexOf(control.getSelectedEvent()), palette, lettering, drawn,
                    pixelScale);
        }
        EditDrag drag = pointer.editInProgress();
        if (drag != null) {
            EditPainter.paintDrag(g, drag, drawn, palette, lettering, control.getLocale(), control.getEraStyle());
        }
        BackdropPainter.paintFocusRing(g, geo, palette);
    }

    // ----- for tests: where things were drawn

    /** The centre of {@code event}'s marker in the control's coordinates, if it was drawn in the last frame. */
    Point2D locate(TimelineEvent event) {
        int i = index.indexOf(event);
        int hit = i < 0 ? -1 : drawn.events.indexOfId(i);
        if (hit < 0) {
            return null;
        }
        double middle = (index.start(i) + index.end(i)) / 2;
        double cx = index.isSpan(i) ? drawn.scale.timeToX(index.start(i)) + 2 : drawn.scale.timeToX(middle);
        return new Point2D(canvas.getLayoutX() + onScreen(cx),
                canvas.getLayoutY() + (drawn.events.y0(hit) + drawn.events.y1(hit)) / 2);
    }

    /** The centre of {@code era}'s band in the control's coordinates, if it was drawn. */
    Point2D locate(Era era) {
        int hit = drawn.eras.indexOfId(eras.indexOf(era));
        if (hit < 0) {
            return null;
        }
        return new Point2D(canvas.getLayoutX() + onScreen((drawn.eras.x0(hit) + drawn.eras.x1(hit)) / 2),
                canvas.getLayoutY() + (drawn.geometry.eraTop() + drawn.geometry.eraBottom()) / 2);
    }

    /** An x of the last frame's layout on the canvas as the screen shows it, or the other way. */
    private double onScreen(double x) {
        return drawn.scale == null ? x : drawn.scale.screenX(x, drawn.rightToLeft);
    }

    /** The x of a time on the main canvas in the control's coordinates. */
    double xOf(double epochDay) {
        return canvas.getLayoutX() + onScreen(getSkinnable().scale(canvas.getWidth() / pixelScale).timeToX(epochDay));
    }

    /** The time at an x position in the control's coordinates. */
    double timeAt(double controlX) {
        return getSkinnable().scale(canvas.getWidth() / pixelScale).xToTime(onScreen(controlX - canvas.getLayoutX()));
    }

    /** A point inside the overview strip at {@code epochDay}, in the control's coordinates. */
    Point2D overviewPoint(double epochDay) {
        return new Point2D(overview.getLayoutX() + overview.xOf(epochDay),
                overview.getLayoutY() + overview.getHeight() / 2);
    }

    /** The centre of the first cluster drawn in the last frame, in the control's coordinates, or null. */
    Point2D firstClusterCentre() {
        if (drawn.clusters.size() == 0) {
            return null;
        }
        return new Point2D(canvas.getLayoutX() + onScreen((drawn.clusters.x0(0) + drawn.clusters.x1(0)) / 2),
                canvas.getLayoutY() + (drawn.clusters.y0(0) + drawn.clusters.y1(0)) / 2);
    }

    /** The texts of the axis drawn in the last frame: its main row, then its context row, each from left to right. */
    List<String> axisTexts() {
        if (drawnAxis == null) {
            return List.of();
        }
        return java.util.stream.Stream.concat(drawnAxis.labels().stream(), drawnAxis.context().stream())
                .map(AxisLayout.Label::text).toList();
    }

    /** The zoom level of the lanes drawn in the last frame. */
    int shownLevel() {
        return levels.shownLevel();
    }

    /** The number of clusters drawn in the last frame. */
    int drawnClusters() {
        return drawn.clusters.size();
    }
}
