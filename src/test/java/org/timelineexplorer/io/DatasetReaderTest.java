package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.model.ChartStyle;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One test per kind of problem: its message, line, column and path, from inputs small enough to count by eye. */
class DatasetReaderTest {

    private static final DatasetReader READER = new DatasetReader();

    private static LoadResult read(String json) {
        return READER.read(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    /** The one error of a file that has exactly one, after checking that the file did not load. */
    private static Problem theError(String json) {
        LoadResult result = read(json);
        assertFalse(result.isLoaded());
        assertTrue(result.dataset().isEmpty());
        assertEquals(1, result.errors().size(), () -> "errors: " + result.errors());
        return result.errors().get(0);
    }

    private static void assertProblem(Problem problem, int line, int column, String path, String message) {
        assertEquals(message, problem.message());
        assertEquals(path, problem.path(), "path");
        assertEquals(line, problem.line(), "line");
        assertEquals(column, problem.column(), "column");
    }

    // ---- A file that follows every rule

    @Test
    void aCompleteFileLoadsIntoTheModel() {
        LoadResult result = read("""
                {
                  "format": "timeline-explorer/1",
                  "title": "Test",
                  "summary": "S",
                  "credit": "C",
                  "eras": [
                    { "id": "war", "title": "War", "start": "2003-03", "end": "2004", "color": "#0072b2" }
                  ],
                  "events": [
                    { "id": "b", "date": "2004-11-07", "end": "2004-12", "title": "Later", "era": "war",
                      "sources": [ { "name": "BBC", "url": "https://www.bbc.co.uk/" } ], "note": null },
                    { "id": "a", "date": "2003", "title": "Earlier" }
                  ],
                  "series": [
                    { "id": "troops", "title": "Troops", "unit": "troops", "style": "bar",
                      "source": { "name": "CRS", "url": "http://crs.example/" },
                      "points": [ { "year": 2003, "value": 150000.5 }, { "year": 2004, "value": 0, "note": "n" } ] }
                  ]
                }
                """);
        assertEquals(List.of(), result.problems());
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("Test", dataset.title());
        assertEquals(List.of("a", "b"), dataset.events().stream().map(TimelineEvent::id).toList());
        TimelineEvent later = dataset.event("b").orElseThrow();
        assertEquals(HistoricalDate.ofMonth(2004, 12), later.end());
        assertEquals("war", later.eraId());
        assertEquals(URI.create("https://www.bbc.co.uk/"), later.sources().get(0).url());
        assertEquals(HistoricalDate.ofYear(2004), dataset.era("war").orElseThrow().end());
        assertEquals(ChartStyle.BAR, dataset.series("troops").orElseThrow().style());
        assertEquals(150000.5, dataset.series("troops").orElseThrow().pointFor(2003).orElseThrow().value());
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] json = "{\"title\": \"T\", \"eras\": [], \"events\": []}".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[json.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(json, 0, withBom, 3, json.length);
        LoadResult result = READER.read(withBom, "bom.json");
        assertTrue(result.isLoaded(), () -> result.problems().toString());
    }

    @Test
    void unknownFieldsAreWarningsThatSayTheyAreKeptAndTheFileStillLoads() {
        LoadResult result = read("""
                {
                  "title": "T", "eras": [], "events": [],
                  "colour": "red"
                }
                """);
        assertTrue(result.isLoaded());
        assertEquals(1, result.warnings().size());
        Problem warning = result.warnings().get(0);
        assertEquals(Problem.Severity.WARNING, warning.severity());
        assertProblem(warning, 3, 13, "colour",
                "the field \"colour\" is not known to Timeline Explorer; it is kept as it is");
    }

    @Test
    void aHighlightMarksAFigureForTheChartAndMustBeTrueOrFalse() {
        String file = """
                {
                  "title": "T", "eras": [], "events": [],
                  "series": [ { "id": "s", "title": "S", "style": "line",
                    "source": { "name": "N", "url": "https://example.org/" },
                    "points": [ { "year": 2007, "value": 1, "highlight": true }, { "year": 2008, "value": 2 } ] } ]
                }
                """;
        FigureSeries series = read(file).dataset().orElseThrow().series().get(0);
        assertTrue(series.points().get(0).highlighted());
        assertFalse(series.points().get(1).highlighted());

        LoadResult wrong = read(file.replace("\"highlight\": true", "\"highlight\": \"yes\""));
        assertProblem(wrong.errors().get(0), 5, 58, "series[0].points[0].highlight",
                "highlight must be true or false, not \"yes\"");
    }

    // ---- Malformed JSON

    @Test
    void aTrailingCommaIsMalformedJson() {
        Problem problem = theError("""
                {
                  "title": "T",
                  "eras": [],
                  "events": [],
                }
                """);
        assertProblem(problem, 5, 1, "$", "a comma before } must be followed by another field");
    }

    @Test
    void aMissingCommaIsMalformedJson() {
        Problem problem = theError("""
                {
                  "title": "T"
                  "eras": [],
                  "events": []
                }
                """);
        assertProblem(problem, 3, 3, "$", "a comma is missing before this field");
    }

    @Test
    void aMissingCommaInAListIsMalformedJson() {
        Problem problem = theError("""
                {"title": "T", "eras": [], "events": [ {} {} ]}
                """);
        assertProblem(problem, 1, 43, "events[1]", "a comma is missing before this value");
    }

    @Test
    void aControlCharacterBetweenValuesIsMalformedJson() {
        Problem problem = theError("{\"title\": \"T\",\u0001 \"eras\": [], \"events\": []}");
        // Jackson points just after the character (at 15) here: close enough to find it.
        assertProblem(problem, 1, 16, "$", "an invisible control character is not allowed here: only spaces, "
                + "tabs and line breaks may stand between values");
    }

    @Test
    void unquotedTextIsMalformedJson() {
        Problem problem = theError("""
                {
                  "title": Iraq
                }
                """);
        assertProblem(problem, 2, 12, "$",
                "\"Iraq\" is not a value: write text in double quotes, a number, true, false or null");
    }

    @Test
    void aFileThatEndsTooEarlyIsMalformedJson() {
        Problem problem = theError("""
                {
                  "title": "T",
                  "events": [
                """);
        assertEquals("the file ends too early: a closing } or ] is missing", problem.message());
        assertEquals(4, problem.line());
    }

    @Test
    void textAfterTheDataIsReported() {
        Problem problem = theError("""
                {"title": "T", "eras": [], "events": []}
                  x
                """);
        assertProblem(problem, 2, 3, "$",
                "there is more text after the end of the data: the file must hold exactly one JSON object { … }");
    }

    @Test
    void aSecondObjectAfterTheDataIsReported() {
        Problem problem = theError("{\"title\": \"T\", \"eras\": [], \"events\": []} {}");
        assertEquals(1, problem.line());
        assertEquals(42, problem.column());
        assertTrue(problem.message().startsWith("there is more text after the end of the data"));
    }

    @Test
    void anEmptyFileIsReported() {
        for (String empty : List.of("", "  \n\t")) {
            Problem problem = theError(empty);
            assertEquals("the file is empty: it must hold one JSON object { … }", problem.message());
            assertEquals("$", problem.path());
        }
    }

    @Test
    void theFileMustHoldAnObject() {
        Problem problem = theError("[1, 2]");
        assertProblem(problem, 1, 1, "$", "the file must hold one JSON object { … }, not a list [ … ]");
    }

    // ---- Required fields and types

    @Test
    void aMissingRequiredFieldPointsAtItsObject() {
        Problem problem = theError("""
                {
                  "eras": [],
                  "events": []
                }
                """);
        assertProblem(problem, 1, 1, "title", "missing required field \"title\"");
    }

    @Test
    void aMissingRequiredFieldOfAnEventPointsAtTheEvent() {
        Problem problem = theError("""
                {
                  "title": "T",
                  "eras": [],
                  "events": [
                    { "id": "a", "date": "2003" }
                  ]
                }
                """);
        assertProblem(problem, 5, 5, "events[0].title", "missing required field \"title\"");
    }

    @Test
    void aBlankRequiredTextIsAnError() {
        Problem problem = theError("""
                {
                  "title": " ",
                  "eras": [], "events": []
                }
                """);
        assertProblem(problem, 2, 12, "title", "title must not be empty");
    }

    @Test
    void aWrongTypeIsNamedWithTheValueFound() {
        Problem problem = theError("""
                {
                  "title": "T", "eras": [], "events": [],
                  "series": [
                    { "id": "s", "title": "S", "style": "line", "source": { "name": "N", "url": "https://n.org/" },
                      "points": [ { "year": 2003, "value": "many" } ] }
                  ]
                }
                """);
        assertProblem(problem, 5, 44, "series[0].points[0].value", "value must be a number, not \"many\"");
    }

    @Test
    void wrongTypesOfListsObjectsAndTexts() {
        LoadResult result = read("""
                {
                  "title": 42,
                  "eras": {},
                  "events": [ "x" ]
                }
                """);
        assertEquals(3, result.errors().size(), () -> result.errors().toString());
        assertProblem(result.errors().get(0), 2, 12, "title", "title must be text, not 42");
        assertProblem(result.errors().get(1), 3, 11, "eras", "eras must be a list [ … ], not an object { … }");
        assertProblem(result.errors().get(2), 4, 15, "events[0]", "each event must be an object { … }, not \"x\"");
    }

    // ---- Dates

    @Test
    void anImpossibleDayIsExplained() {
        Problem problem = theError("""
                {
                  "title": "T", "eras": [],
                  "events": [ { "id": "a", "title": "A", "date": "2003-02-30" } ]
                }
                """);
        assertProblem(problem, 3, 50, "events[0].date",
                "\"2003-02-30\" is not a date: there is no 30 February in 2003 (February has 28 days that year)");
    }

    @Test
    void anImpossibleMonthIsExplained() {
        Problem problem = theError("""
                {
                  "title": "T", "eras": [],
                  "events": [ { "id": "a", "title": "A", "date": "2003-13" } ]
                }
                """);
        assertProblem(problem, 3, 50, "events[0].date",
                "\"2003-13\" is not a date: there is no month 13 (months run from 01 to 12)");
    }

    @Test
    void badDateSyntaxIsExplained() {
        Problem problem = theError("""
                {
                  "title": "T", "eras": [],
                  "events": [ { "id": "a", "title": "A", "date": "March 2003" } ]
                }
                """);
        assertProblem(problem, 3, 50, "events[0].date",
                "\"March 2003\" is not a date: write for example 2003-03-20, 2003-03, 2003, 753 BC, 44-03-15 BC, AD 79, c. 3500 BC, 1865-04-14T22:15 or 66 million years ago");
    }

    @Test
    void anEventEndingBeforeItStartsIsAnError() {
        Problem problem = theError("""
                {
                  "title": "T", "eras": [],
                  "events": [ { "id": "a", "title": "A", "date": "2004-12-23",
                                "end": "2004-11-01" } ]
                }
                """);
        assertProblem(problem, 4, 24, "events[0].end", "end 2004-11-01 is before the start 2004-12-23");
    }

    @Test
    void anEraEndingBeforeItStartsIsAnError() {
        Problem problem = theError("""
                {
                  "title": "T", "events": [],
                  "eras": [ { "id": "e", "title": "E", "start": "2004-12-23", "end": "2004-11", "color": "#000000" } ]
                }
                """);
        assertProblem(problem, 3, 70, "eras[0].end", "end 2004-11 is before the start 2004-12-23");
    }

    @Test
    void datesAreComparedByTheirFirstDay() {
        LoadResult result = read("""
                {
                  "title": "T", "eras": [],
                  "events": [ { "id": "a", "title": "A", "date": "2004-11-07", "end": "2004-12" },
                              { "id": "b", "title": "B", "date": "2004-11-07", "end": "2004-11" } ]
                }
                """);
        assertEquals(List.of("end 2004-11 is before the start 2004-11-07"),
                result.errors().stream().map(Problem::message).toList());
        assertEquals("events[1].end", result.errors().get(0).path());
    }

    // ---- References, ids and keys

    @Test
    void anUnknownEraIsAnError() {
        Problem problem = theError("""
                {
                  "title": "T",
                  "eras": [ { "id": "surge", "title": "Surge", "start": "2007", "end": "2008", "color": "#000000" } ],
                  "events": [ { "id": "a", "title": "A", "date": "2007", "era": "surge2" } ]
                }
                """);
        assertProblem(problem, 4, 65, "events[0].era", "era \"surge2\" is not defined in \"eras\"");
    }

    @Test
    void duplicateEventIdsNameTheFirstUse() {
        Problem problem = theError("""
                {
                  "title": "T", "eras": [],
                  "events": [
                    { "id": "fall-of-baghdad", "title": "A", "date": "2003-04-09" },
                    { "id": "fall-of-baghdad", "title": "B", "date": "2003-04-10" }
                  ]
                }
                """);
        assertProblem(problem, 5, 13, "events[1].id", "duplicate id \"fall-of-baghdad\" (first used at events[0])");
    }

    @Test
    void duplicateEraAndSeriesIdsAreErrors() {
        LoadResult result = read("""
                {
                  "title": "T", "events": [],
                  "eras": [ { "id": "e", "title": "E", "start": "2003", "end": "2004", "color": "#000000" },
                            { "id": "e", "title": "F", "start": "2005", "end": "2006", "color": "#000000" } ],
                  "series": [
                    { "id": "s", "title": "S", "style": "line", "source": { "name": "N", "url": "https://n.org/" }, "points": [] },
                    { "id": "s", "title": "S", "style": "line", "source": { "name": "N", "url": "https://n.org/" }, "points": [] }
                  ]
                }
                """);
        assertEquals(2, result.errors().size(), () -> result.errors().toString());
        assertProblem(result.errors().get(0), 4, 21, "eras[1].id", "duplicate id \"e\" (first used at eras[0])");
        assertProblem(result.errors().get(1), 7, 13, "series[1].id", "duplicate id \"s\" (first used at series[0])");
    }

    @Test
    void anIdWithSpacesIsAnError() {
        Problem problem = theError("""
                {
                  "title": "T", "eras": [],
                  "events": [ { "id": "fall of baghdad", "title": "A", "date": "2003" } ]
                }
                """);
        assertProblem(problem, 3, 23, "events[0].id",
                "id \"fall of baghdad\" may only use letters, digits, \"-\" and \"_\"");
    }

    @Test
    void aDuplicateKeyInOneObjectIsAnError() {
        Problem problem = theError("""
                {
                  "title": "T", "eras": [],
                  "events": [ { "id": "a", "title": "A", "date": "2003",
                                "title": "B" } ]
                }
                """);
        assertProblem(problem, 4, 17, "events[0].title",
                "the field \"title\" appears twice in this object (first at line 3)");
    }

    // ---- Figures

    @Test
    void aNegativeValueIsAnError() {
        Problem problem = theError(seriesWithPoints("{ \"year\": 2003, \"value\": -5 }"));
        assertProblem(problem, 4, 54, "series[0].points[0].value", "value must not be negative");
    }

    @Test
    void aValueTooLargeForANumberIsAnError() {
        Problem problem = theError(seriesWithPoints("{ \"year\": 2003, \"value\": 1e999 }"));
        assertProblem(problem, 4, 54, "series[0].points[0].value", "value is too large");
    }

    @Test
    void anExponentBeyondAnyNumberTypeIsTooLarge() {
        Problem problem = theError(seriesWithPoints("{ \"year\": 2003, \"value\": 1e9999999999 }"));
        assertProblem(problem, 4, 54, "series[0].points[0].value", "value is too large");
    }

    @Test
    void aFractionalYearIsAnError() {
        Problem problem = theError(seriesWithPoints("{ \"year\": 2003.5, \"value\": 1 }"));
        assertProblem(problem, 4, 39, "series[0].points[0].year", "year must be a whole number, not 2003.5");
    }

    @Test
    void aYearOutOfRangeIsAnError() {
        Problem problem = theError(seriesWithPoints("{ \"year\": 99999999999, \"value\": 1 }"));
        assertProblem(problem, 4, 39, "series[0].points[0].year", "year 99999999999 is out of range (1 to 9999; earlier years are written as text, for example \"500 BC\")");
    }

    @Test
    void aDuplicateYearInASeriesIsAnError() {
        Problem problem = theError(seriesWithPoints(
                "{ \"year\": 2003, \"value\": 1 }, { \"year\": 2003, \"value\": 2 }"));
        assertProblem(problem, 4, 69, "series[0].points[1].year",
                "year 2003 appears twice in this series (first at series[0].points[0])");
    }

    @Test
    void anUnknownStyleIsAnError() {
        Problem problem = theError("""
                {
                  "title": "T", "eras": [], "events": [],
                  "series": [ { "id": "s", "title": "S", "style": "pie", "source": { "name": "N", "url": "https://n.org/" },
                                "points": [] } ]
                }
                """);
        assertProblem(problem, 3, 51, "series[0].style", "style \"pie\" is not known: write \"line\" or \"bar\"");
    }

    private static String seriesWithPoints(String points) {
        return """
                {
                  "title": "T", "eras": [], "events": [],
                  "series": [ { "id": "s", "title": "S", "style": "line", "source": { "name": "N", "url": "https://n.org/" },
                                "points": [ %s ] } ]
                }
                """.formatted(points);
    }

    // ---- Colours, addresses, format

    @Test
    void aBadColourIsAnError() {
        Problem problem = theError("""
                {
                  "title": "T", "events": [],
                  "eras": [ { "id": "e", "title": "E", "start": "2003", "end": "2004", "color": "blue" } ]
                }
                """);
        assertProblem(problem, 3, 81, "eras[0].color",
                "color \"blue\" is not a colour: write # and six hexadecimal digits, such as #0072B2");
    }

    @Test
    void aSourceUrlMustBeAWebAddress() {
        LoadResult result = read("""
                {
                  "title": "T", "eras": [],
                  "events": [ { "id": "a", "title": "A", "date": "2003",
                                "sources": [ { "name": "N", "url": "ftp://example.org/" },
                                             { "name": "N", "url": "www.example.org" } ] } ]
                }
                """);
        assertEquals(2, result.errors().size(), () -> result.errors().toString());
        assertProblem(result.errors().get(0), 4, 52, "events[0].sources[0].url",
                "url \"ftp://example.org/\" is not a web address starting with http:// or https://");
        assertProblem(result.errors().get(1), 5, 52, "events[0].sources[1].url",
                "url \"www.example.org\" is not a web address starting with http:// or https://");
    }

    @Test
    void anotherFormatIsAnError() {
        Problem problem = theError("""
                {
                  "format": "timeline-explorer",
                  "title": "T", "eras": [], "events": []
                }
                """);
        assertProblem(problem, 2, 13, "format",
                "format \"timeline-explorer\" is not one Timeline Explorer reads: write \"timeline-explorer/1\"");
    }

    @Test
    void aFileFromANewerVersionSaysSoAndNothingElse() {
        LoadResult result = read("""
                {
                  "format": "timeline-explorer/2",
                  "title": "T", "eras": [], "events": [ { "id": "a", "date": "2003", "title": "A", "place": "Basra" } ],
                  "places": []
                }
                """);
        assertFalse(result.isLoaded());
        assertEquals(1, result.problems().size(), () -> "no warnings about what version 2 may add: " + result.problems());
        assertProblem(result.problems().get(0), 2, 13, "format", "this file is in version 2 of the Timeline Explorer "
                + "format, written by a newer Timeline Explorer; this one reads versions up to 1: install the newest "
                + "Timeline Explorer to open it");
    }

    @Test
    void aFileWithoutAFormatIsReadAsVersionOne() {
        assertTrue(read("{\"title\": \"T\", \"eras\": [], \"events\": []}").isLoaded());
        assertTrue(read("{\"format\": \"timeline-explorer/1\", \"title\": \"T\", \"eras\": [], \"events\": []}")
                .isLoaded());
        assertFalse(read("{\"format\": \"timeline-explorer/01\", \"title\": \"T\", \"eras\": [], \"events\": []}")
                .isLoaded());
    }

    // ---- Encoding, size and limits

    @Test
    void bytesThatAreNotUtf8AreReportedWithTheirPlace() {
        byte[] json = "{\n  \"title\": \"Caf\u00e9\"\n}".getBytes(StandardCharsets.ISO_8859_1);
        LoadResult result = READER.read(json, "latin1.json");
        assertEquals(1, result.errors().size());
        assertProblem(result.errors().get(0), 2, 16, "$",
                "the text is not valid UTF-8 at byte 17 of the file: save the file with the UTF-8 encoding");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedBeforeReading(@TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.json");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(DatasetReader.MAX_BYTES + 1L); // sparse: costs no disk and, read, would fail as JSON
        }
        LoadResult result = DatasetOpener.open(big);
        assertEquals(1, result.errors().size());
        assertProblem(result.errors().get(0), 0, 0, "$", "the file is larger than 64 MiB, the most Timeline Explorer reads");
    }

    @Test
    void aStreamIsNotReadPastTheSizeLimit() {
        CountingEndlessStream endless = new CountingEndlessStream();
        LoadResult result = READER.read(endless, "endless");
        assertEquals("the file is larger than 64 MiB, the most Timeline Explorer reads",
                result.errors().get(0).message());
        assertEquals(DatasetReader.MAX_BYTES + 1L, endless.count);
    }

    /** Spaces without end, counting what was taken. */
    private static final class CountingEndlessStream extends InputStream {
        long count;

        @Override
        public int read() {
            count++;
            return ' ';
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) ' ');
            count += length;
            return length;
        }
    }

    @Test
    void aMissingFileIsAProblemNotAnException(@TempDir Path dir) {
        LoadResult result = DatasetOpener.open(dir.resolve("nothing.json"));
        assertProblem(result.errors().get(0), 0, 0, "$", "there is no such file");
    }

    @Test
    void aFileOnDiskLoads(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("ok.json"), "{\"title\": \"T\", \"eras\": [], \"events\": []}");
        LoadResult result = DatasetOpener.open(file);
        assertTrue(result.isLoaded());
        assertEquals(file.toString(), result.source());
    }

    @Test
    void nestingDeeperThanTheLimitIsReported() {
        String deep = "{ \"title\": \"T\", \"eras\": [], \"events\": [], \"x\": " + "[".repeat(40) + "]".repeat(40) + "}";
        Problem problem = theError(deep);
        // The file's object is level 1, so the 32nd [ is level 33: at column 47 + 32.
        assertProblem(problem, 1, 79, "x" + "[0]".repeat(31),
                "the data is nested too deeply: at most 32 levels of { } and [ ]");
    }

    @Test
    void aTextLongerThanTheLimitIsReported() {
        String json = "{\n  \"title\": \"" + "x".repeat(DatasetReader.MAX_STRING_LENGTH + 1) + "\"\n}";
        Problem problem = theError(json);
        assertProblem(problem, 2, 12, "title", "a text is too long: at most 100,000 characters");
    }

    @Test
    void aTextAtTheLimitIsAccepted() {
        String json = "{\"title\": \"" + "x".repeat(DatasetReader.MAX_STRING_LENGTH) + "\", \"eras\": [], \"events\": []}";
        assertTrue(read(json).isLoaded());
    }

    @Test
    void aNumberLongerThanTheLimitIsReported() {
        Problem problem = theError(seriesWithPoints("{ \"year\": 2003, \"value\": " + "9".repeat(101) + " }"));
        assertEquals("a number is too long: at most 100 characters", problem.message());
        assertEquals(4, problem.line());
        // Jackson reads a number as it reads the field's name, so the error is placed at the name, before it is known.
        assertEquals(45, problem.column());
        assertEquals("series[0].points[0]", problem.path());
    }

    @Test
    void aFileOfTooManyValuesIsReported() {
        String json = "{\"title\": \"T\", \"eras\": [], \"events\": [], \"x\": [0"
                + ",0".repeat(DatasetReader.MAX_VALUES) + "]}";
        Problem problem = theError(json);
        assertEquals("the file holds too many values: at most 4,000,000", problem.message());
        assertEquals(1, problem.line());
        assertTrue(problem.column() > 1, "at the value that is one too many");
        assertTrue(problem.path().startsWith("x["), problem.path());
    }

    @Test
    void onlyTheFirstThousandProblemsAreListed() {
        LoadResult result = read("{\"title\": \"T\", \"eras\": [], \"events\": [0" + ",0".repeat(1_500) + "]}");
        assertFalse(result.isLoaded());
        assertEquals(ProblemList.MAX_LISTED + 1, result.problems().size());
        assertEquals("there are more problems than the 1,000 listed: fix these and read the file again",
                result.problems().get(0).message());
    }

    @Test
    void anErrorLeftOutOfTheListStillKeepsTheFileClosed() {
        StringBuilder json = new StringBuilder("{\"title\": \"T\", \"eras\": [], \"events\": []");
        for (int i = 0; i < ProblemList.MAX_LISTED; i++) {
            json.append(", \"unknown").append(i).append("\": 0");
        }
        json.append(", \"format\": \"other\"}");
        LoadResult result = read(json.toString());
        assertFalse(result.isLoaded());
        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).message().startsWith("there are more problems than the 1,000 listed"));
    }

    // ---- All problems at once, and their formatting

    @Test
    void everyProblemIsReportedInOnePassInFileOrder() {
        LoadResult result = read("""
                {
                  "title": "",
                  "eras": [ { "id": "e", "title": "E", "start": "2003", "end": "2004", "color": "#00000" } ],
                  "events": [
                    { "id": "a", "title": "A", "date": "2003-02-30", "era": "nope", "extra": 1 },
                    { "id": "a", "title": "B", "date": "2003" }
                  ]
                }
                """);
        assertFalse(result.isLoaded());
        assertEquals(List.of(
                "title must not be empty",
                "color \"#00000\" is not a colour: write # and six hexadecimal digits, such as #0072B2",
                "\"2003-02-30\" is not a date: there is no 30 February in 2003 (February has 28 days that year)",
                "era \"nope\" is not defined in \"eras\"",
                "the field \"extra\" is not known to Timeline Explorer; it is kept as it is",
                "duplicate id \"a\" (first used at events[0])"),
                result.problems().stream().map(Problem::message).toList());
        assertEquals(1, result.warnings().size());
    }

    @Test
    void aProblemFormatsAsFileLineColumnPathMessage() {
        Problem problem = new Problem(Problem.Severity.ERROR, 12, 5, "events[3].title", "missing required field \"title\"");
        assertEquals("my.json:12:5: events[3].title: missing required field \"title\"", problem.format("my.json"));
    }

    @Test
    void oddFieldNamesAreQuotedInPaths() {
        LoadResult result = read("""
                {"title": "T", "eras": [], "events": [], "odd name": 1}
                """);
        assertEquals("[\"odd name\"]", result.warnings().get(0).path());
    }
}
