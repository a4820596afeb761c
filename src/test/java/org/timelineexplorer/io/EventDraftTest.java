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

    private static EventDraft placed(EventDraft.PlaceDraft place, EventDraft.PictureDraft picture) {
        return new EventDraft("baghdad-falls", "2003-04-09", "", "", "Baghdad falls", "", "", null, "", "",
                List.of(new EventDraft.PlaceDraft("Baghdad", "33.3152", "44.3661"), place), picture);
    }

    @Test
    void aGoodDraftIsTheEventTheLoaderWouldRead() {
        Drafts.Checked<TimelineEvent> checked = draft("2003-04", "", "Baghdad falls", "war",
                "Reuters https://www.reuters.com/\nBBC News https://www.bbc.co.uk/news").check(OPEN);
        assertEquals(java.util.Map.of(), checked.problems());
        TimelineEvent event = checked.value().orElseThrow();
        assertEquals(DatePrecision.MONTH, event.start().precision());
        assertEquals("war", event.eraId());
        assertEquals(List.of("Reuters", "BBC News"), event.sources().stream().map(s -> s.name()).toList());
        assertEquals(URI.create("https://www.bbc.co.uk/news"), event.sources().get(1).url());
        assertEquals(event, EventDraft.of(event).check(OPEN).value().orElseThrow(), "an event fills the form back");
        TimelineEvent pictured = event.withPicture(org.timelineexplorer.model.Picture.ofUrl(
                URI.create("https://example.org/baghdad.jpg"), "Firdos Square", "Example", "A statue is pulled down"));
        assertEquals(pictured, EventDraft.of(pictured).check(OPEN).value().orElseThrow(), "the picture is kept");
    }

    @Test
    void eachFieldGetsTheLoadersOwnMessage() {
        Drafts.Checked<TimelineEvent> badDate = draft("2003-02-31", "", "Baghdad falls", "war", "").check(OPEN);
        assertTrue(badDate.value().isEmpty());
        String expected = DateMessages.of("2003-02-31");
        assertEquals(expected, badDate.problems().get("date"));

        Drafts.Checked<TimelineEvent> backwards = draft("2003-04-09", "2003-01-01", "Baghdad falls", "war", "").check(OPEN);
        assertTrue(backwards.problems().get("end").contains("before the start"), backwards.problems().toString());

        Drafts.Checked<TimelineEvent> untitled = draft("2003-04-09", "", "  ", "war", "").check(OPEN);
        assertTrue(untitled.problems().containsKey("title"), untitled.problems().toString());

        Drafts.Checked<TimelineEvent> noEra = draft("2003-04-09", "", "Baghdad falls", "peace", "").check(OPEN);
        assertTrue(noEra.problems().containsKey("era"), noEra.problems().toString());

        Drafts.Checked<TimelineEvent> noAddress = draft("2003-04-09", "", "Baghdad falls", "war", "Reuters").check(OPEN);
        assertTrue(noAddress.problem("sources") != null, noAddress.problems().toString());
    }

    @Test
    void placesAndThePictureAreCheckedRowByRowAsTheLoaderChecksThem() {
        TimelineEvent event = placed(new EventDraft.PlaceDraft("Basra", "30.5", "47.8"),
                new EventDraft.PictureDraft("pictures/statue.jpg", "Firdos Square", "Reuters", "A statue falls"))
                .check(OPEN).value().orElseThrow();
        assertEquals(List.of(new org.timelineexplorer.model.Place("Baghdad", 33.3152, 44.3661),
                new org.timelineexplorer.model.Place("Basra", 30.5, 47.8)), event.places());
        assertEquals(org.timelineexplorer.model.Picture.ofFile("pictures/statue.jpg", "Firdos Square", "Reuters",
                "A statue falls"), event.picture());
        assertEquals(event, EventDraft.of(event).check(OPEN).value().orElseThrow(), "places and picture fill back");

        Drafts.Checked<TimelineEvent> north = placed(new EventDraft.PlaceDraft("Pole", "95", "10"),
                EventDraft.PictureDraft.NONE).check(OPEN);
        assertEquals("lat 95 is not a latitude: from -90 (south) to 90 (north)", north.problem("places[1].lat"),
                "located at its row and cell");
        assertEquals(null, north.problem("places[0]"), "the first row is right");
        Drafts.Checked<TimelineEvent> words = placed(new EventDraft.PlaceDraft("", "north", "200"),
                EventDraft.PictureDraft.NONE).check(OPEN);
        assertTrue(words.problem("places[1].name") != null, words.problems().toString());
        assertTrue(words.problem("places[1].lat").contains("\"north\""), words.problems().toString());
        assertTrue(words.problem("places[1].lon").contains("200"), words.problems().toString());

        Drafts.Checked<TimelineEvent> noAlt = placed(new EventDraft.PlaceDraft("Basra", "30.5", "47.8"),
                new EventDraft.PictureDraft("https://example.org/x.jpg", "Firdos Square", "", "")).check(OPEN);
        assertTrue(noAlt.value().isEmpty());
        assertTrue(noAlt.problem("picture.alt") != null, noAlt.problems().toString());
        Drafts.Checked<TimelineEvent> absolute = placed(new EventDraft.PlaceDraft("Basra", "30.5", "47.8"),
                new EventDraft.PictureDraft("/home/teacher/x.jpg", "", "", "A statue")).check(OPEN);
        assertTrue(absolute.problem("picture.file").contains("relative"), absolute.problems().toString());
    }

}
