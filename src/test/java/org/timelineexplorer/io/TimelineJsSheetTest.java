package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Spreadsheets in TimelineJS's Google Sheets template layout, good and bad. */
class TimelineJsSheetTest {

    private static LoadResult read(byte[] bytes) {
        return new DatasetReader().read(bytes, "sheet.csv");
    }

    private static LoadResult read(String csv) {
        return read(csv.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] template() {
        try (InputStream in = TimelineJsSheetTest.class.getResourceAsStream("timelinejs-template.csv")) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> placed(LoadResult result) {
        return result.problems().stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    void theTemplateWithEveryColumnOpens() {
        LoadResult result = read(template());
        assertTrue(result.errors().isEmpty(), placed(result).toString());
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("The Space Race", dataset.title());
        assertEquals("From Sputnik to the Moon.", dataset.summary());
        assertEquals(1, dataset.eras().size());
        assertEquals("The race to orbit", dataset.eras().get(0).title());
        assertEquals("1961-04-12", dataset.eras().get(0).end().toIsoString());

        TimelineEvent sumer = dataset.events().get(0);
        assertEquals(HistoricalDate.ofYear(-3000), sumer.start());
        assertEquals(List.of(), sumer.sources());

        TimelineEvent sputnik = dataset.event("sputnik-1-reaches-orbit-1").orElseThrow();
        assertEquals("1957-10-04T19:28", sputnik.start().toIsoString());
        assertEquals("The Soviet Union launches the first satellite, PS-1.", sputnik.text());
        assertEquals("science", sputnik.category());
        assertEquals("NASA", sputnik.sources().get(0).name());
        assertEquals("https://www.nasa.gov/history/", sputnik.sources().get(0).url().toString());
        assertEquals(dataset.eras().get(0).id(), sputnik.eraId());

        TimelineEvent gagarin = dataset.events().stream().filter(e -> e.title().startsWith("Gagarin")).findFirst()
                .orElseThrow();
        assertEquals("1961-04-12T09:07", gagarin.start().toIsoString());
        assertEquals("1961-04-12T10:55", gagarin.end().toIsoString());
        assertEquals("One orbit,\n108 minutes.", gagarin.text());
        assertEquals("people", gagarin.category());

        TimelineEvent apollo = dataset.events().get(dataset.events().size() - 1);
        assertEquals("Summer 1969", apollo.display());
        assertEquals(DatePrecision.MINUTE, apollo.start().precision());
        assertNull(apollo.eraId());

        List<String> warnings = result.warnings().stream().map(Problem::path).toList();
        assertEquals(List.of("row 4, Alt Text", "row 4, Background", "row 4, Media Caption", "row 4, Media Thumbnail",
                "row 7, Media"), warnings);
    }

    @Test
    void aSemicolonFileWithABomAndColumnsInAnotherOrderOpens() {
        String csv = "\uFEFFHeadline;Year;Month;Day;Group;Tag;Extra\n"
                + "\"Semicolons; and commas, inside\";1789;7;14;;revolution;x\n"
                + "Ancient;-44;3;15;;;\n"
                + "\"Two\r\nlines\";1800;;;;;\n"
                + "After;1900;;;;;\n";
        LoadResult result = read(csv);
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals("sheet", dataset.title());
        assertEquals("44-03-15 BC", dataset.events().get(0).start().toIsoString());
        TimelineEvent bastille = dataset.events().get(1);
        assertEquals("Semicolons; and commas, inside", bastille.title());
        assertEquals("revolution", bastille.category());
        assertEquals("Two\nlines", dataset.events().get(2).title());
        assertEquals("After", dataset.events().get(3).title());
        assertEquals(List.of("row 1: columns TimelineJS does not know are ignored: Extra"), placed(result));
    }

    @Test
    void theOlderTemplatesStartAndEndDatesOpen() {
        Dataset dataset = read("Start Date,End Date,Headline,Text,Tag\n"
                + "\"2003,3,20\",5/1/2003,Invasion,,war\n").dataset().orElseThrow();
        TimelineEvent invasion = dataset.events().get(0);
        assertEquals("2003-03-20", invasion.start().toIsoString());
        assertEquals("2003-05-01", invasion.end().toIsoString());
        assertEquals("war", invasion.category());
    }

    @Test
    void aFileInWindows1252OpensWithAWarning() {
        byte[] bytes = "Year,Headline\n1830,Révolution de Juillet\n".getBytes(Charset.forName("windows-1252"));
        LoadResult result = read(bytes);
        assertEquals("Révolution de Juillet", result.dataset().orElseThrow().events().get(0).title());
        assertEquals(1, result.warnings().size());
        assertTrue(result.warnings().get(0).message().contains("Windows-1252"), placed(result).toString());
    }

    @Test
    void badCellsAreNamedByRowAndColumn() {
        LoadResult result = read("""
                Year,Month,Day,End Year,Headline
                2003,2,31,,Not a day
                2003,,,2001,Ends before
                ,,,,
                abc,,,,Unknown year
                2004,,,,
                0,,,,Year zero
                2005,13,,,Month 13
                """);
        assertFalse(result.isLoaded());
        assertEquals(List.of(
                "row 2, Day: there is no 31 February in 2003 (February has 28 days that year)",
                "row 3, End Year: the end 2001 is before the start 2003",
                "row 5, Year: \"abc\" is not a date: write for example 2003-03-20, 2003-03, 2003, 753 BC, "
                        + "44-03-15 BC, AD 79, c. 3500 BC, 1865-04-14T22:15 or 66 million years ago",
                "row 6, Headline: the event has no headline, which names it on the timeline",
                "row 7, Year: there is no year 0: 1 BC is followed by AD 1",
                "row 8, Month: there is no month 13 (months run from 01 to 12)"), placed(result));
        assertEquals(5, result.errors().get(2).line());
    }

    @Test
    void aRaggedRowAndAMissingColumnAreReported() {
        assertEquals(List.of("row 3: the row has 4 cells and the header 2: a cell that holds a separator (, or ;) "
                        + "must be in quotes"),
                placed(read("Year,Headline\n2001,Fine\n2002,Paris, Texas,USA\n")));
        assertEquals(List.of("row 1: columns TimelineJS does not know are ignored: Title",
                "row 1: the header needs the columns \"Headline\": the first row names the columns, "
                + "as in TimelineJS's template"), placed(read("Year,Title\n2001,Fine\n")));
    }

    @Test
    void aTenMegabyteCellIsRefusedWithItsPlace() {
        String huge = "x".repeat(10 * 1024 * 1024);
        LoadResult result = read("Year,Headline,Text\n2001,Fine,\"" + huge + "\"\n");
        assertEquals(List.of("row 2, Text: the cell holds 10,485,760 characters, more than the 100,000 a cell may "
                + "hold"), placed(result));
    }

    @Test
    void aBinaryFileRenamedCsvIsNotASpreadsheet() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        LoadResult result = read(png);
        assertFalse(result.isLoaded());
        assertTrue(result.errors().get(0).message().startsWith("this is not a spreadsheet saved as text"),
                placed(result).toString());
    }

    @Test
    void anEmptyFileAndBrokenQuotesAreReported() {
        assertEquals(List.of("$: the file is empty: a spreadsheet needs a header row naming its columns"),
                placed(read("")));
        LoadResult broken = read("Year,Headline\n2001,\"never closed\n2002,Next\n");
        assertFalse(broken.isLoaded());
        assertTrue(broken.errors().get(0).path().startsWith("row 2"), placed(broken).toString());
    }
}
