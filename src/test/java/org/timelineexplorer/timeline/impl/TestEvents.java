package org.timelineexplorer.timeline.impl;

import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Events for the pure layout tests, with the width of each one's label written in its title ("w120" is 120
 * pixels wide) so that {@link #LABELS} measures them without a font.
 */
final class TestEvents {

    /** Labels are the titles, as wide as they say. */
    static final EventIndex.Labels LABELS = new EventIndex.Labels() {
        @Override
        public String label(TimelineEvent event) {
            return event.title();
        }

        @Override
        public float width(String label) {
            return Float.parseFloat(label.substring(label.lastIndexOf(" w") + 2));
        }
    };

    private TestEvents() {
    }

    /**
     * An event on {@code day} (epoch days): a dot when {@code days} is 0, else a bar over that many days, with a
     * label {@code width} pixels wide.
     */
    static TimelineEvent event(String id, long day, int days, int width) {
        HistoricalDate start = HistoricalDate.of(LocalDate.ofEpochDay(day));
        HistoricalDate end = days == 0 ? null : HistoricalDate.of(LocalDate.ofEpochDay(day + days - 1));
        return new TimelineEvent(id, start, end, id + " w" + width, "", "", null, List.of(), null);
    }

    /**
     * {@code n} events over {@code days} days from 2002, in date order: many share a day where {@code days} is
     * small, and one in {@code spanEvery} is a bar of up to two months.
     */
    static List<TimelineEvent> random(int n, int days, int spanEvery, Random r) {
        long[] starts = new long[n];
        for (int i = 0; i < n; i++) {
            starts[i] = 12000 + (long) (r.nextDouble() * days);
        }
        java.util.Arrays.sort(starts);
        List<TimelineEvent> events = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            boolean span = r.nextInt(spanEvery) == 0;
            events.add(event("e" + i, starts[i], span ? 1 + r.nextInt(60) : 0, 40 + r.nextInt(200)));
        }
        return events;
    }

    /** An index of {@code events}, as the skin builds one. */
    static EventIndex index(List<TimelineEvent> events) {
        EventIndex index = new EventIndex(LABELS);
        index.reset(events);
        return index;
    }
}
