package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TimelineJS files with years before AD 1, billions of years back, times of day and media-only events. */
class TimelineJsDeepTimeTest {

    private static final DatasetReader READER = new DatasetReader();

    private static LoadResult resource(String name) throws IOException {
        try (InputStream in = TimelineJsDeepTimeTest.class.getResourceAsStream(name)) {
            return READER.read(in.readAllBytes(), name);
        }
    }

    private static LoadResult read(String json) {
        return READER.read(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    private static List<String> labels(Dataset dataset) {
        return dataset.events().stream().map(e -> e.formatDate(Locale.ENGLISH, dataset.eraStyle())).toList();
    }

    private static List<String> warnings(LoadResult result) {
        return result.warnings().stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    void theCosmologyTemplateOpensWithTheLabelsTimelineJsShows() throws IOException {
        LoadResult result = resource("timelinejs-cosmos.json");
        assertEquals(List.of(), result.errors());
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("From the Big Bang to 1990", dataset.title());
        // TimelineJS: "13.80 billion years ago", "251.9 million years ago", "315.0 thousand years ago", "3500 BCE".
        assertEquals(List.of("13.8 billion years ago", "13.8 billion years ago", "4.6 billion years ago",
                "538.8 million years ago", "251.9 million years ago", "315 thousand years ago", "3500 BCE", "1990"),
                labels(dataset));
        // The dates themselves are exact: the first light is 370,000 years after the Big Bang, not with it.
        TimelineEvent light = dataset.events().get(1);
        assertEquals(13_799_630_000L, light.start().yearsBeforePresent());
        assertTrue(dataset.events().get(0).start().compareTo(light.start()) < 0);
        assertEquals("The first light escapes", light.title());
        assertEquals(HistoricalDate.ofYear(-3500), dataset.events().get(6).start());
        // Warnings only where something is really left out: the backgrounds and the title slide's picture.
        for (String warning : warnings(result)) {
            assertTrue(warning.contains("background") || warning.startsWith("title.media"), warning);
        }
    }

    @Test
    void theMarkTwainExampleOpensWithItsTimesAndMediaOnlyEvents() throws IOException {
        LoadResult result = resource("timelinejs-twain.json");
        assertEquals(List.of(), result.errors());
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("A writer's life in a test file shaped…", dataset.title(), "the title slide's first words");
        List<TimelineEvent> events = dataset.events();
        assertEquals(List.of("Born in a small town", "a tweet", "Untitled event 4",
                "A writer and humorist, best known for two…", "Dies as the comet returns"),
                events.stream().map(TimelineEvent::title).toList());
        assertEquals(HistoricalDate.ofMinute(1835, 11, 30, 6, 45), events.get(0).start());
        assertEquals("30 November 1835, 06:45", events.get(0).formatDate(Locale.ENGLISH));
        assertEquals(HistoricalDate.ofMinute(1900, 1, 6, 18, 0), events.get(2).start(), "an hour without minutes");
        assertEquals("Spring 1910", events.get(4).formatDate(Locale.ENGLISH));
        List<String> warnings = warnings(result);
        assertEquals(1, warnings.stream().filter(w -> w.contains("seconds")).count(), warnings::toString);
        assertTrue(warnings.contains("events[2].text.headline: the event has neither a headline nor a text, only "
                + "media; it is called \"a tweet\""), warnings::toString);
        assertFalse(warnings.stream().anyMatch(w -> w.contains("millisecond") || w.contains("format")
                || w.contains("unique_id") || w.contains("display_date")), warnings::toString);
    }

    @Test
    void negativeAndHugeYearsAsNumbersOrStrings() {
        LoadResult result = read("""
                {"events": [
                  {"start_date": {"year": -13800000000}, "text": {"headline": "Big Bang"}},
                  {"start_date": {"year": -300}, "text": {"headline": "A number"}},
                  {"start_date": {"year": "-44", "month": "3", "day": "15"}, "text": {"headline": "The Ides"}},
                  {"start_date": {"year": 0}, "text": {"headline": "Zero"}},
                  {"start_date": {"year": "-66000000", "month": "4"}, "text": {"headline": "Impact"}}
                ]}""");
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals(EraStyle.BCE_CE, dataset.eraStyle());
        assertEquals(List.of("13.8 billion years ago", "66 million years ago", "300 BCE", "15 March 44 BCE", "1 BCE"),
                labels(dataset));
        assertEquals(DatePrecision.BILLION_YEARS_AGO, dataset.events().get(0).start().precision());
        assertEquals(List.of("events[3].start_date.year: there is no year 0: 1 BC is followed by AD 1; year 0 is read as 1 BC",
                "events[4].start_date.year: TimelineJS shows a year this far back in years ago, without its month, day "
                        + "or time; they are left out here too"), warnings(result));
        LoadResult tooFar = read("{\"events\": [{\"start_date\": {\"year\": \"-15000000000\"}, \"text\": {\"headline\": \"A\"}}]}");
        assertEquals("the date is more than 14 billion years ago, before the Big Bang", tooFar.errors().get(0).message());
    }

    @Test
    void everyPeerFileOpens() throws IOException {
        Path peers = Path.of("/work/shared/peers");
        if (!Files.isDirectory(peers)) {
            return;
        }
        try (Stream<Path> files = Files.list(peers)) {
            for (Path file : files.filter(f -> f.getFileName().toString().startsWith("TimelineJS3")).toList()) {
                LoadResult result = DatasetOpener.open(file);
                assertEquals(List.of(), result.errors(), file.toString());
            }
        }
    }
}
