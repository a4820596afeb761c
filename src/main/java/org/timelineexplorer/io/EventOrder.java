package org.timelineexplorer.io;

import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Puts a file's events in date order fast, for every format: a large file's events come in any order. */
final class EventOrder {

    /** Bits for an event's index when sorting; a file within the size and value limits holds far fewer events. */
    private static final int INDEX_BITS = 24;

    private EventOrder() {
    }

    /**
     * The events in {@link Dataset#chronological()} order. Sorting numbers made once per event is much faster than
     * comparing dates, which makes two LocalDates per comparison; the dataset then finds its events in order, and
     * its own sort takes one pass. It sorts them anyway, so an order that differed here would cost time only.
     */
    static List<TimelineEvent> chronological(List<TimelineEvent> events) {
        if (events.size() >= 1 << INDEX_BITS) {
            return events;
        }
        // The date's number above, the event's index below: sorting the numbers sorts by date and keeps the file's
        // order among events of the same date, as the dataset's stable sort does.
        long[] keys = new long[events.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = firstDayThenPrecision(events.get(i).start()) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        List<TimelineEvent> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(events.get((int) (key & ((1 << INDEX_BITS) - 1))));
        }
        // Events of the same date go by title; such runs are short.
        for (int from = 0; from < keys.length; ) {
            int to = from + 1;
            while (to < keys.length && keys[to] >>> INDEX_BITS == keys[from] >>> INDEX_BITS) {
                to++;
            }
            if (to - from > 1) {
                sorted.subList(from, to).sort(Comparator.comparing(TimelineEvent::title));
            }
            from = to;
        }
        return sorted;
    }

    /** Orders as {@link HistoricalDate#compareTo} does: by first day, then by precision. */
    private static long firstDayThenPrecision(HistoricalDate date) {
        int month = Math.max(1, date.month());
        int day = Math.max(1, date.day());
        return (((long) date.year() * 16 + month) * 32 + day) * 4 + date.precision().ordinal();
    }
}
