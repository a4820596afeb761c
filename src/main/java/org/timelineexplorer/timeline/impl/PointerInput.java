package org.timelineexplorer.timeline.impl;

import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.util.Duration;
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
import java.util.function.DoubleConsumer;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The mouse, the wheel and the fingers on the main canvas, turned into the control's public navigation and
 * selection: drag to pan, wheel or pinch to zoom about the pointer, click to select an event or an era or to
 * zoom into a cluster, double click to open an event or zoom in on an empty spot, or, while the control asks for
 * one, click to pick a time; and tooltips on hover. What is
 * under the pointer comes from the hit lists of the last frame.
 */
final class PointerInput {

    private static final double DRAG_THRESHOLD = 3;
    /** Zoom per wheel notch, as an exponent: one notch zooms by about a fifth, away from the user zooms in. */
    private static final double WHEEL_ZOOM_PER_NOTCH = 0.2;
    private static final double DOUBLE_CLICK_ZOOM = 2;
    /** How many of a cluster's events its tooltip names. */
    private static final int CLUSTER_EXAMPLES = 5;

    private final TimelineView control;
    private final Canvas canvas;
    private final Drawn drawn;
    private final EventIndex index;
    private final EraList eras;
    private final Runnable onZoomGesture;
    private final DoubleSupplier pixelScale;
    private final Supplier<Lettering> lettering;
    private final Tooltip tooltip = new Tooltip();

    private double pressX;
    private TimeRange pressRange;
    private boolean dragging;
    private Object hovered;

    /** A cluster under the pointer: how many of its events are in view, and the first few of them. */
    private record ClusterHover(int cluster, int count, List<Integer> examples) {
    }

    /**
     * @param onZoomGesture called as the wheel or fingers zoom, so that the lanes hold still
     * @param pixelScale    the canvas' pixels per layout pixel
     * @param lettering     the type drawn with, which writes the counts in tooltips
     */
    PointerInput(TimelineView control, Canvas canvas, Drawn drawn, EventIndex index, EraList eras,
                 Runnable onZoomGesture, DoubleSupplier pixelScale, Supplier<Lettering> lettering) {
        this.control = control;
        this.canvas = canvas;
        this.drawn = drawn;
        this.index = index;
        this.eras = eras;
        this.onZoomGesture = onZoomGesture;
        this.pixelScale = pixelScale;
        this.lettering = lettering;
        tooltip.setShowDelay(Duration.millis(250));
        tooltip.getStyleClass().add("timeline-tooltip");
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        canvas.addEventHandler(ZoomEvent.ZOOM, this::pinched);
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

    /** The time under {@code x}, at the current range. */
    private double timeAt(double x) {
        return control.scale(drawn.geometry.width()).xToTime(x);
    }

    private void pressed(MouseEvent e) {
        control.requestFocus();
        if (e.getButton() != MouseButton.PRIMARY || control.getVisibleRange() == null || drawn.geometry == null) {
            return;
        }
        pressX = unscaled(e.getX());
        pressRange = control.getVisibleRange();
        dragging = false;
        e.consume();
    }

    private void dragged(MouseEvent e) {
        if (pressRange == null || e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        double dx = unscaled(e.getX()) - pressX;
        if (!dragging && Math.abs(dx) < DRAG_THRESHOLD) {
            return;
        }
        if (!dragging) {
            dragging = true;
            canvas.setCursor(Cursor.CLOSED_HAND);
            hover(null);
        }
        // Dragging right pulls earlier times into view: the content follows the pointer.
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
        if (dragging) {
            dragging = false;
        } else {
            click(unscaled(e.getX()), unscaled(e.getY()), e.getClickCount());
        }
        e.consume();
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
        } else if (clicks == 2) {
            // A double click where there is nothing to open zooms in there, as on a map.
            TimeScale s = control.scale(drawn.geometry.width());
            control.zoomTo(s.zoom(DOUBLE_CLICK_ZOOM, s.xToTime(x)).range());
        }
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
            control.pan(-d * control.scale(drawn.geometry.width()).daysPerPixel());
        } else if (dy != 0) {
            onZoomGesture.run();
            control.zoom(wheelZoom(e), timeAt(unscaled(e.getX())));
        }
        e.consume();
    }

    private void pinched(ZoomEvent e) {
        if (control.getVisibleRange() == null || drawn.geometry == null) {
            return;
        }
        onZoomGesture.run();
        control.zoom(e.getZoomFactor(), timeAt(unscaled(e.getX())));
        e.consume();
    }

    private void moved(MouseEvent e) {
        double x = unscaled(e.getX());
        double y = unscaled(e.getY());
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
        canvas.setCursor(target == null ? Cursor.DEFAULT : Cursor.HAND);
        if (target == null) {
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
        Lettering type = lettering.get();
        StringBuilder text = new StringBuilder(type.count(ch.count())).append(" more events here:");
        for (int i : ch.examples()) {
            TimelineEvent e = index.event(i);
            text.append("\n• ").append(e.title()).append(" · ").append(e.formatDate(locale, style));
        }
        int others = ch.count() - ch.examples().size();
        if (others > 0) {
            text.append("\n… and ").append(type.count(others)).append(others == 1 ? " other" : " others");
        }
        return text.append("\nClick to zoom in on them.").toString();
    }
}
