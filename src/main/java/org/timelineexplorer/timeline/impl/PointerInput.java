package org.timelineexplorer.timeline.impl;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.TimeScale;
import org.timelineexplorer.timeline.TimelineView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;

/**
 * The mouse, the wheel and the fingers on the main canvas, turned into the control's public navigation and
 * selection: drag to pan, wheel or pinch to zoom about the pointer, click to select an event or an era or to
 * zoom into a cluster, double click to open an event or zoom in on an empty spot, or, while the control asks for
 * one, click to pick a time; and tooltips on hover. In edit mode a press on an event or near an era band's edge
 * starts an {@link EditDrag} instead of a pan, {@code Escape} cancels it, and a double click on an empty spot asks
 * for an event there. What is under the pointer comes from the hit lists of the last frame.
 */
final class PointerInput {

    private static final double DRAG_THRESHOLD = 3;
    /** How near an era band's edge, in pixels, the pointer takes hold of it in edit mode. */
    private static final double EDGE_REACH = 5;
    /** Zoom per wheel notch, as an exponent: one notch zooms by about a fifth, away from the user zooms in. */
    private static final double WHEEL_ZOOM_PER_NOTCH = 0.2;
    private static final double DOUBLE_CLICK_ZOOM = 2;
    /** How many of a cluster's events its tooltip names. */
    private static final int CLUSTER_EXAMPLES = 5;
    private static final Messages TEXTS = Messages.of(TimelineView.class);

    private final TimelineView control;
    private final Canvas canvas;
    private final Drawn drawn;
    private final EventIndex index;
    private final EraList eras;
    private final Runnable onZoomGesture;
    private final Runnable redraw;
    private final DoubleSupplier pixelScale;
    private final Tooltip tooltip = new Tooltip();

    private double pressX;
    private TimeRange pressRange;
    private boolean dragging;
    /** What the press took hold of in edit mode, or null when a drag pans. */
    private EditDrag edit;
    private Object hovered;

    /** A cluster under the pointer: how many of its events are in view, and the first few of them. */
    private record ClusterHover(int cluster, int count, List<Integer> examples) {
    }

    /**
     * @param onZoomGesture called as the wheel or fingers zoom, so that the lanes hold still
     * @param redraw        asks for a frame, as an edit's preview moves
     * @param pixelScale    the canvas' pixels per layout pixel
     */
    PointerInput(TimelineView control, Canvas canvas, Drawn drawn, EventIndex index, EraList eras,
                 Runnable onZoomGesture, Runnable redraw, DoubleSupplier pixelScale) {
        this.control = control;
        this.canvas = canvas;
        this.drawn = drawn;
        this.index = index;
        this.eras = eras;
        this.onZoomGesture = onZoomGesture;
        this.redraw = redraw;
        this.pixelScale = pixelScale;
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.getStyleClass().add("timeline-tooltip");
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, this::pinched);
        control.addEventFilter(KeyEvent.KEY_PRESSED, this::cancelOnEscape);
    }

    /** The edit a drag is making, for the frame to draw; null when none is under way. */
    EditDrag editInProgress() {
        return dragging ? edit : null;
    }

    void dispose() {
        Tooltip.uninstall(canvas, tooltip);
    }

    /** The zoom factor of a wheel turn, in notches: platforms report a notch as 40 pixels or as 1, and say which. */
    static double wheelZoom(ScrollEvent e) {
        double dy = e.getDeltaY();
        double notches = e.getMultiplierY() > 0 ? dy / e.getMultiplierY() : dy / 40;
        return Math.exp(notches * WHEEL_ZOOM_PER_NOTCH);
    }

    /** A pointer coordinate on the canvas in layout pixels: the canvas draws at the output scale, scaled down. */
    private double unscaled(double canvasCoordinate) {
        return canvasCoordinate / pixelScale.getAsDouble();
    }

    /**
     * A pointer's x on the canvas as the last frame was laid out: in layout pixels, and mirrored where time runs right
     * to left, so that hits, drags and zooms work along time alike in both directions.
     */
    private double alongTime(double canvasX) {
        double x = unscaled(canvasX);
        return drawn.scale == null ? x : drawn.scale.screenX(x, drawn.rightToLeft);
    }

    /** The time under {@code x}, at the current range. */
    private double timeAt(double x) {
        return control.scale(drawn.geometry.width()).xToTime(x);
    }

    private void pressed(MouseEvent e) {
        control.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || control.getVisibleRange() == null || drawn.geometry == null) {
            return;
        }
        pressX = alongTime(e.getX());
        pressRange = control.getVisibleRange();
        dragging = false;
        edit = isEditing() ? editAt(pressX, unscaled(e.getY())) : null;
        e.consume();
    }

    /** Whether presses edit: edit mode, and no time being picked. */
    private boolean isEditing() {
        return control.isEditable() && control.getOnTimePicked() == null;
    }

    /** What a press at {@code x, y} takes hold of in edit mode: an era's edge, an event, or nothing. */
    private EditDrag editAt(double x, double y) {
        EditDrag edge = control.getOnEraEdgeDragged() == null ? null : eraEdgeAt(x, y);
        if (edge != null) {
            return edge;
        }
        int i = control.getOnEventDragged() == null ? -1 : drawn.events.find(x, y);
        if (i < 0) {
            return null;
        }
        int hit = drawn.events.indexOfId(i);
        return EditDrag.event(index.event(i), (drawn.events.y0(hit) + drawn.events.y1(hit)) / 2);
    }

    /**
     * The era edge within reach of {@code x} on the era band, or null. Where one era ends as the next begins, the
     * edge of the era the pointer is over is taken, so that either can be reached.
     */
    private EditDrag eraEdgeAt(double x, double y) {
        Geometry geo = drawn.geometry;
        if (y < geo.eraTop() || y > geo.eraBottom()) {
            return null;
        }
        EditDrag nearest = null;
        double best = EDGE_REACH;
        for (int i = 0; i < eras.size(); i++) {
            TimeRange r = eras.era(i).range();
            double x0 = drawn.scale.timeToX(r.start());
            double x1 = drawn.scale.timeToX(r.end());
            // Half a pixel's preference for the inside, so that of two edges in one place the hovered era's wins.
            double toStart = Math.abs(x - x0) + (x < x0 ? 0.5 : 0);
            double toEnd = Math.abs(x - x1) + (x > x1 ? 0.5 : 0);
            if (toStart <= best && x0 >= 0 && x0 <= geo.width()) {
                best = toStart;
                nearest = EditDrag.eraEdge(eras.era(i), true);
            }
            if (toEnd <= best && x1 >= 0 && x1 <= geo.width()) {
                best = toEnd;
                nearest = EditDrag.eraEdge(eras.era(i), false);
            }
        }
        return nearest;
    }

    /** Escape during an edit's drag drops nothing: the preview goes and the release does nothing. */
    private void cancelOnEscape(KeyEvent e) {
        if (e.getCode() != KeyCode.ESCAPE || edit == null || !dragging) {
            return;
        }
        edit = null;
        dragging = false;
        pressRange = null;
        canvas.setCursor(Cursor.DEFAULT);
        redraw.run();
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (pressRange == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = alongTime(e.getX()) - pressX;
        if (!dragging && Math.abs(dx) < DRAG_THRESHOLD) {
            return;
        }
        if (!dragging) {
            dragging = true;
            hover(null);
            canvas.setCursor(edit == null ? Cursor.CLOSED_HAND
                    : edit.kind() == EditDrag.Kind.EVENT ? Cursor.MOVE : Cursor.H_RESIZE);
        }
        if (edit != null) {
            edit.dragBy(dx * drawn.scale.daysPerPixel());
            redraw.run();
            e.consume();
            return;
        }
        // The content follows the pointer: dragging towards where the view begins pulls earlier times into view.
        double wanted = pressRange.start() - dx * pressRange.length() / drawn.geometry.width();
        control.pan(wanted - control.getVisibleRange().start());
        e.consume();
    }

    private void released(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || pressRange == null) {
            return;
        }
        pressRange = null;
        canvas.setCursor(Cursor.DEFAULT);
        EditDrag finished = dragging ? edit : null;
        edit = null;
        if (dragging) {
            dragging = false;
            if (finished != null) {
                drop(finished);
            }
        } else {
            click(alongTime(e.getX()), unscaled(e.getY()), e.getClickCount());
        }
        e.consume();
    }

    /** Hands a finished edit to the application, which changes the data, or drops it if it changed nothing. */
    private void drop(EditDrag finished) {
        redraw.run();
        if (!finished.changed()) {
            return;
        }
        if (finished.kind() == EditDrag.Kind.EVENT) {
            BiConsumer<TimelineEvent, TimelineEvent> handler = control.getOnEventDragged();
            if (handler != null) {
                handler.accept(finished.event(), finished.movedEvent());
            }
        } else {
            BiConsumer<Era, Era> handler = control.getOnEraEdgeDragged();
            if (handler != null) {
                handler.accept(finished.era(), finished.movedEra());
            }
        }
    }

    private void click(double x, double y, int clicks) {
        DoubleConsumer picking = control.getOnTimePicked();
        if (picking != null) {
            picking.accept(drawn.scale.xToTime(x));
            return;
        }
        int c = drawn.clusters.find(x, y);
        if (c >= 0 && drawn.lanes != null) {
            control.zoomTo(separating(c, drawn.scale.xToTime(x)));
            return;
        }
        int i = drawn.events.find(x, y);
        if (i >= 0) {
            control.setSelectedEvent(index.event(i));
            if (clicks >= 2) {
                control.openSelected();
            }
            return;
        }
        int era = drawn.eras.find(x, y);
        if (era >= 0) {
            control.selectEra(eras.era(era));
        } else if (clicks == 2 && isEditing() && control.getOnAddRequested() != null) {
            control.getOnAddRequested().accept(dateAt(x));
        } else if (clicks == 2) {
            // A double click where there is nothing to open zooms in there, as on a map.
            TimeScale s = control.scale(drawn.geometry.width());
            control.zoomTo(s.zoom(DOUBLE_CLICK_ZOOM, s.xToTime(x)).range());
        }
    }

    /**
     * The date under {@code x} as precisely as the zoom lets one aim: its day where a day is at least a pixel wide,
     * else its month where a month is, else its year (in years ago before 9999 BC, as the axis names them).
     */
    private HistoricalDate dateAt(double x) {
        long day = (long) Math.floor(drawn.scale.xToTime(x));
        double daysPerPixel = drawn.scale.daysPerPixel();
        if (daysPerPixel <= 1) {
            return HistoricalDate.onEpochDay(day, DatePrecision.DAY);
        }
        if (daysPerPixel <= 28) {
            return HistoricalDate.onEpochDay(day, DatePrecision.MONTH);
        }
        return HistoricalDate.readableYear(HistoricalDate.onEpochDay(day, DatePrecision.YEAR).year());
    }

    /**
     * A range in which the members of cluster {@code c} shown in the last frame have room for their own lanes:
     * their lanes' worth of labels side by side over their time, so one click usually separates them. Never wider
     * than those members' range with a margin; where that range is wider, centred as near {@code anchorDay}, the
     * time clicked, as it allows.
     */
    private TimeRange separating(int c, double anchorDay) {
        LaneLayout.Level lanes = drawn.lanes;
        ShownClusters shown = drawn.shownClusters;
        int count = shown.count(c);
        double start = count > 0 ? shown.firstStart(c) : lanes.clusterLeftDay(c);
        double end = count > 0 ? shown.lastEnd(c) : lanes.clusterRightDay(c);
        TimeRange members = new TimeRange(start, Math.max(end, start + 1));
        LaneLayout.Metrics m = drawn.metrics;
        double perEvent = index.meanLabelWidth() + m.labelPad() + m.gap() + 2 * m.dotRadius();
        // Every event at this zoom level competes for the lanes, and the cluster is what did not fit.
        double needPixels = (Math.max(1, count) + lanes.lanes()) * perEvent / lanes.lanes();
        double daysPerPixel = members.length() / Math.max(1, needPixels);
        double length = Math.min(members.length() * 1.5, daysPerPixel * drawn.geometry.width());
        double half = length / 2;
        double center = members.length() <= length ? members.center()
                : Math.max(members.start() + half, Math.min(members.end() - half, anchorDay));
        return new TimeRange(center - half, center + half);
    }

    private void scrolled(ScrollEvent e) {
        double dx = e.getDeltaX();
        double dy = e.getDeltaY();
        if (e.isControlDown() || e.isShortcutDown() || control.getVisibleRange() == null || drawn.geometry == null) {
            return;
        }
        if (e.isShiftDown() || Math.abs(dx) > Math.abs(dy)) {
            // Some platforms turn Shift+wheel into a horizontal delta, others do not.
            double d = dx != 0 ? dx : dy;
            // The content follows the fingers, on screen: where time runs right to left, that is the other way in time.
            double along = drawn.rightToLeft ? -d : d;
            control.pan(-along * control.scale(drawn.geometry.width()).daysPerPixel());
        } else if (dy != 0) {
            onZoomGesture.run();
            control.zoom(wheelZoom(e), timeAt(alongTime(e.getX())));
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        if (control.getVisibleRange() == null || drawn.geometry == null) {
            return;
        }
        onZoomGesture.run();
        control.zoom(e.getZoomFactor(), timeAt(alongTime(e.getX())));
        e.consume();
    }

    private void moved(MouseEvent e) {
        double x = alongTime(e.getX());
        double y = unscaled(e.getY());
        pointAt(x, y);
        canvas.setCursor(cursorAt(x, y));
    }

    /** Hovers what lies at {@code x, y}: an event, a cluster, an era or nothing. */
    private void pointAt(double x, double y) {
        int i = drawn.events.find(x, y);
        if (i >= 0) {
            hover(index.event(i));
            return;
        }
        int c = drawn.clusters.find(x, y);
        if (c >= 0 && drawn.shownClusters.count(c) > 0) {
            hover(new ClusterHover(c, drawn.shownClusters.count(c), examplesOf(c)));
            return;
        }
        int era = drawn.eras.find(x, y);
        hover(era >= 0 ? eras.era(era) : null);
    }

    /**
     * The pointer's shape where it rests: a hand over what a click selects; in edit mode arrows that say what a
     * press would drag, an event or an era's edge.
     */
    private Cursor cursorAt(double x, double y) {
        if (isEditing() && control.getOnEraEdgeDragged() != null && eraEdgeAt(x, y) != null) {
            return Cursor.H_RESIZE;
        }
        if (hovered == null) {
            return Cursor.DEFAULT;
        }
        return isEditing() && control.getOnEventDragged() != null && hovered instanceof TimelineEvent
                ? Cursor.MOVE : Cursor.HAND;
    }

    /** Up to {@link #CLUSTER_EXAMPLES} of cluster {@code c}'s events in view, earliest first, for its tooltip. */
    private List<Integer> examplesOf(int c) {
        List<Integer> found = new ArrayList<>();
        double viewEnd = drawn.scale.range().end();
        LaneLayout.Level lanes = drawn.lanes;
        for (int i = drawn.shownClusters.firstMember(c); i < lanes.laidOut() && index.start(i) < viewEnd
                && found.size() < CLUSTER_EXAMPLES; i++) {
            if (lanes.cluster(i) == c) {
                found.add(i);
            }
        }
        return found;
    }

    private void hover(Object target) {
        if (target == null ? hovered == null : target.equals(hovered)) {
            return;
        }
        hovered = target;
        if (target == null) {
            canvas.setCursor(Cursor.DEFAULT);
            tooltip.hide();
            Tooltip.uninstall(canvas, tooltip);
            return;
        }
        tooltip.setText(describe(target, control.getLocale(), control.getEraStyle()));
        Tooltip.install(canvas, tooltip);
    }

    private String describe(Object target, Locale locale, EraStyle style) {
        if (target instanceof TimelineEvent ev) {
            return ev.title() + "\n" + ev.formatDate(locale, style);
        }
        if (target instanceof Era era) {
            return era.title() + "\n" + HistoricalDate.formatRange(era.start(), era.end(), locale, style);
        }
        ClusterHover ch = (ClusterHover) target;
        // A few names say what is hidden there, so that a student can tell whether to zoom in.
        StringBuilder text = new StringBuilder(TEXTS.text("cluster.count", ch.count()));
        for (int i : ch.examples()) {
            TimelineEvent e = index.event(i);
            text.append("\n• ").append(e.title()).append(" · ").append(e.formatDate(locale, style));
        }
        int others = ch.count() - ch.examples().size();
        if (others > 0) {
            text.append("\n").append(TEXTS.text("cluster.others", others));
        }
        return text.append("\n").append(TEXTS.text("cluster.zoom")).toString();
    }
}
