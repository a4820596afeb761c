package org.timelineexplorer.timeline;

import org.timelineexplorer.model.EventSteps;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;
import java.util.Objects;

/**
 * How a timeline's view moves: jumps that animate, zooms and pans that follow a gesture at once, all within the
 * zoom limits; and what each {@link TimelineAction} does. It works on the view's own properties, for
 * {@link TimelineView}'s navigation methods.
 */
final class Navigation {

    /** How far one key press zooms. */
    private static final double KEY_ZOOM = 1.5;
    /** How much of the view one key press pans. */
    private static final double KEY_PAN_FRACTION = 0.2;

    private final TimelineView view;
    private final Jump jump;

    Navigation(TimelineView view) {
        this.view = view;
        this.jump = new Jump(view.visibleRangeProperty());
        view.selectedEventProperty().addListener((obs, old, now) -> {
            if (now != null) {
                reveal(now);
            }
        });
    }

    TimeRange jumpTarget() {
        return jump.target();
    }

    void fitAll() {
        TimeRange span = view.getFullSpan();
        if (span != null) {
            zoomTo(span.padded());
        }
    }

    void zoomTo(TimeRange target) {
        Objects.requireNonNull(target, "target");
        TimeRange to = new TimeScale(target, 1, view.getZoomLimits()).clamped().range();
        jump.stop();
        TimeRange from = view.getVisibleRange();
        if (!view.isAnimated() || from == null || from.equals(to)) {
            view.setVisibleRange(to);
        } else {
            jump.play(from, to, TimelineView.JUMP_DURATION);
        }
    }

    void zoom(double factor, double anchorDay) {
        TimeRange range = view.getVisibleRange();
        if (range != null) {
            jump.stop();
            view.setVisibleRange(new TimeScale(range, 1, view.getZoomLimits()).zoom(factor, anchorDay).range());
        }
    }

    void pan(double days) {
        TimeRange range = view.getVisibleRange();
        if (range != null) {
            jump.stop();
            view.setVisibleRange(new TimeScale(range, range.length(), view.getZoomLimits()).pan(days).range());
        }
    }

    void perform(TimelineAction action) {
        List<TimelineEvent> list = view.getEvents() == null ? List.of() : view.getEvents();
        switch (action) {
            case ZOOM_IN -> zoomStep(KEY_ZOOM);
            case ZOOM_OUT -> zoomStep(1 / KEY_ZOOM);
            case FIT_ALL -> fitAll();
            case NEXT_EVENT -> step(list, 1);
            case PREVIOUS_EVENT -> step(list, -1);
            case FIRST_EVENT -> select(list, 0);
            case LAST_EVENT -> select(list, list.size() - 1);
            case PAN_LATER -> panStep(KEY_PAN_FRACTION);
            case PAN_EARLIER -> panStep(-KEY_PAN_FRACTION);
            case OPEN_EVENT -> view.openSelected();
        }
    }

    private void step(List<TimelineEvent> list, int steps) {
        select(list, EventSteps.target(list, view.getSelectedEvent(), steps, view.getVisibleRange()));
    }

    private void select(List<TimelineEvent> list, int index) {
        if (index >= 0 && index < list.size()) {
            view.setSelectedEvent(list.get(index));
        }
    }

    /** Where the view is, or is heading. */
    private TimeRange destination() {
        return jump.target() != null ? jump.target() : view.getVisibleRange();
    }

    /** Zooms by {@code factor} about the selected event when it is in view, else about the middle, animated. */
    private void zoomStep(double factor) {
        TimeRange to = destination();
        if (to == null) {
            return;
        }
        TimelineEvent selected = view.getSelectedEvent();
        double anchor = selected != null && to.contains(selected.range().center()) ? selected.range().center()
                : to.center();
        zoomTo(new TimeScale(to, 1, view.getZoomLimits()).zoom(factor, anchor).range());
    }

    /** Moves the view by {@code fraction} of its length, animated. */
    private void panStep(double fraction) {
        TimeRange to = destination();
        if (to != null) {
            zoomTo(new TimeScale(to, to.length(), view.getZoomLimits()).pan(to.length() * fraction).range());
        }
    }

    /**
     * Brings {@code event} into view without changing the zoom, animated, when it is not already well inside the
     * view; zooms out to show it whole when it is longer than the view.
     */
    private void reveal(TimelineEvent event) {
        TimeRange to = destination();
        if (to == null) {
            return;
        }
        TimeRange r = event.range();
        double inset = to.length() * 0.05;
        if (r.start() >= to.start() + inset && r.start() <= to.end() - inset) {
            return;
        }
        if (r.length() > to.length() * 0.9) {
            zoomTo(r.expand(0.1));
        } else {
            zoomTo(to.shift(r.center() - to.center()));
        }
    }
}
