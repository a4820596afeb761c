package org.timelineexplorer.io.recovery;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.model.AppState;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two processes on one recovery folder: a first window ({@link EditingWindow}, a JVM of its own) edits without
 * saving; a second start while it runs must not take its file, and after it is killed ({@code kill -9}) a second
 * start offers its work, as the file last held it.
 */
@Timeout(120)
class CrashRecoveryTest {

    @TempDir
    Path folder;

    private Process first;

    @AfterEach
    void killTheFirstWindow() {
        if (first != null) {
            first.destroyForcibly();
        }
    }

    /** Starts the first window and waits until it has written its recovery file, whose path it returns. */
    private Path startFirstWindow() throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        first = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                "-D" + RecoveryStore.FOLDER_PROPERTY + "=" + folder, EditingWindow.class.getName())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null && !line.startsWith(EditingWindow.WRITTEN)) {
            // the child's other output, if any
        }
        assertNotNull(line, "the first window ended before writing its recovery file");
        return Path.of(line.substring(EditingWindow.WRITTEN.length()));
    }

    @Test
    void aSecondStartWhileTheFirstRunsDoesNotTakeItsFile() throws Exception {
        Path file = startFirstWindow();

        assertEquals(List.of(), new RecoveryStore(folder).orphans(), "the first window holds its lock");
        assertTrue(Files.isRegularFile(file), "and its file stays");
    }

    @Test
    void aSecondStartAfterTheFirstIsKilledOffersItsWork() throws Exception {
        Path file = startFirstWindow();
        first.destroyForcibly();
        assertTrue(first.waitFor(30, TimeUnit.SECONDS));

        List<RecoveryStore.Orphan> orphans = new RecoveryStore(folder).orphans();

        assertEquals(1, orphans.size());
        RecoveryFile offered = orphans.get(0).file();
        assertEquals(file, offered.path());
        assertEquals(Work.TITLE, offered.title());
        assertEquals(RecoveryScheduler.CHANGES_PER_WRITE, offered.changes());
        assertEquals(Optional.empty(), offered.original());
        AppState expected = new AppState(Work.saved());
        Work.edit(expected, RecoveryScheduler.CHANGES_PER_WRITE);
        assertEquals(expected.getDataset(), offered.read().dataset().orElseThrow(),
                "the work as of the last write; the two edits after it were younger than 30 s");
        assertEquals(List.of(), new RecoveryStore(folder).orphans(), "offered once: this start holds it now");
    }
}
