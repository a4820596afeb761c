package org.timelineexplorer.timeline.impl;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.transform.Scale;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimeScale;
import org.timelineexplorer.timeline.TimelineView;

import java.util.List;

/**
 * The strip under the timeline that shows the whole span: the eras, how many events fall where, and the part in
 * view as a window (a CSS-styled node, {@code .overview-window}) to drag or resize. Every gesture goes through the
 * control's public navigation.
 *
 * <p>The strip stays linear, as the timeline is. Where most events (half or more) crowd into a sliver of it (a file from the Big
 * Bang to today, whose events are mostly of the last few thousand years, lie in its last pixel), a note on the
 * strip ({@code .overview-note}) says so, "13 of 26 events are in the last 3,800 years", and a click on it shows
 * them.
 */
final class OverviewStrip extends Region {

    private static final Messages TEXTS = Messages.of(TimelineView.class);

    private static final double EDGE_GRAB = 6;
    /** The width of one column of the event histogram. */
    private static final int COLUMN = 2;
    /** The eras are paler here than on the band, so that the events' density drawn over them reads. */
    private static final double ERA_OPACITY = 0.55;

    private enum Drag { NONE, MOVE, LEFT, RIGHT }

    private final TimelineView control;
    private final EventIndex events;
    private final EraList eras;
    private final Runnable onZoomGesture;
    private final Canvas canvas = new Canvas();
    private final Region window = new Region();
    private final Label note = new Label();
    /** The stretch the note shows when clicked, or {@code null} while there is no note. */
    private TimeRange crowded;
    private double pixelScale = 1;
    private boolean dirty = true;
    /** Events per column, for {@link #densityScale}; recounted when the events or the scale change. */
    private int[] density = new int[0];
    private TimeScale densityScale;

    private Drag drag = Drag.NONE;
    private double pressX;
    private TimeRange pressRange;

    /**
     * @param onZoomGesture called as the window's edges or the wheel zoom, so that the lanes hold still
     */
    OverviewStrip(TimelineView control, EventIndex events, EraList eras, Runnable onZoomGesture) {
        this.control = control;
        this.events = events;
        this.eras = eras;
        this.onZoomGesture = onZoomGesture;
        getStyleClass().add("overview");
        setAccessibleText(TEXTS.text("overview.name"));
        canvas.getStyleClass().add("overview-canvas");
        canvas.setManaged(false);
        window.getStyleClass().add("overview-window");
        window.setMouseTransparent(true);
        window.setManaged(false);
        note.getStyleClass().add("overview-note");
        note.setManaged(false);
        note.setVisible(false);
        note.setOnMousePressed(e -> {
            if (crowded != null && e.getButton() == MouseButton.PRIMARY) {
                control.zoomTo(crowded);
                e.consume();
            }
        });
        getChildren().addAll(canvas, window, note);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> drag = Drag.NONE);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
    }

    /** Draws at {@code scale} pixels per layout pixel, as the main canvas does. */
    void setPixelScale(double scale) {
        if (scale != pixelScale) {
            pixelScale = scale;
            canvas.getTransforms().setAll(scale == 1 ? List.of() : List.of(new Scale(1 / scale, 1 / scale)));
            redraw();
        }
    }

    /** The events, the eras or a colour changed: draw again. */
    void redraw() {
        dirty = true;
        densityScale = null;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w * pixelScale || canvas.getHeight() != h * pixelScale) {
            canvas.setWidth(w * pixelScale);
            canvas.setHeight(h * pixelScale);
            dirty = true;
        }
        if (dirty) {
            dirty = false;
            paint(w, h);
        }
        placeWindow(w, h);
        placeNote(w, h);
    }

    /** The share of the events (most of them) that, crowded into less than {@link #SLIVER} of the strip, earn a note. */
    private static final double CROWD_SHARE = 0.5;
    /** The strip's share under which a crowd counts as a sliver: too narrow to see or to hit. */
    private static final double SLIVER = 0.01;

    /** Finds whether most events crowd into a sliver at the recent end of the strip, and words the note. */
    private void findCrowd(TimeScale s, double w) {
        crowded = null;
        int n = events.size();
        if (n < 5) {
            return;
        }
        int from = n - (int) Math.ceil(n * CROWD_SHARE);
        double start = events.start(from);
        double end = start;
        for (int i = from; i < n; i++) {
            end = Math.max(end, events.end(i));
        }
        if (s.timeToX(end) - s.timeToX(start) >= Math.max(8, w * SLIVER)) {
            return;
        }
        crowded = new TimeRange(start, Math.max(end, start + 1)).expand(0.05);
        note.setText(TEXTS.text("overview.crowd", n - from, n, duration(end - start)));
    }

    /** "6,000 years", "300 days": rounded up to two significant digits. */
    private static String duration(double days) {
        double years = days / 365.2425;
        double amount = years >= 2 ? years : Math.max(1, days);
        double magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(amount)) - 1));
        long rounded = (long) (Math.ceil(amount / magnitude) * magnitude);
        return TEXTS.text(years >= 2 ? "overview.years" : "overview.days", rounded);
    }

    private void placeNote(double w, double h) {
        // Once the view shows the crowd, the note has done its work and would only hide the window.
        TimeRange view = control.getVisibleRange();
        // Nor is it drawn into pictures (a control in no window), where nothing can be clicked.
        boolean clickable = getScene() != null && getScene().getWindow() != null;
        boolean shown = crowded != null && clickable
                && !(view != null && view.overlaps(crowded) && view.length() < crowded.length() * 3);
        note.setVisible(shown);
        if (shown) {
            double nw = Math.min(w - 8, note.prefWidth(-1));
            double nh = Math.min(h, note.prefHeight(nw));
            // At the recent end, where the crowd is.
            placeAlongTime(note, Math.max(4, w - nw - 12), (h - nh) / 2, nw, nh);
        }
    }

    private TimeScale scale() {
        TimeRange limits = control.getZoomLimits();
        return limits == null ? null : new TimeScale(limits, getWidth(), limits);
    }

    private void paint(double w, double h) {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.setTransform(pixelScale, 0, 0, pixelScale, 0, 0);
        if (control.isTimeRightToLeft()) {
            // Drawn along time and mirrored as a whole, as the main canvas is; the strip has no text to keep readable.
            g.transform(-1, 0, 0, 1, w, 0);
        }
        g.setFill(control.gridColorProperty().get());
        g.fillRect(0, 0, w, h);
        TimeScale s = scale();
        if (s == null) {
            return;
        }
        Paint strip = control.gridColorProperty().get();
        for (int i = 0; i < eras.size(); i++) {
            double x0 = s.timeToX(eras.era(i).range().start());
            double x1 = s.timeToX(eras.era(i).range().end());
            g.setFill(eras.color(i).deriveColor(0, 1, 1, ERA_OPACITY));
            g.fillRect(x0, 0, x1 - x0, h);
            // As on the band above: a black era on the dark theme's strip would not show without it.
            if (strip instanceof Color under) {
                EraPainter.edge(under.interpolate(eras.color(i), ERA_OPACITY), under).ifPresent(edge -> {
                    g.setStroke(edge);
                    g.setLineWidth(1);
                    g.strokeRect(x0 + 0.5, 0.5, x1 - x0 - 1, h - 1);
                });
            }
        }
        int columns = (int) Math.max(1, Math.ceil(w / COLUMN));
        count(s, columns);
        findCrowd(s, w);
        int max = 1;
        for (int d : density) {
            max = Math.max(max, d);
        }
        // Square root so that a few events still show next to dense years.
        g.setFill(control.eventColorProperty().get());
        g.beginPath();
        g.moveTo(0, h);
        for (int c = 0; c < columns; c++) {
            double bar = density[c] == 0 ? 0 : Math.max(2, (h - 4) * Math.sqrt(density[c] / (double) max));
            g.lineTo(c * COLUMN, h - bar);
            g.lineTo(c * COLUMN + COLUMN, h - bar);
        }
        g.lineTo(w, h);
        g.closePath();
        g.fill();
    }

    private void count(TimeScale s, int columns) {
        if (s.equals(densityScale) && density.length == columns) {
            return;
        }
        densityScale = s;
        density = new int[columns];
        for (int i = 0; i < events.size(); i++) {
            int col = (int) (s.timeToX(events.start(i)) / COLUMN);
            if (col >= 0 && col < columns) {
                density[col]++;
            }
        }
    }

    private void placeWindow(double w, double h) {
        TimeScale s = scale();
        TimeRange view = control.getVisibleRange();
        window.setVisible(s != null && view != null);
        if (s == null || view == null) {
            return;
        }
        double x0 = Math.max(0, s.timeToX(view.start()));
        double x1 = Math.min(w, s.timeToX(view.end()));
        double width = Math.max(6, x1 - x0);
        placeAlongTime(window, Math.min(x0, w - width), 0, width, h);
    }

    /**
     * Places a node whose left edge is {@code left} along time: the nodes are not drawn on the mirrored canvas, so
     * where time runs right to left they take their mirrored place on screen themselves.
     */
    private void placeAlongTime(Region node, double left, double top, double width, double height) {
        node.resizeRelocate(control.isTimeRightToLeft() ? getWidth() - left - width : left, top, width, height);
    }

    /** An x on the strip as the strip is laid out along time: mirrored where time runs right to left. */
    private double alongTime(double x) {
        TimeScale s = scale();
        return s == null ? x : s.screenX(x, control.isTimeRightToLeft());
    }

    /** What a press at {@code x} would grab: the window's left or right edge, the window, or nothing. */
    private Drag grab(double x) {
        TimeScale s = scale();
        TimeRange view = control.getVisibleRange();
        if (s == null || view == null) {
            return Drag.NONE;
        }
        double x0 = s.timeToX(view.start());
        double x1 = s.timeToX(view.end());
        if (Math.abs(x - x0) <= EDGE_GRAB && x1 - x0 > 2 * EDGE_GRAB) {
            return Drag.LEFT;
        }
        if (Math.abs(x - x1) <= EDGE_GRAB) {
            return Drag.RIGHT;
        }
        return x > x0 && x < x1 ? Drag.MOVE : Drag.NONE;
    }

    private void moved(MouseEvent e) {
        setCursor(switch (grab(alongTime(e.getX()))) {
            case LEFT, RIGHT -> Cursor.H_RESIZE;
            case MOVE -> Cursor.OPEN_HAND;
            case NONE -> Cursor.DEFAULT;
        });
    }

    private void pressed(MouseEvent e) {
        control.requestFocus();
        TimeScale s = scale();
        if (s == null || control.getVisibleRange() == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        drag = grab(alongTime(e.getX()));
        pressX = alongTime(e.getX());
        pressRange = control.getVisibleRange();
        if (drag == Drag.NONE) {
            // A press beside the window centres the view there; dragging on moves it.
            control.zoomTo(pressRange.shift(s.xToTime(pressX) - pressRange.center()));
            drag = Drag.MOVE;
            pressRange = control.getAnimationTarget() != null ? control.getAnimationTarget()
                    : control.getVisibleRange();
        }
        e.consume();
    }

    private void dragged(MouseEvent e) {
        TimeScale s = scale();
        TimeRange view = control.getVisibleRange();
        if (s == null || view == null || drag == Drag.NONE) {
            return;
        }
        double days = (alongTime(e.getX()) - pressX) * s.daysPerPixel();
        TimeRange limits = s.limits();
        double shortest = s.minSpan();
        switch (drag) {
            case MOVE -> control.pan(pressRange.start() + days - view.start());
            case LEFT -> {
                // Resizing zooms about the other edge, as the wheel zooms about the pointer.
                double start = Math.max(limits.start(), Math.min(pressRange.start() + days, view.end() - shortest));
                onZoomGesture.run();
                control.zoom(view.length() / (view.end() - start), view.end());
            }
            case RIGHT -> {
                double end = Math.min(limits.end(), Math.max(pressRange.end() + days, view.start() + shortest));
                onZoomGesture.run();
                control.zoom(view.length() / (end - view.start()), view.start());
            }
            case NONE -> {
            }
        }
        e.consume();
    }

    /** The wheel over the overview zooms the window about its centre, as if over the middle of the timeline. */
    private void scrolled(ScrollEvent e) {
        TimeRange view = control.getVisibleRange();
        if (e.getDeltaY() == 0 || e.isControlDown() || e.isShortcutDown() || view == null) {
            return;
        }
        onZoomGesture.run();
        control.zoom(PointerInput.wheelZoom(e), view.center());
        e.consume();
    }

    /** A point inside the strip at {@code epochDay}, in the strip's coordinates, for tests. */
    double xOf(double epochDay) {
        TimeScale s = scale();
        return s == null ? Double.NaN : s.screenX(s.timeToX(epochDay), control.isTimeRightToLeft());
    }
}
