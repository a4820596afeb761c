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

    private EventOrder() {
    }

    /**
     * The events in {@link Dataset#chronological()} order. Sorting numbers made once per event is much faster than
     * comparing dates field by field; the dataset then finds its events in order, and its own sort takes one pass.
     * It sorts them anyway, so an order that differed here would cost time only.
     */
    static List<TimelineEvent> chronological(List<TimelineEvent> events) {
        long[] keys = new long[events.size()];
        Integer[] order = new Integer[keys.length];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = startThenPrecision(events.get(i).start());
            order[i] = i;
        }
        // Stable: events of the same date keep the file's order until the titles are compared below.
        Arrays.sort(order, (a, b) -> Long.compare(keys[a], keys[b]));
        List<TimelineEvent> sorted = new ArrayList<>(keys.length);
        for (int index : order) {
            sorted.add(events.get(index));
        }
        // Events of the same date go by title; such runs are short.
        for (int from = 0; from < keys.length; ) {
            int to = from + 1;
            while (to < keys.length && keys[order[to]] == keys[order[from]]) {
                to++;
            }
            if (to - from > 1) {
                sorted.subList(from, to).sort(Comparator.comparing(TimelineEvent::title));
            }
            from = to;
        }
        return sorted;
    }

    /**
     * Orders as {@link HistoricalDate#compareTo} does: by the first minute, then by precision. Minutes since 1970
     * reach about 7.4 × 10^15 at 14 billion years ago, so eight times as many still fit a {@code long}.
     */
    private static long startThenPrecision(HistoricalDate date) {
        // Whole days are exact in a double as far back as 2^53 days, some 24 trillion years.
        long day = (long) Math.floor(date.startDay());
        return ((day * 1440 + date.minuteOfDay()) << 3) + date.precision().ordinal();
    }
}
