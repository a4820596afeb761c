package org.timelineexplorer.timeline;

import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The time a timeline's events and eras cover together, kept up as the lists change: an edit costs a look at the
 * events it adds and removes, not a pass over a hundred thousand. Added events can only widen the span, and only
 * removing one at an end of it can narrow it.
 */
final class DataSpan {

    private final ObjectProperty<ObservableList<TimelineEvent>> events;
    private final ObjectProperty<ObservableList<Era>> eras;
    private final Consumer<TimeRange> changed;
    private double eventsStart = Double.POSITIVE_INFINITY;
    private double eventsEnd = Double.NEGATIVE_INFINITY;
    private double erasStart = Double.POSITIVE_INFINITY;
    private double erasEnd = Double.NEGATIVE_INFINITY;
    private final ListChangeListener<TimelineEvent> eventEdits = this::eventsChanged;
    private final ListChangeListener<Era> eraEdits = c -> measureEras();

    /** @param changed told the span, or {@code null} without data, whenever the lists change */
    DataSpan(ObjectProperty<ObservableList<TimelineEvent>> events, ObjectProperty<ObservableList<Era>> eras,
             Consumer<TimeRange> changed) {
        this.events = events;
        this.eras = eras;
        this.changed = changed;
        follow(events, eventEdits, this::measureEvents);
        follow(eras, eraEdits, this::measureEras);
    }

    /** Listens to the edits of whichever list {@code list} holds, and measures it afresh when it is another. */
    private static <T> void follow(ObjectProperty<ObservableList<T>> list, ListChangeListener<T> edits,
                                   Runnable measure) {
        list.addListener((obs, old, now) -> {
            if (old != null) {
                old.removeListener(edits);
            }
            if (now != null) {
                now.addListener(edits);
            }
            measure.run();
        });
        if (list.get() != null) {
            list.get().addListener(edits);
        }
        measure.run();
    }

    private void eventsChanged(ListChangeListener.Change<? extends TimelineEvent> c) {
        boolean remeasure = false;
        while (c.next()) {
            double[] removed = extent(c.getRemoved(), TimelineEvent::range);
            remeasure |= c.wasUpdated() || removed[0] <= eventsStart || removed[1] >= eventsEnd;
            double[] added = extent(c.getAddedSubList(), TimelineEvent::range);
            eventsStart = Math.min(eventsStart, added[0]);
            eventsEnd = Math.max(eventsEnd, added[1]);
        }
        if (remeasure) {
            measureEvents();
        } else {
            tell();
        }
    }

    private void measureEvents() {
        double[] all = extent(nonNull(events.get()), TimelineEvent::range);
        eventsStart = all[0];
        eventsEnd = all[1];
        tell();
    }

    private void measureEras() {
        double[] all = extent(nonNull(eras.get()), Era::range);
        erasStart = all[0];
        erasEnd = all[1];
        tell();
    }

    /** The earliest start and the latest end of {@code items}; infinities the wrong way round when empty. */
    private static <T> double[] extent(List<? extends T> items, Function<T, TimeRange> range) {
        double start = Double.POSITIVE_INFINITY;
        double end = Double.NEGATIVE_INFINITY;
        for (T item : items) {
            TimeRange r = range.apply(item);
            start = Math.min(start, r.start());
            end = Math.max(end, r.end());
        }
        return new double[] {start, end};
    }

    private void tell() {
        double start = Math.min(eventsStart, erasStart);
        double end = Math.max(eventsEnd, erasEnd);
        changed.accept(start < end ? new TimeRange(start, end) : null);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
