package org.timelineexplorer.model;

import java.util.List;

/**
 * Stepping through events in date order: the one rule behind every way of stepping, the timeline's arrow keys and
 * the detail pane's Previous and Next. Pure; the lists are the events a view shows, in date order.
 *
 * <p>Steps stop at the first and the last event. With nothing selected (or the selected event not among those
 * shown) the first step forward selects the first event in view and the first step back the last one in view, so
 * that a student who has zoomed in starts from what is on the screen, not from the other end of the timeline.
 */
public final class EventSteps {

    private EventSteps() {
    }

    /**
     * The index of the event {@code steps} after {@code current} (before it when negative), or -1 when
     * {@code events} is empty.
     *
     * @param view the time in view, or {@code null} to start from the first or last event when nothing is selected
     */
    public static int target(List<TimelineEvent> events, TimelineEvent current, int steps, TimeRange view) {
        if (events.isEmpty()) {
            return -1;
        }
        int index = indexOf(events, current);
        int target;
        if (index >= 0) {
            target = index + steps;
        } else if (steps >= 0) {
            target = firstInView(events, view) + Math.max(0, steps - 1);
        } else {
            target = lastInView(events, view) + steps + 1;
        }
        return Math.max(0, Math.min(events.size() - 1, target));
    }

    /** Whether a step in {@code direction} (positive forward, negative back) would select another event. */
    public static boolean canStep(List<TimelineEvent> events, TimelineEvent current, int direction) {
        if (events.isEmpty()) {
            return false;
        }
        int index = indexOf(events, current);
        return index < 0 || (direction < 0 ? index > 0 : index < events.size() - 1);
    }

    /**
     * Where {@code event} is in {@code events}, or -1: found by date, so a step costs a few comparisons rather than a
     * pass over a hundred thousand events; a list out of date order is searched through.
     */
    public static int indexOf(List<TimelineEvent> events, TimelineEvent event) {
        if (event == null) {
            return -1;
        }
        double start = startOf(event);
        for (int i = firstStartingAtOrAfter(events, start); i < events.size() && startOf(events.get(i)) == start; i++) {
            if (events.get(i).equals(event)) {
                return i;
            }
        }
        return events.indexOf(event);
    }

    /** The first event starting in {@code view}, or the last event when none starts there or later. */
    private static int firstInView(List<TimelineEvent> events, TimeRange view) {
        return view == null ? 0 : Math.min(events.size() - 1, firstStartingAtOrAfter(events, view.start()));
    }

    /** The last event starting before {@code view} ends, or the first event when none does. */
    private static int lastInView(List<TimelineEvent> events, TimeRange view) {
        return view == null ? events.size() - 1 : Math.max(0, firstStartingAtOrAfter(events, view.end()) - 1);
    }

    private static int firstStartingAtOrAfter(List<TimelineEvent> events, double day) {
        int lo = 0;
        int hi = events.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (startOf(events.get(mid)) < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static double startOf(TimelineEvent event) {
        return event.start().startDay();
    }
}
