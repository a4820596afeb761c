package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventDraftTest {

    private static final Era WAR = new Era("war", "The war", "", HistoricalDate.parse("2003"),
            HistoricalDate.parse("2011"), "#0072B2");
    private static final Dataset OPEN = new Dataset("Lesson", "", "", List.of(WAR), List.of(), List.of());

    private static EventDraft draft(String date, String end, String title, String era, String sources) {
        return new EventDraft("baghdad-falls", date, end, "", title, "US forces reach the centre.", "military", era,
                sources, "", List.of(), null);
    }

    @Test
    void aGoodDraftIsTheEventTheLoaderWouldRead() {
        EventDraft.Checked checked = draft("2003-04", "", "Baghdad falls", "war",
                "Reuters https://www.reuters.com/\nBBC News https://www.bbc.co.uk/news").check(OPEN);
        assertEquals(java.util.Map.of(), checked.problems());
        TimelineEvent event = checked.event().orElseThrow();
        assertEquals(DatePrecision.MONTH, event.start().precision());
        assertEquals("war", event.eraId());
        assertEquals(List.of("Reuters", "BBC News"), event.sources().stream().map(s -> s.name()).toList());
        assertEquals(URI.create("https://www.bbc.co.uk/news"), event.sources().get(1).url());
        assertEquals(event, EventDraft.of(event).check(OPEN).event().orElseThrow(), "an event fills the form back");
        TimelineEvent pictured = event.withPicture(org.timelineexplorer.model.Picture.ofUrl(
                URI.create("https://example.org/baghdad.jpg"), "Firdos Square", "Example", "A statue is pulled down"));
        assertEquals(pictured, EventDraft.of(pictured).check(OPEN).event().orElseThrow(), "the picture is kept");
    }

    @Test
    void eachFieldGetsTheLoadersOwnMessage() {
        EventDraft.Checked badDate = draft("2003-02-31", "", "Baghdad falls", "war", "").check(OPEN);
        assertTrue(badDate.event().isEmpty());
        String expected = assertThrowsMessage("2003-02-31");
        assertEquals(expected, badDate.problems().get("date"));

        EventDraft.Checked backwards = draft("2003-04-09", "2003-01-01", "Baghdad falls", "war", "").check(OPEN);
        assertTrue(backwards.problems().get("end").contains("before the start"), backwards.problems().toString());

        EventDraft.Checked untitled = draft("2003-04-09", "", "  ", "war", "").check(OPEN);
        assertTrue(untitled.problems().containsKey("title"), untitled.problems().toString());

        EventDraft.Checked noEra = draft("2003-04-09", "", "Baghdad falls", "peace", "").check(OPEN);
        assertTrue(noEra.problems().containsKey("era"), noEra.problems().toString());

        EventDraft.Checked noAddress = draft("2003-04-09", "", "Baghdad falls", "war", "Reuters").check(OPEN);
        assertTrue(noAddress.problems().containsKey("sources"), noAddress.problems().toString());
    }

    private static String assertThrowsMessage(String date) {
        try {
            HistoricalDate.parse(date);
        } catch (java.time.DateTimeException e) {
            return e.getMessage();
        }
        throw new AssertionError(date + " parsed");
    }
}
