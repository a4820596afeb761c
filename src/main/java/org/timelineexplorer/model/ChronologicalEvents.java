package org.timelineexplorer.model;

import java.util.AbstractList;
import java.util.List;
import java.util.RandomAccess;

/**
 * An unmodifiable copy of events that are in date order already, which a {@link Dataset} takes as it is instead of
 * sorting it again. {@link AppState} keeps its events in order through every edit and makes the dataset anew after
 * each: sorting 100,000 events there would cost more than the rest of the edit together.
 */
final class ChronologicalEvents extends AbstractList<TimelineEvent> implements RandomAccess {

    private final TimelineEvent[] events;

    private ChronologicalEvents(TimelineEvent[] events) {
        this.events = events;
    }

    /** A copy of {@code inOrder}, which the caller vouches is in {@link Dataset#chronological()} order. */
    static ChronologicalEvents copyOf(List<TimelineEvent> inOrder) {
        // Copied by index: an observable list's toArray walks an iterator, which at 100,000 events took most of an
        // edit's time (measured by the edit benchmark).
        TimelineEvent[] copy = new TimelineEvent[inOrder.size()];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = inOrder.get(i);
        }
        return new ChronologicalEvents(copy);
    }

    @Override
    public TimelineEvent get(int index) {
        return events[index];
    }

    @Override
    public int size() {
        return events.length;
    }
}
