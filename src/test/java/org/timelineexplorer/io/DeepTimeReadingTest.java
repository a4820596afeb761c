package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The native format with BC years, deep time, times of day, an era style and display texts. */
class DeepTimeReadingTest {

    private static final DatasetReader READER = new DatasetReader();

    private static LoadResult read(String json) {
        return READER.read(json.getBytes(StandardCharsets.UTF_8), "deep.json");
    }

    private static Dataset loaded(String json) {
        LoadResult result = read(json);
        assertEquals(List.of(), result.problems());
        return result.dataset().orElseThrow();
    }

    @Test
    void everyDateFormOpensInEventsErasAndSeries() {
        Dataset dataset = loaded("""
                {
                  "title": "Deep",
                  "eras": [
                    { "id": "cosmos", "title": "Cosmos", "start": "13.8 billion years ago", "end": "4.54 billion years ago", "color": "#0072B2" },
                    { "id": "rome", "title": "Rome", "start": "753 BC", "end": "AD 476", "color": "#E69F00" }
                  ],
                  "events": [
                    { "id": "big-bang", "date": "13.8 billion years ago", "title": "Big Bang", "era": "cosmos" },
                    { "id": "dinosaurs", "date": "66 million years ago", "title": "The dinosaurs die out" },
                    { "id": "uruk", "date": "c. 3500 BC", "title": "Uruk" },
                    { "id": "caesar", "date": "44-03-15 BC", "title": "Caesar is killed", "era": "rome" },
                    { "id": "baghdad", "date": "762-07-30", "title": "Baghdad is founded" },
                    { "id": "lincoln", "date": "1865-04-14T22:15", "title": "Lincoln is shot", "display": "Good Friday 1865" },
                    { "id": "strike", "date": "2020-01-03T00:52+03:00", "title": "The strike at Baghdad airport" }
                  ],
                  "series": [
                    { "id": "people", "title": "People", "style": "line", "source": { "name": "N", "url": "https://n.org/" },
                      "points": [ { "year": "1000 BC", "value": 50 }, { "year": "AD 1", "value": 300 }, { "year": 1000, "value": 310 } ] }
                  ]
                }
                """);
        assertEquals(List.of("big-bang", "dinosaurs", "uruk", "caesar", "baghdad", "lincoln", "strike"),
                dataset.events().stream().map(TimelineEvent::id).toList());
        assertEquals("c. 3500 BC", dataset.event("uruk").orElseThrow().formatDate(Locale.ENGLISH));
        assertEquals("Good Friday 1865", dataset.event("lincoln").orElseThrow().formatDate(Locale.ENGLISH));
        assertEquals("3 January 2020, 00:52", dataset.event("strike").orElseThrow().formatDate(Locale.ENGLISH));
        assertEquals(List.of(-1000, 1, 1000), dataset.series().get(0).points().stream().map(FigurePoint::year).toList());
        assertTrue(dataset.span().start() < HistoricalDate.parse("13 billion years ago").startDay());
        assertEquals(EraStyle.BC_AD, dataset.eraStyle());
    }

    @Test
    void aFileMayAskForBceAndCe() {
        Dataset dataset = loaded("""
                { "title": "T", "eraStyle": "BCE/CE", "eras": [],
                  "events": [ { "id": "a", "date": "44 BC", "title": "A" } ] }
                """);
        assertEquals(EraStyle.BCE_CE, dataset.eraStyle());
        assertEquals("44 BCE", dataset.events().get(0).formatDate(Locale.ENGLISH, dataset.eraStyle()));
    }

    @Test
    void nonsenseIsRefusedWithItsPlaceAndHowToWriteIt() {
        assertError("""
                { "title": "T", "eras": [],
                  "events": [ { "id": "a", "date": "-0044", "title": "A" } ] }
                """, 2, 36, "events[0].date", "\"-0044\" is not a date: a minus sign before the year is ISO 8601’s "
                + "year numbering, in which -0044 is 45 BC; write \"45 BC\"");
        assertError("""
                { "title": "T", "eras": [],
                  "events": [ { "id": "a", "date": "0 BC", "title": "A" } ] }
                """, 2, 36, "events[0].date", "\"0 BC\" is not a date: there is no year 0: 1 BC is followed by AD 1");
        assertError("""
                { "title": "T", "eras": [ { "id": "e", "title": "E", "start": "13.8 billion years ago-03",
                  "end": "2000", "color": "#0072B2" } ], "events": [] }
                """, 1, 63, "eras[0].start", "\"13.8 billion years ago-03\" is not a date: a date counted in years ago "
                + "has no month, day or time: write \"13.8 billion years ago\"");
        assertError("""
                { "title": "T", "eraStyle": "BC", "eras": [], "events": [] }
                """, 1, 29, "eraStyle", "eraStyle \"BC\" is not one the app knows: write \"BC/AD\" (44 BC, the default) "
                + "or \"BCE/CE\" (44 BCE)");
        assertError("""
                { "title": "T", "eras": [], "events": [], "series": [ { "id": "s", "title": "S", "style": "line",
                  "source": { "name": "N", "url": "https://n.org/" }, "points": [ { "year": -500, "value": 1 } ] } ] }
                """, 2, 77, "series[0].points[0].year", "year -500 is not a year of the calendar (there is no year 0, "
                + "and a minus sign is read differently by different programs): write a year before AD 1 as text, for "
                + "example \"500 BC\"");
    }

    @Test
    void anEndBeforeItsStartIsFoundAcrossTheEras() {
        LoadResult result = read("""
                { "title": "T", "eras": [],
                  "events": [ { "id": "a", "date": "AD 10", "end": "10 BC", "title": "A" } ] }
                """);
        assertFalse(result.isLoaded());
        assertEquals("end 10 BC is before the start 0010", result.errors().get(0).message());
    }

    @Test
    void theDeepTimeTestFileOpensAndFollowsTheSchema() throws IOException {
        byte[] file;
        JsonSchema schema;
        try (InputStream in = DeepTimeReadingTest.class.getResourceAsStream("/org/timelineexplorer/deep-time.json");
             InputStream schemaIn = DeepTimeReadingTest.class.getResourceAsStream("/data/timeline-dataset.schema.json")) {
            file = in.readAllBytes();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new ObjectMapper().readTree(schemaIn));
        }
        assertEquals(Set.of(), schema.validate(new ObjectMapper().readTree(file)));
        LoadResult result = READER.read(file, "deep-time.json");
        assertEquals(List.of(), result.problems());
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("big-bang", dataset.events().get(0).id());
        assertEquals("strike-reported", dataset.events().get(dataset.events().size() - 1).id());
        // Each date written back reads as the same date, so a file saved by the app opens as it was written.
        for (TimelineEvent event : dataset.events()) {
            assertEquals(event.start(), HistoricalDate.parse(event.start().toIsoString()));
        }
        // The schema refuses what the app refuses, so an editor underlines it as the teacher types.
        ObjectNode bad = (ObjectNode) new ObjectMapper().readTree(file);
        ((ObjectNode) bad.withArray("events").get(0)).put("date", "-0044");
        assertFalse(schema.validate(bad).isEmpty());
    }

    private static void assertError(String json, int line, int column, String path, String message) {
        LoadResult result = read(json);
        assertFalse(result.isLoaded());
        assertEquals(1, result.errors().size(), () -> "errors: " + result.errors());
        Problem problem = result.errors().get(0);
        assertEquals(message, problem.message());
        assertEquals(path, problem.path());
        assertEquals(line, problem.line(), "line");
        assertEquals(column, problem.column(), "column");
    }
}
