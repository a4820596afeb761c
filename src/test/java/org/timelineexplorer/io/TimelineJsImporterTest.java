package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimelineJsImporterTest {

    static Path sample() throws URISyntaxException {
        return Path.of(TimelineJsImporterTest.class.getResource("timelinejs-sample.json").toURI());
    }

    @Test
    void sampleImportsWithDatesAtTheirPrecision() throws Exception {
        LoadResult result = TimelineJsImporter.read(sample());
        assertTrue(result.errors().isEmpty(), () -> result.problems().toString());
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("Iraq, 2003–2011", dataset.title());
        assertEquals("A short timeline for Year 10.", dataset.summary());

        List<TimelineEvent> events = dataset.events();
        assertEquals(4, events.size());
        TimelineEvent invasion = events.get(0);
        assertEquals("the-invasion-begins-1", invasion.id());
        assertEquals(HistoricalDate.ofDay(2003, 3, 20), invasion.start());
        assertEquals("US-led forces attack Iraq.\nBaghdad falls on 9 April.", invasion.text());
        assertEquals("military", invasion.category());
        assertEquals("Encyclopaedia Britannica", invasion.sources().get(0).name());
        assertEquals("https://www.britannica.com/event/Iraq-War", invasion.sources().get(0).url().toString());
        assertEquals("invasion-and-occupation-1", invasion.eraId());

        TimelineEvent abuGhraib = events.get(1);
        assertEquals(DatePrecision.MONTH, abuGhraib.start().precision());
        assertEquals("2004-04", abuGhraib.start().toIsoString());
        assertEquals("Photographs of abuse at Abu Ghraib & elsewhere are published.", abuGhraib.text());

        TimelineEvent surge = events.get(2);
        assertEquals(HistoricalDate.ofYear(2007), surge.start(), "blank month and day mean a year");
        assertEquals(HistoricalDate.ofYear(2008), surge.end());

        TimelineEvent withdrawal = events.get(3);
        assertEquals(HistoricalDate.ofDay(2011, 12, 18), withdrawal.start());
        assertEquals("", withdrawal.category());
        assertTrue(withdrawal.sources().isEmpty());
        assertNull(withdrawal.eraId());

        assertEquals(2, dataset.eras().size());
        assertEquals("The surge", dataset.eras().get(1).title());
        assertEquals(DatePrecision.YEAR, dataset.eras().get(1).start().precision());
    }

    @Test
    void unsupportedPartsAreWarningsWithPathAndLine() throws Exception {
        LoadResult result = TimelineJsImporter.read(sample());
        List<String> warnings = result.warnings().stream()
                .map(i -> i.path() + ": " + i.message()).toList();
        assertTrue(warnings.contains("title.media: the title slide's media is not shown"), warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("events[1].display_date: display_date \"Spring 2004\"")),
                warnings::toString);
        assertTrue(warnings.contains("events[2].background: backgrounds are not shown"), warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("events[3].start_date.hour: times of day")),
                warnings::toString);
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("events[3].media.url: only web links")),
                warnings::toString);
        assertTrue(warnings.contains("events[3].autolink: \"autolink\" is not imported"), warnings::toString);

        Problem display = result.problems().stream().filter(i -> i.path().equals("events[1].display_date"))
                .findFirst().orElseThrow();
        assertEquals(27, display.line());
        assertTrue(display.format("sample.json").startsWith("sample.json:27:" + display.column()
                + ": events[1].display_date: display_date"), display.format("sample.json"));
        assertEquals(Problem.Severity.WARNING, display.severity());
    }

    @Test
    void eventWithoutYearIsAnErrorAndTheFileDoesNotOpen() {
        LoadResult result = TimelineJsImporter.read("""
                {"events": [
                  {"start_date": {"month": 3}, "text": {"headline": "No year"}},
                  {"start_date": {"year": 2003, "month": 2, "day": 30}, "text": {"headline": "No such day"}}
                ]}""", "broken.json", "broken");
        assertFalse(result.errors().isEmpty());
        assertTrue(result.dataset().isEmpty());
        assertEquals(List.of("events[0].start_date.year: the year is missing",
                        "events[1].start_date: February 2003 has no day 30 (it has 28 days)"),
                result.problems().stream().map(i -> i.path() + ": " + i.message()).toList());
        assertEquals(2, result.problems().get(0).line());
    }

    @Test
    void brokenJsonIsOneErrorWithItsPlace() {
        LoadResult result = TimelineJsImporter.read("{\"events\": [ {\"start_date\": } ]}", "x.json", "x");
        assertEquals(1, result.problems().size());
        assertEquals(1, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message().startsWith("this is not valid JSON"));
    }

    @Test
    void recognisesTimelineJsByShape() throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        assertTrue(TimelineJsImporter.looksLikeTimelineJs(mapper.readTree(
                "{\"events\": [{\"start_date\": {\"year\": 2000}}]}")));
        assertTrue(TimelineJsImporter.looksLikeTimelineJs(mapper.readTree(
                "{\"title\": {\"text\": {\"headline\": \"x\"}}, \"events\": []}")));
        assertFalse(TimelineJsImporter.looksLikeTimelineJs(mapper.readTree(
                "{\"format\": \"timeline-explorer/1\", \"title\": \"x\", \"events\": [], \"eras\": []}")));
        assertFalse(TimelineJsImporter.looksLikeTimelineJs(mapper.readTree(
                "{\"title\": \"x\", \"events\": [{\"id\": \"a\", \"date\": \"2003\", \"title\": \"t\"}], \"eras\": []}")));
    }

    @Test
    void idsAreStableSlugs() {
        assertEquals("fall-of-baghdad", TimelineJsImporter.slug("Fall of Baghdad!"));
        assertEquals("operation-inherent-resolve-begins", TimelineJsImporter.slug("Opération « Inherent Resolve » begins"));
        assertEquals("event", TimelineJsImporter.slug("***"));
        assertEquals("a", TimelineJsImporter.slug("A"));
    }
}
