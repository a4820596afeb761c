package org.timelineexplorer.ui;

import javafx.concurrent.Task;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.FxForTests;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.ui.settings.UserSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DatasetOpeningTest {

    static final Path BUNDLED = Path.of("resources/us-iraq-since-2003.json");

    @BeforeAll
    static void startFx() throws Exception {
        FxForTests.start();
    }

    /** Opens {@code file} as the window would and waits for the outcome: the problems shown, or none. */
    static CompletableFuture<LoadResult> open(DatasetOpening opening, Path file) throws Exception {
        CompletableFuture<LoadResult> outcome = new CompletableFuture<>();
        opening.setOnProblems((f, result) -> outcome.complete(result));
        opening.setOnOpened((f, result) -> outcome.complete(result));
        FxThread.call(() -> opening.open(file));
        outcome.get(20, TimeUnit.SECONDS);
        return outcome;
    }

    static RecentFiles recent() throws Exception {
        Preferences node = Preferences.userRoot().node("org/timelineexplorer/test-" + System.nanoTime());
        return new RecentFiles(new UserSettings(node));
    }

    @Test
    void badFileLeavesTheOpenDatasetAndReportsEveryProblem(@TempDir Path dir) throws Exception {
        Dataset bundled = new DatasetReader().readBundled().dataset().orElseThrow();
        AppState state = FxThread.call(() -> new AppState(bundled));
        RecentFiles recent = recent();
        DatasetOpening opening = new DatasetOpening(state, recent);
        Path bad = Files.writeString(dir.resolve("bad.json"), """
                { "title": "Bad", "eras": [],
                  "events": [ { "id": "a", "date": "2003-02-30", "title": "x" },
                              { "id": "a", "date": "2004", "title": "" } ] }
                """);

        LoadResult result = open(opening, bad).get();

        assertFalse(result.isLoaded());
        assertSame(bundled, FxThread.call(state::getDataset), "the open dataset stays");
        assertEquals(bundled.events().size(), FxThread.call(() -> state.getEvents().size()));
        List<String> lines = ProblemsDialog.lines(result);
        assertTrue(lines.size() >= 3, lines::toString);
        assertTrue(lines.get(0).startsWith("Line 2, column "), lines.get(0));
        assertTrue(lines.get(0).contains("events[0].date: "), lines.get(0));
        assertTrue(recent.files().isEmpty(), "a file that did not open is not remembered");
        assertFalse(FxThread.call(() -> opening.busyProperty().get()));
    }

    /** Each kind of bad spreadsheet: located problems, no stack trace, and the open timeline stays as it was. */
    @Test
    void aBadSpreadsheetOfAnyKindLeavesTheOpenDataset(@TempDir Path dir) throws Exception {
        Dataset bundled = new DatasetReader().readBundled().dataset().orElseThrow();
        AppState state = FxThread.call(() -> new AppState(bundled));
        DatasetOpening opening = new DatasetOpening(state, null);
        java.util.Map<String, byte[]> bad = new java.util.LinkedHashMap<>();
        bad.put("ragged.csv", "Year,Headline\n2001,Paris, Texas\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bad.put("date.csv", "Year,Month,Headline\n2001,14,x\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bad.put("headline.csv", "Year,Headline\n2001,\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bad.put("huge.csv", ("Year,Headline,Text\n2001,x,\"" + "y".repeat(10 << 20) + "\"\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bad.put("binary.csv", new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2, 0, (byte) 0xFF, 0, 7});
        List<String> expected = List.of("row 2 — the row has 3 cells and the header 2",
                "row 2, Month — there is no month 14", "row 2, Headline — the event has no headline",
                "row 2, Text — the cell holds 10,485,760 characters", "The whole file — this is not a spreadsheet");
        int i = 0;
        for (java.util.Map.Entry<String, byte[]> file : bad.entrySet()) {
            LoadResult result = open(opening, Files.write(dir.resolve(file.getKey()), file.getValue())).get();
            assertFalse(result.isLoaded(), file.getKey());
            List<String> lines = ProblemsDialog.lines(result);
            assertTrue(lines.get(0).startsWith(expected.get(i++)), file.getKey() + ": " + lines);
            assertFalse(lines.toString().contains("Exception") || lines.toString().contains("\tat "), lines::toString);
            assertSame(bundled, FxThread.call(state::getDataset), "the open dataset stays");
        }
    }

    @Test
    void goodFileReplacesTheDatasetAndIsRemembered() throws Exception {
        AppState state = FxThread.call(AppState::new);
        RecentFiles recent = recent();
        DatasetOpening opening = new DatasetOpening(state, recent);

        LoadResult result = open(opening, BUNDLED).get();

        assertTrue(result.isLoaded());
        assertEquals("United States and Iraq since 2003", FxThread.call(() -> state.getDataset().title()));
        assertEquals(List.of(BUNDLED.toAbsolutePath()), recent.files());
    }

    @Test
    void timelineJsFileOpensDirectly() throws Exception {
        AppState state = FxThread.call(AppState::new);
        DatasetOpening opening = new DatasetOpening(state, null);
        Path sample = Path.of(getClass().getResource("/org/timelineexplorer/io/timelinejs-sample.json").toURI());

        LoadResult result = open(opening, sample).get();

        assertTrue(result.isLoaded(), () -> result.problems().toString());
        assertFalse(result.warnings().isEmpty());
        assertEquals(4, FxThread.call(() -> state.getEvents().size()));
    }

    @Test
    void missingFileIsAProblemNotACrash(@TempDir Path dir) throws Exception {
        AppState state = FxThread.call(AppState::new);
        LoadResult result = open(new DatasetOpening(state, null), dir.resolve("gone.json")).get();
        assertEquals(List.of("The whole file — there is no such file"), ProblemsDialog.lines(result));
        assertEquals(null, FxThread.call(state::getDataset));
    }

    @Test
    void recentFilesKeepTheNewestFirstAndSurviveARestart(@TempDir Path dir) throws Exception {
        Preferences node = Preferences.userRoot().node("org/timelineexplorer/test-" + System.nanoTime());
        RecentFiles recent = new RecentFiles(new UserSettings(node));
        for (int i = 0; i < 10; i++) {
            recent.add(Files.writeString(dir.resolve(i + ".json"), "{}"));
        }
        recent.add(dir.resolve("5.json"));
        assertEquals(RecentFiles.MAX, recent.files().size());
        assertEquals(dir.resolve("5.json"), recent.files().get(0));
        assertEquals(dir.resolve("9.json"), recent.files().get(1));
        Files.delete(dir.resolve("9.json"));
        RecentFiles again = new RecentFiles(new UserSettings(node));
        assertEquals(RecentFiles.MAX - 1, again.files().size(), "a deleted file drops out");
        assertEquals(dir.resolve("5.json"), again.files().get(0));
        node.removeNode();
    }

    @Test
    void aSecondOpenWinsOverAFirstStillRunning(@TempDir Path dir) throws Exception {
        AppState state = FxThread.call(AppState::new);
        DatasetOpening opening = new DatasetOpening(state, null);
        CompletableFuture<String> opened = new CompletableFuture<>();
        opening.setOnOpened((name, result) -> opened.complete(name));
        Path sample = Path.of(getClass().getResource("/org/timelineexplorer/io/timelinejs-sample.json").toURI());
        // Both asked for in one turn of the JavaFX thread, so that the first cannot be done and shown in between.
        Task<?> first = FxThread.call(() -> {
            Task<?> started = opening.open(BUNDLED);
            opening.open(sample);
            return started;
        });
        assertEquals(sample.getFileName().toString(), opened.get(20, TimeUnit.SECONDS));
        assertTrue(first.isCancelled() || first.isDone());
        Thread.sleep(200);
        assertEquals(4, FxThread.call(() -> state.getEvents().size()), "the first file's outcome is dropped");
    }
}
