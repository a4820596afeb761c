package org.timelineexplorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** TimelineJS files, opened through the same reader as every other file. */
class TimelineJsImporterTest {

    static Path sample() throws URISyntaxException {
        return Path.of(TimelineJsImporterTest.class.getResource("timelinejs-sample.json").toURI());
    }

    private static LoadResult read(String json, String name) {
        return new DatasetReader().read(json.getBytes(StandardCharsets.UTF_8), name);
    }

    private static List<String> pathsAndMessages(LoadResult result) {
        return result.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    void sampleImportsWithDatesAtTheirPrecision() throws Exception {
        LoadResult result = DatasetOpener.open(sample());
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
        assertEquals("Spring 2004", abuGhraib.formatDate(Locale.ENGLISH), "display_date is the date's label");

        TimelineEvent surge = events.get(2);
        assertEquals(HistoricalDate.ofYear(2007), surge.start(), "blank month and day mean a year");
        assertEquals(HistoricalDate.ofYear(2008), surge.end());

        TimelineEvent withdrawal = events.get(3);
        assertEquals(HistoricalDate.ofMinute(2011, 12, 18, 9, 30), withdrawal.start(), "the time of day is kept");
        assertEquals("", withdrawal.category());
        assertTrue(withdrawal.sources().isEmpty());
        assertNull(withdrawal.eraId());

        assertEquals(2, dataset.eras().size());
        assertEquals("The surge", dataset.eras().get(1).title());
        assertEquals(DatePrecision.YEAR, dataset.eras().get(1).start().precision());
    }

    @Test
    void unsupportedPartsAreWarningsWithPathAndLine() throws Exception {
        LoadResult result = DatasetOpener.open(sample());
        List<String> warnings = result.warnings().stream()
                .map(i -> i.path() + ": " + i.message()).toList();
        assertTrue(warnings.contains("title.media: the title slide's media is not shown"), warnings::toString);
        assertTrue(warnings.contains("events[2].background: backgrounds are not shown"), warnings::toString);
        assertFalse(warnings.stream().anyMatch(w -> w.contains("display_date") || w.contains("start_date.hour")
                || w.contains("start_date.minute")), "what is kept is not warned about: " + warnings);
        assertTrue(warnings.stream().anyMatch(w -> w.startsWith("events[3].media.url: only web links")),
                warnings::toString);
        assertTrue(warnings.contains("events[3].autolink: \"autolink\" is not imported"), warnings::toString);

        Problem background = result.problems().stream().filter(i -> i.path().equals("events[2].background"))
                .findFirst().orElseThrow();
        assertTrue(background.line() > 27);
        assertEquals(Problem.Severity.WARNING, background.severity());
        for (Problem problem : result.problems()) {
            assertTrue(problem.line() > 0 && problem.column() > 0, "every warning has its place: " + problem);
        }
    }

    @Test
    void eventWithoutYearIsAnErrorAndTheFileDoesNotOpen() {
        LoadResult result = read("""
                {"events": [
                  {"start_date": {"month": 3}, "text": {"headline": "No year"}},
                  {"start_date": {"year": 2003, "month": 2, "day": 30}, "text": {"headline": "No such day"}}
                ]}""", "broken.json");
        assertFalse(result.errors().isEmpty());
        assertTrue(result.dataset().isEmpty());
        assertEquals(List.of("events[0].start_date.year: the year is missing",
                        "events[1].start_date: there is no 30 February in 2003 (February has 28 days that year)"), pathsAndMessages(result));
        assertEquals(2, result.problems().get(0).line());
        assertEquals(18, result.problems().get(0).column(), "a missing year is shown at its date");
    }

    @Test
    void aFileWithoutATitleSlideIsNamedAfterTheFile() {
        LoadResult result = read("{\"events\": [{\"start_date\": {\"year\": 2001}, \"text\": {\"headline\": \"A\"}}]}",
                "/home/teacher/Year 10 Iraq.json");
        assertEquals("Year 10 Iraq", result.dataset().orElseThrow().title());
    }

    @Test
    void erasAfterTheEventsStillHoldThem() {
        LoadResult result = read("""
                {"events": [{"start_date": {"year": 2007, "month": 6}, "text": {"headline": "Inside"}},
                            {"start_date": {"year": 2012}, "text": {"headline": "Outside"}}],
                 "eras": [{"start_date": {"year": 2007}, "end_date": {"year": 2008}, "text": {"headline": "Surge"}}]}
                """, "late-eras.json");
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("surge-1", dataset.event("inside-1").orElseThrow().eraId());
        assertNull(dataset.event("outside-2").orElseThrow().eraId());
        assertEquals("#0072B2", dataset.eras().get(0).color());
    }

    // ---- The same rules as every format: UTF-8, duplicate keys, limits, syntax, all located in plain words

    @Test
    void bytesThatAreNotUtf8AreAnErrorNotReplaced() {
        byte[] json = "{\"events\": [{\"start_date\": {\"year\": 2001}, \"text\": {\"headline\": \"Caf\u00e9\"}}]}"
                .getBytes(StandardCharsets.ISO_8859_1);
        LoadResult result = new DatasetReader().read(json, "latin1.json");
        assertFalse(result.isLoaded());
        assertEquals(List.of("$: the text is not valid UTF-8 at byte 68 of the file: save the file with the UTF-8 "
                + "encoding"), pathsAndMessages(result));
        assertEquals(1, result.problems().get(0).line());
        assertEquals(69, result.problems().get(0).column());
    }

    @Test
    void aDuplicateKeyIsAnErrorNotTheLastOneWinning() {
        LoadResult result = read("""
                {"events": [{"start_date": {"year": "2001",
                                            "year": "1999"}, "text": {"headline": "A"}}]}
                """, "twice.json");
        assertFalse(result.isLoaded());
        assertEquals(List.of("events[0].start_date.year: the field \"year\" appears twice in this object "
                + "(first at line 1)"), pathsAndMessages(result));
        assertEquals(2, result.problems().get(0).line());
        assertEquals(29, result.problems().get(0).column(), "at the second one");
    }

    @Test
    void deepNestingIsReportedWhereItIsInPlainWords() {
        String deep = "{\"events\": [{\"start_date\": {\"year\": 2001}, \"text\": {\"headline\": \"A\"}, \"x\": "
                + "[".repeat(100_000) + "]".repeat(100_000) + "}]}";
        LoadResult result = read(deep, "deep.json");
        Problem problem = result.errors().get(0);
        assertEquals(1, result.problems().size());
        assertEquals("the data is nested too deeply: at most 32 levels of { } and [ ]", problem.message());
        assertEquals(1, problem.line());
        // The root, events and the event are levels 1 to 3, so the 30th [ after "x" (at 75) is level 33.
        assertEquals(75 + 30, problem.column(), "at the [ that is one level too deep");
        assertTrue(problem.path().startsWith("events[0].x[0][0]"), problem.path());
    }

    @Test
    void aHugeTextIsReportedWhereItIsInPlainWords() {
        String json = "{\"events\": [\n  {\"start_date\": {\"year\": 2001}, \"text\": {\"headline\": \""
                + "x".repeat(30_000_000) + "\"}}]}";
        LoadResult result = read(json, "huge.json");
        assertEquals(List.of("events[0].text.headline: a text is too long: at most 100,000 characters"),
                pathsAndMessages(result));
        assertEquals(2, result.problems().get(0).line());
        assertEquals(55, result.problems().get(0).column(), "at the text's opening quote");
    }

    @Test
    void brokenJsonIsOneErrorInOurWordsWithItsPlace() {
        LoadResult result = read("{\"events\": [ {\"start_date\": } ]}", "x.json");
        // Jackson looks at the start of a field's value as it reads the name, so the error comes before the name.
        assertEquals(List.of("events[0]: expected a value (text in double quotes, a number, true, false, "
                + "null, [ or {), found '}'"), pathsAndMessages(result));
        assertEquals(1, result.problems().get(0).line());
        assertEquals(29, result.problems().get(0).column());
    }

    // ---- Which format a file is in

    @Test
    void recognisesEachFormatByItsShape() {
        assertEquals(JsonFormat.TIMELINE_JS, format("{\"events\": [{\"start_date\": {\"year\": 2000}}]}"));
        assertEquals(JsonFormat.TIMELINE_JS, format("{\"title\": {\"text\": {\"headline\": \"x\"}}, \"events\": []}"));
        assertEquals(JsonFormat.NATIVE, format(
                "{\"format\": \"timeline-explorer/1\", \"title\": {}, \"events\": [{\"start_date\": 1}]}"));
        assertEquals(JsonFormat.NATIVE, format(
                "{\"title\": \"x\", \"events\": [{\"id\": \"a\", \"date\": \"2003\", \"title\": \"t\"}], \"eras\": []}"));
        assertEquals(JsonFormat.VIS_TIMELINE, format("[{\"id\": 1, \"content\": \"item 1\", \"start\": \"2014-04-20\"}]"));
        assertEquals(JsonFormat.VIS_TIMELINE, format("{\"items\": [{\"id\": 1, \"start\": \"2014-04-20\"}]}"));
        assertEquals(JsonFormat.NATIVE, format("{\"events\": [ {\"start\" "));
        assertEquals(JsonFormat.NATIVE, format("[1, 2]"));
    }

    private static JsonFormat format(String json) {
        return JsonFormat.of(json.toCharArray(), json.length(), new JsonFactory());
    }

    // ---- The real files other timeline tools ship

    private static final Path PEERS = Path.of(System.getProperty("peers.dir", "../shared/peers"));

    @Test
    void knightLabsExamplesOpenOrFailWithLocatedPlainMessages() {
        Path folder = PEERS.toAbsolutePath().normalize();
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(folder),
                "the peers' example files are beside the project at " + folder);
        for (String name : List.of("TimelineJS3__eras.json", "TimelineJS3__all-media-types.json",
                "TimelineJS3__milliseconds.json", "vis-timeline__basic.json")) {
            LoadResult result = DatasetOpener.open(folder.resolve(name));
            for (Problem problem : result.problems()) {
                assertTrue(problem.line() > 0 && problem.column() > 0, name + ": " + problem);
                assertFalse(problem.message().contains("Jackson") || problem.message().contains("StreamReadConstraints")
                        || problem.message().contains("token"), name + ": " + problem);
            }
            assertTrue(result.isLoaded(), () -> name + ": " + result.errors());
        }
        Dataset eras = DatasetOpener.open(folder.resolve("TimelineJS3__eras.json")).dataset().orElseThrow();
        assertEquals("Eras Test", eras.title());
        assertEquals(3, eras.eras().size());
        assertEquals(20, eras.events().size());
    }
}
