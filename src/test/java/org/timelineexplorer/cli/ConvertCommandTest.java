package org.timelineexplorer.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.io.DatasetOpener;
import org.timelineexplorer.model.Dataset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timelineexplorer.cli.CommandLineTest.BUNDLED;
import static org.timelineexplorer.cli.CommandLineTest.run;

/** {@code convert IN OUT}: from any format the app reads to its JSON or its spreadsheet, with validate's exit codes. */
class ConvertCommandTest {

    @Test
    void jsonToSpreadsheetAndBackGivesTheSameDataset(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("lesson.csv");
        CommandLineTest.Run toCsv = run("convert", BUNDLED.toString(), csv.toString());
        assertEquals(0, toCsv.code(), toCsv.toString());
        assertTrue(toCsv.out().matches("(?s)wrote .*lesson.csv: \\d+ events, 8 eras, 3 series\\R"), toCsv.out());
        Path json = dir.resolve("lesson.json");
        CommandLineTest.Run toJson = run("convert", csv.toString(), json.toString());
        assertEquals(0, toJson.code(), toJson.toString());
        Dataset original = DatasetOpener.open(BUNDLED).dataset().orElseThrow();
        assertEquals(original, DatasetOpener.open(json).dataset().orElseThrow());

        // Converting again over the same file keeps the old one, and writes the same bytes.
        byte[] first = Files.readAllBytes(json);
        assertEquals(0, run("convert", csv.toString(), json.toString()).code());
        assertArrayEquals(first, Files.readAllBytes(json));
        assertArrayEquals(first, Files.readAllBytes(dir.resolve("lesson.json.bak")));
    }

    @Test
    void aTimelineJsSpreadsheetBecomesNativeJson(@TempDir Path dir) throws Exception {
        Path sheet = Path.of(getClass().getResource("/org/timelineexplorer/io/timelinejs-template.csv").toURI());
        Path json = dir.resolve("space.json");
        CommandLineTest.Run run = run("convert", sheet.toString(), json.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains(":7: row 7, Media: warning: only web links"), run.out());
        assertTrue(Files.readString(json).startsWith("{\n  \"format\": \"timeline-explorer/1\",\n  \"title\": "
                + "\"The Space Race\""));
    }

    @Test
    void anInputWithProblemsListsThemExitsOneAndWritesNothing(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "Year,Headline\n2003-02-31,Bad\n", StandardCharsets.UTF_8);
        Path out = dir.resolve("out.json");
        CommandLineTest.Run run = run("convert", bad.toString(), out.toString());
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.out().startsWith(bad + ":2: row 2, Year: "), run.out());
        assertTrue(run.out().contains("1 error, 0 warnings: nothing written"), run.out());
        assertFalse(Files.exists(out));
        assertTrue(run.noStackTrace());
    }

    @Test
    void aWrongCommandLineExitsTwo(@TempDir Path dir) {
        for (String[] args : new String[][] {{"convert"}, {"convert", BUNDLED.toString()},
                {"convert", BUNDLED.toString(), dir.resolve("out.png").toString()}}) {
            CommandLineTest.Run run = run(args);
            assertEquals(2, run.code(), run.toString());
            assertTrue(run.err().startsWith("timeline-explorer: "), run.err());
            assertTrue(run.err().contains("Usage:"), run.err());
        }
    }
}
