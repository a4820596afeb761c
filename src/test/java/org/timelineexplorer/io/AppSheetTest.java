package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.model.TimelineEvent;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The app's own spreadsheet layout: native → CSV → native keeps every field, and a teacher's edits read back. */
class AppSheetTest {

    private static LoadResult read(String csv) {
        return new DatasetReader().read(csv.getBytes(StandardCharsets.UTF_8), "edited.csv");
    }

    @Test
    void nativeToSpreadsheetToNativeKeepsEveryField() {
        Dataset original = EveryField.dataset();
        byte[] csv = AppSheet.bytes(original);
        Dataset again = EveryField.read(csv, "every-field.csv");
        assertEquals(withoutEmptyNotes(original), again);
        assertArrayEquals(csv, AppSheet.bytes(again));
        assertArrayEquals(NativeJson.bytes(withoutEmptyNotes(original)), NativeJson.bytes(again));
    }

    @Test
    void theBundledDatasetTravelsThroughASpreadsheet() {
        Dataset bundled = new DatasetReader().readBundled().dataset().orElseThrow();
        assertEquals(withoutEmptyNotes(bundled), EveryField.read(AppSheet.bytes(bundled), "bundled.csv"));
    }

    /**
     * The app's layout repeats the source and place columns for the event that has most of them, so a large timeline
     * is mostly empty cells: 100,000 events of the bundled kind are over four million cells, and still open.
     */
    @Test
    void aHundredThousandEventsTravelThroughTheAppsOwnSpreadsheet() {
        Dataset bundled = new DatasetReader().readBundled().dataset().orElseThrow();
        List<TimelineEvent> many = new java.util.ArrayList<>();
        for (int i = 0; many.size() < 100_000; i++) {
            TimelineEvent event = bundled.events().get(i % bundled.events().size());
            // A line of text each, so that the file stays well under the 64 MiB a file may have.
            many.add(new TimelineEvent(event.id() + "-" + i, event.start(), event.end(), event.title(),
                    event.text().substring(0, Math.min(80, event.text().length())), event.category(), event.eraId(),
                    event.sources(), event.note(), event.display(), event.places(), event.picture(), event.extras()));
        }
        Dataset large = new Dataset(bundled.title(), bundled.summary(), bundled.credit(), bundled.eras(), many,
                bundled.series(), bundled.eraStyle(), bundled.extras());
        byte[] csv = AppSheet.bytes(large);
        String header = new String(csv, 3, 20_000, StandardCharsets.UTF_8).lines().findFirst().orElseThrow();
        long columns = header.chars().filter(c -> c == ',').count() + 1;
        assertTrue(columns * 100_000 > DatasetReader.MAX_VALUES, columns + " columns: more cells than values allowed");

        LoadResult again = new DatasetReader().read(csv, "large.csv");
        assertEquals(List.of(), again.problems().stream().filter(Problem::isError).toList());
        assertEquals(100_000, again.dataset().orElseThrow().events().size());
    }

    @Test
    void datesAreInSeparateCellsWithBcAndCircaInTheYear() {
        String csv = new String(AppSheet.bytes(EveryField.dataset()), StandardCharsets.UTF_8);
        assertTrue(csv.contains("\"In the <b>theatre</b> of Pompey, \"\"at the foot\"\" of a statue.\""), csv);
        assertTrue(csv.startsWith("\uFEFFRow type,ID,Year,Month,Day,Time,End Year,"), csv);
        assertTrue(csv.contains("\r\nevent,caesar,44 BC,3,15,,c. 44 BC,3,16,,The Ides of March,Caesar is killed,"), csv);
        assertTrue(csv.contains("\r\nevent,soleimani,2020,1,3,00:52+03:00,,"), csv);
        assertTrue(csv.contains("\r\nevent,dinosaurs,66 million years ago,,,,"), csv);
        assertTrue(csv.contains("\r\npoint,,500 BC,"), csv);
        assertTrue(csv.contains("Source 4,Source 4 URL"), csv);
    }

    @Test
    void aTeachersRowsWithoutIdsOrColoursOpenInAnyColumnOrder() {
        Dataset dataset = read("""
                Title,Row type,Year,Month,Day,End Year
                My lesson,title,,,,
                The war,era,1939,,,1945
                Invasion of Poland,event,1939,9,1,
                """).dataset().orElseThrow();
        assertEquals("My lesson", dataset.title());
        assertEquals("the-war-3", dataset.eras().get(0).id());
        assertEquals("#0072B2", dataset.eras().get(0).color());
        TimelineEvent event = dataset.events().get(0);
        assertEquals("invasion-of-poland-4", event.id());
        assertEquals("1939-09-01", event.start().toIsoString());
    }

    @Test
    void aSheetSortedByYearWithErasAmongTheEventsOpensTheSame() {
        Dataset dataset = read("""
                Row type,ID,Title,Year,End Year,Era
                title,,Sorted,,,
                event,a,First,1939,,war
                era,war,The war,1939,1945,
                event,b,Second,1944,,war
                event,c,Third,1944,,peace
                """).dataset().orElse(null);
        assertEquals(null, dataset, "era \"peace\" is not defined");
        LoadResult result = read("""
                Row type,ID,Title,Year,End Year,Era
                title,,Sorted,,,
                event,a,First,1939,,war
                era,war,The war,1939,1945,
                event,b,Second,1944,,war
                """);
        Dataset sorted = result.dataset().orElseThrow(() -> new AssertionError(result.problems()));
        assertEquals(List.of("war", "war"), sorted.events().stream().map(TimelineEvent::eraId).toList());
        LoadResult wrong = read("""
                Row type,ID,Title,Year,End Year,Era
                title,,Sorted,,,
                event,a,First,1939,,war
                era,war,The war,1939,1945,
                event,c,Third,1944,,peace
                """);
        assertEquals(List.of("row 5, Era: era \"peace\" is not defined in \"eras\""),
                wrong.problems().stream().map(p -> p.path() + ": " + p.message()).toList());
    }

    @Test
    void theNativeRulesHoldAndTheirProblemsNameRowAndColumn() {
        LoadResult result = read("""
                Row type,ID,Title,Year,Month,Day,Era,Color,Source,Source URL
                title,,Lesson,,,,,,,
                era,e1,Era,2000,,,,blue,,
                event,a,First,2001,2,30,,,,
                event,b,Second,2002,,,nowhere,,Paper,ftp://x
                """);
        assertFalse(result.isLoaded());
        List<String> messages = result.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
        assertTrue(messages.contains("row 3, End Year: missing required field \"end\"")
                || messages.stream().anyMatch(m -> m.startsWith("row 3, End Year")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("row 3, Color: color \"blue\"")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("row 4, Day: there is no 30 February")),
                messages.toString());
    }

    @Test
    void aSecondRowOfTheLaterLinesIsNamedForEachProblem() {
        LoadResult result = read("""
                Row type,ID,Title,Year
                title,,Lesson,
                event,a,First,2001
                event,b,Second,2002
                event,c,Third,
                event,d,,2004
                """);
        List<String> places = result.errors().stream().map(Problem::path).toList();
        assertEquals(List.of("row 5, Year", "row 6, Title"), places);
        assertEquals(List.of("row 3, Title", "row 3, Era style"), read("""
                Row type,ID,Title,Year,Era style
                event,a,First,2001,
                title,,,,BC
                """).errors().stream().map(Problem::path).toList());
        assertEquals(5, result.errors().get(0).line());
    }

    @Test
    void theBundledEstimatesAndAnnouncedLevelsAreRowsAndCellsOfTheSheet() {
        Dataset bundled = new DatasetReader().readBundled().dataset().orElseThrow();
        String csv = new String(AppSheet.bytes(bundled), StandardCharsets.UTF_8);
        long estimates = bundled.series().stream().mapToLong(s -> s.estimates().size()).sum();
        assertTrue(estimates > 0 && bundled.series().stream().anyMatch(FigureSeries::hasAnnouncedPoints));
        assertEquals(estimates, csv.lines().filter(line -> line.startsWith("estimate,")).count(), csv);
        assertTrue(csv.lines().anyMatch(line -> line.startsWith("point,") && line.contains(",yes,")), csv);
    }

    @Test
    void anEstimateRowWithABadValueOrNoMethodIsToldByRowAndColumn() {
        String header = "Row type,ID,Title,Year,Month,End Year,End Month,Series,Value,Low,High,Method,Source,"
                + "Source URL,Unit,Chart style,Announced\n"
                + "title,,Lesson,,,,,,,,,,,,,,\n"
                + "series,deaths,Deaths,,,,,,,,,,Counter,https://example.org/c,people,bar,\n";
        LoadResult badValue = read(header
                + "estimate,survey,A survey,2003,3,2006,6,deaths,about 150k,,,Asked households.,Paper,"
                + "https://example.org/p,,,\n");
        assertEquals(List.of("row 4, Value: \"about 150k\" is not a number"),
                badValue.errors().stream().map(p -> p.path() + ": " + p.message()).toList());
        LoadResult noMethod = read(header
                + "point,,,2004,,,,deaths,10,,,,,,,,maybe\n"
                + "estimate,survey,A survey,2003,3,2006,6,deaths,151000,104000,223000,,Paper,"
                + "https://example.org/p,,,\n");
        assertFalse(noMethod.isLoaded());
        List<String> places = noMethod.errors().stream().map(Problem::path).toList();
        assertEquals(List.of("row 4, Announced", "row 5, Method"), places,
                noMethod.errors().toString());
        Dataset fixed = read(header + "estimate,survey,A survey,2003,3,2006,6,deaths,\"151,000\",104000,223000,"
                + "Asked households.,Paper,https://example.org/p,,,\n").dataset().orElseThrow();
        assertEquals(151000, fixed.series().get(0).estimates().get(0).value());
        assertEquals("2006-06", fixed.series().get(0).estimates().get(0).end().toIsoString());
    }

    @Test
    void aBadLatitudeCellIsToldByRowAndColumnAndEmptyPlaceCellsAreNoPlace() {
        String header = "Row type,ID,Title,Year,Place,Place Lat,Place Lon,Place 2,Place 2 Lat,Place 2 Lon\n"
                + "title,,Lesson,,,,,,,\n";
        LoadResult bad = read(header
                + "event,a,First,2001,Fallujah,north,43.78,,,\n"
                + "event,b,Second,2002,Baghdad,95,44.4,,,\n"
                + "event,c,Third,2003,,,,Basra,,47.8\n");
        assertFalse(bad.isLoaded());
        assertEquals(List.of("row 3, Place Lat", "row 4, Place Lat", "row 5, Place 2 Lat"),
                bad.errors().stream().map(Problem::path).toList(), bad.errors().toString());
        assertEquals("\"north\" is not a number", bad.errors().get(0).message());
        Dataset fixed = read(header
                + "event,a,First,2001,Fallujah,33.35,43.78,,,\n"
                + "event,b,Second,2002,,,,,,\n").dataset().orElseThrow();
        assertEquals(List.of(new Place("Fallujah", 33.35, 43.78)), fixed.events().get(0).places());
        assertEquals(List.of(), fixed.events().get(1).places());
        String written = new String(AppSheet.bytes(fixed), StandardCharsets.UTF_8);
        assertTrue(written.lines().anyMatch(line -> line.startsWith("event,") && line.endsWith(",Fallujah,33.35,43.78")),
                written);
    }

    @Test
    void theQuickDateTextIsTheDatesOwn() {
        for (String written : List.of("2003", "2003-03", "2003-03-20", "1000-01-01", "9999-12-31", "0999-12-31",
                "c. 2003", "44-03-15 BC", "1865-04-14T22:15", "66 million years ago")) {
            org.timelineexplorer.model.HistoricalDate date = org.timelineexplorer.model.HistoricalDate.parse(written);
            assertEquals(date.toIsoString(), SheetDate.isoText(date), written);
        }
    }

    /** A spreadsheet cell cannot tell an empty note from none: both come back as none. */
    static Dataset withoutEmptyNotes(Dataset d) {
        List<TimelineEvent> events = d.events().stream().map(e -> e.note() == null || !e.note().isEmpty() ? e
                : new TimelineEvent(e.id(), e.start(), e.end(), e.title(), e.text(), e.category(), e.eraId(),
                e.sources(), null, e.display(), e.places())).toList();
        List<FigureSeries> series = d.series().stream().map(s -> new FigureSeries(s.id(), s.title(), s.unit(),
                s.style(), s.source(), s.points().stream().map(p -> p.note() == null || !p.note().isEmpty() ? p
                : new FigurePoint(p.year(), p.value(), null, p.highlighted(), p.announced())).toList(),
                s.estimates())).toList();
        return new Dataset(d.title(), d.summary(), d.credit(), d.eras(), events, series, d.eraStyle(), d.extras(),
                d.language(), d.translations());
    }
}
