package org.timelineexplorer.ui;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small pure pieces behind the views. */
class HelpersTest {

    private static TimelineEvent event(String id, String date) {
        return new TimelineEvent(id, HistoricalDate.parse(date), null, id, "", "", null, List.of(), null);
    }

    @Test
    void aYearClickPicksTheEventNearestMidYearElseTheNearestOverall() {
        List<TimelineEvent> events = List.of(event("jan-2007", "2007-01-10"), event("oct-2007", "2007-10"),
                event("whole-2007", "2007"), event("dec-2011", "2011-12-18"), event("2014", "2014"));
        assertEquals("whole-2007", EventPicker.nearestInYear(events, 2007).orElseThrow().id());
        assertEquals("oct-2007", EventPicker.nearestInYear(events.subList(0, 2), 2007).orElseThrow().id());
        assertEquals("dec-2011", EventPicker.nearestInYear(events, 2011).orElseThrow().id());
        assertEquals("2014", EventPicker.nearestInYear(events, 2015).orElseThrow().id(), "no event in 2015");
        assertTrue(EventPicker.nearestInYear(List.of(), 2015).isEmpty());
    }

    @Test
    void rangesAreWrittenAsDates() {
        assertEquals("March 2003 – December 2025",
                Formats.range(TimeRange.ofDays(LocalDate.of(2003, 3, 20), LocalDate.of(2025, 12, 31)), EraStyle.BC_AD));
        assertEquals("20 March – 1 May 2003",
                Formats.range(TimeRange.ofDays(LocalDate.of(2003, 3, 20), LocalDate.of(2003, 5, 1)), EraStyle.BC_AD));
        assertEquals("753 BCE – 476", Formats.range(TimeRange.covering(HistoricalDate.parse("753 BC"),
                HistoricalDate.parse("476")), EraStyle.BCE_CE));
        assertEquals("13.8 billion years ago – 2026", Formats.range(TimeRange.covering(
                HistoricalDate.parse("13.8 billion years ago"), HistoricalDate.parse("2026")), EraStyle.BC_AD));
        assertEquals("1 of 1 event shown", Formats.shownCount(1, 1));
        assertEquals("12 of 70 events shown", Formats.shownCount(12, 70));
    }

    @Test
    void onlyWebLinksAreFollowed() {
        assertTrue(LinkOpener.isFollowable(URI.create("https://www.bbc.co.uk/news")));
        assertTrue(LinkOpener.isFollowable(URI.create("HTTP://example.org/")));
        assertFalse(LinkOpener.isFollowable(URI.create("file:///etc/passwd")));
        assertFalse(LinkOpener.isFollowable(URI.create("javascript:alert(1)")));
        assertFalse(LinkOpener.isFollowable(URI.create("relative/path")));
        assertFalse(LinkOpener.open(URI.create("file:///etc/passwd")));
    }

    @Test
    void eraButtonTextContrastsWithTheEraColour() {
        assertEquals("white", EraButton.textColorFor("#0072B2"));
        assertEquals("black", EraButton.textColorFor("#E69F00"));
        assertEquals("black", EraButton.textColorFor("#F0E442"));
        assertEquals("black", EraButton.textColorFor("not a colour"));
    }

    @Test
    void theAboutTextNamesTheSourcesAndEndsWithTheWholeLicence() throws IOException {
        String text = AppMenuController.aboutText(UiFixture.bundled());
        assertTrue(text.contains("Iraq Body Count"));
        assertTrue(text.endsWith(Files.readString(Path.of("LICENSE"))), "the repository's LICENSE, word for word");
    }
}
