package org.timelineexplorer.ui;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The small pure pieces behind the views. */
class HelpersTest {

    private final List<TimelineEvent> events = new AppState(UiFixture.dataset()).getShownEvents();

    @Test
    void aYearClickPicksTheEventNearestMidYearElseTheNearestOverall() {
        assertEquals("surge-peak", EventPicker.nearestInYear(events, 2007).orElseThrow().id());
        assertEquals("withdrawal", EventPicker.nearestInYear(events, 2011).orElseThrow().id());
        assertEquals("isis-mosul", EventPicker.nearestInYear(events, 2015).orElseThrow().id(), "no event in 2015");
        assertTrue(EventPicker.nearestInYear(List.of(), 2015).isEmpty());
    }

    @Test
    void rangesAreWrittenAsDates() {
        assertEquals("March 2003 – December 2025",
                Formats.range(TimeRange.ofDays(LocalDate.of(2003, 3, 20), LocalDate.of(2025, 12, 31))));
        assertEquals("20 March – 1 May 2003",
                Formats.range(TimeRange.ofDays(LocalDate.of(2003, 3, 20), LocalDate.of(2003, 5, 1))));
        assertEquals("1 of 1 event shown", Formats.shownCount(1, 1));
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
        assertEquals("white", EraNavigatorController.textColorFor("#0072B2"));
        assertEquals("black", EraNavigatorController.textColorFor("#E69F00"));
        assertEquals("black", EraNavigatorController.textColorFor("#F0E442"));
        assertEquals("black", EraNavigatorController.textColorFor("not a colour"));
    }

    @Test
    void theAboutTextNamesTheSourcesAndTheLicence() {
        String text = AppMenuController.aboutText(UiFixture.dataset());
        assertTrue(text.contains("Iraq Body Count"));
        assertTrue(text.contains("MIT License"));
    }
}
