package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A series' estimates: read into the model, and each broken rule reported at its path. */
class EstimateReaderTest {

    private static final String SOURCE = "\"source\": { \"name\": \"NEJM\", \"url\": \"https://www.nejm.org/x\" }";

    /** A file with one series whose one estimate has the given fields. */
    private static LoadResult read(String estimateFields) {
        String json = """
                { "title": "T", "eras": [], "events": [],
                  "series": [ { "id": "deaths", "title": "Deaths", "style": "bar",
                    "source": { "name": "IBC", "url": "https://www.iraqbodycount.org/" },
                    "points": [ { "year": 2003, "value": 12133 } ],
                    "estimates": [ { %s } ] } ] }
                """.formatted(estimateFields);
        return new DatasetReader().read(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    private static Problem theError(String estimateFields) {
        LoadResult result = read(estimateFields);
        assertFalse(result.isLoaded());
        assertEquals(1, result.errors().size(), () -> "errors: " + result.errors());
        return result.errors().get(0);
    }

    @Test
    void anEstimateWithARangeLoadsIntoItsSeries() {
        LoadResult result = read("""
                "id": "ifhs", "title": "Iraq Family Health Survey", "value": 151000, "low": 104000, "high": 223000,
                "start": "2003-03", "end": "2006-06", "counts": "violent deaths",
                "method": "A household survey.", %s, "note": "Three times IBC's count." """.formatted(SOURCE));
        assertTrue(result.isLoaded(), () -> "problems: " + result.errors());
        FigureSeries series = result.dataset().orElseThrow().series().get(0);
        Estimate estimate = series.estimates().get(0);
        assertEquals(151000, estimate.value());
        assertEquals(104000, estimate.low());
        assertEquals(223000, estimate.high());
        assertEquals(HistoricalDate.ofMonth(2006, 6), estimate.end());
        assertEquals("violent deaths", estimate.counts());
        assertEquals("A household survey.", estimate.method());
        assertEquals("NEJM", estimate.source().name());
        assertEquals("Three times IBC's count.", estimate.noteText().orElseThrow());
    }

    @Test
    void aSingleFigureNeedsNoRange() {
        LoadResult result = read("""
                "id": "plos", "title": "PLOS", "value": 461000, "start": "2003-03", "end": "2011-06",
                "method": "A household survey.", %s""".formatted(SOURCE));
        Estimate estimate = result.dataset().orElseThrow().series().get(0).estimates().get(0);
        assertFalse(estimate.hasRange());
        assertNull(estimate.low());
        assertEquals(461000, estimate.highest());
    }

    @Test
    void aSeriesWithoutEstimatesHasNone() {
        String json = """
                { "title": "T", "eras": [], "events": [], "series": [ { "id": "s", "title": "S", "style": "bar",
                  "source": { "name": "IBC", "url": "https://www.iraqbodycount.org/" },
                  "points": [ { "year": 2003, "value": 1 } ] } ] }""";
        LoadResult result = new DatasetReader().read(json.getBytes(StandardCharsets.UTF_8), "test.json");
        assertEquals(List.of(), result.dataset().orElseThrow().series().get(0).estimates());
    }

    @Test
    void anEstimateWithoutAMethodDoesNotOpen() {
        Problem problem = theError("""
                "id": "orb", "title": "ORB", "value": 1033000, "start": "2003-03", "end": "2007-08", %s"""
                .formatted(SOURCE));
        assertEquals("series[0].estimates[0].method", problem.path());
        assertEquals("missing required field \"method\"", problem.message());
        assertEquals(5, problem.line(), "the line of the estimate that lacks it");
    }

    @Test
    void anEstimateWithoutASourceDoesNotOpen() {
        Problem problem = theError("""
                "id": "orb", "title": "ORB", "value": 1033000, "start": "2003-03", "end": "2007-08",
                "method": "A poll." """);
        assertEquals("series[0].estimates[0].source", problem.path());
        assertEquals("missing required field \"source\"", problem.message());
    }

    @Test
    void aRangeNeedsBothEnds() {
        Problem problem = theError("""
                "id": "x", "title": "X", "value": 10, "low": 5, "start": "2003", "end": "2004",
                "method": "M.", %s""".formatted(SOURCE));
        assertEquals("series[0].estimates[0].low", problem.path());
        assertTrue(problem.message().startsWith("a range needs both \"low\" and \"high\""), problem.message());
    }

    @Test
    void theValueMustLieInItsRange() {
        Problem problem = theError("""
                "id": "x", "title": "X", "value": 300, "low": 100, "high": 200, "start": "2003", "end": "2004",
                "method": "M.", %s""".formatted(SOURCE));
        assertEquals("series[0].estimates[0].value", problem.path());
        assertEquals("value 300 lies outside its range 100 to 200", problem.message());
    }

    @Test
    void anEstimateMustNotEndBeforeItStarts() {
        Problem problem = theError("""
                "id": "x", "title": "X", "value": 3, "start": "2006-06", "end": "2003-03",
                "method": "M.", %s""".formatted(SOURCE));
        assertEquals("series[0].estimates[0].end", problem.path());
        assertEquals("end 2003-03 is before the start 2006-06", problem.message());
    }

    @Test
    void aNegativeValueIsAnError() {
        Problem problem = theError("""
                "id": "x", "title": "X", "value": -3, "start": "2003", "end": "2004", "method": "M.", %s"""
                .formatted(SOURCE));
        assertEquals("series[0].estimates[0].value", problem.path());
        assertEquals("value must be a number that is not negative, not -3", problem.message());
    }
}
