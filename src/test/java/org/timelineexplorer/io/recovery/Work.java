package org.timelineexplorer.io.recovery;

import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimelineEvent;

import java.net.URI;
import java.util.List;

/** A small saved timeline and a teacher's edits to it, for the recovery tests and the child process they kill. */
final class Work {

    static final String TITLE = "Lesson on the war";
    private static final Source SOURCE = new Source("Example", URI.create("https://example.org/"));
    private static final Era WAR = new Era("war", "The war", "", HistoricalDate.parse("2003"),
            HistoricalDate.parse("2005"), "#0072B2");

    private Work() {
    }

    static Dataset saved() {
        return new Dataset(TITLE, "A summary", "", List.of(WAR),
                List.of(event("invasion", "2003-03-20", "Invasion")), List.of());
    }

    /** Adds {@code count} events through the editing API, each one undoable step, titled "Added 1", "Added 2"… */
    static void edit(AppState state, int count) {
        int first = state.getEvents().size();
        for (int i = first; i < first + count; i++) {
            state.addEvent(event(state.freshId("added"), "2004-01-" + String.format("%02d", i % 28 + 1), "Added " + i));
        }
    }

    private static TimelineEvent event(String id, String date, String title) {
        return new TimelineEvent(id, HistoricalDate.parse(date), null, title, "", "military", "war", List.of(SOURCE),
                null);
    }
}
