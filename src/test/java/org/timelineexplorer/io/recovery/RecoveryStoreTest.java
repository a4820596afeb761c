package org.timelineexplorer.io.recovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecoveryStoreTest {

    @TempDir
    Path folder;

    /** A recovery file as a window killed mid-lesson leaves it: written, its lock let go with the process. */
    private Path leftBehind(String name, Dataset dataset, Instant written, int changes) throws Exception {
        Path file = folder.resolve(name + RecoveryStore.FILE_SUFFIX);
        Files.write(file, RecoveryFile.bytes(dataset, written, changes, Optional.of(Path.of("/lessons/war.json"))));
        return file;
    }

    @Test
    void aFileLeftBehindIsOfferedWithItsTimeChangesTitleAndWork() throws Exception {
        AppState state = new AppState(Work.saved());
        Work.edit(state, 3);
        Instant written = Instant.parse("2026-12-02T21:40:00Z");
        Path file = leftBehind("window-1", state.getDataset(), written, 3);

        List<RecoveryStore.Orphan> orphans = new RecoveryStore(folder).orphans();

        assertEquals(1, orphans.size());
        RecoveryFile offered = orphans.get(0).file();
        assertEquals(new RecoveryFile(file, written, 3, Work.TITLE, Optional.of(Path.of("/lessons/war.json"))),
                offered);
        assertEquals(state.getDataset(), offered.read().dataset().orElseThrow(), "every field of the work");
        orphans.get(0).discard();
        assertEquals(List.of(), Files.list(folder).toList(), "the file and its lock are gone");
    }

    @Test
    void theNewestFileIsOfferedFirstAndOneOfferedIsNotOfferedTwiceAtOnce() throws Exception {
        leftBehind("window-old", Work.saved(), Instant.parse("2026-12-01T10:00:00Z"), 1);
        leftBehind("window-new", Work.saved(), Instant.parse("2026-12-02T10:00:00Z"), 2);

        List<RecoveryStore.Orphan> orphans = new RecoveryStore(folder).orphans();

        assertEquals(List.of(2, 1), orphans.stream().map(orphan -> orphan.file().changes()).toList());
        assertEquals(List.of(), new RecoveryStore(folder).orphans(), "locked while this start offers them");
        orphans.get(0).release();
        assertEquals(1, new RecoveryStore(folder).orphans().size(), "released: left for a later start");
    }

    @Test
    void aRunningWindowsFileIsNeverOfferedAndGoesWhenItClosesNormally() throws Exception {
        AppState state = new AppState(Work.saved());
        RecoveryStore.Claim claim = new RecoveryStore(folder).claim();
        RecoveryKeeper keeper = new RecoveryKeeper(state, claim, Clock.systemUTC(), Runnable::run, Optional::empty);
        Work.edit(state, RecoveryScheduler.CHANGES_PER_WRITE);
        keeper.awaitWritten();
        assertTrue(Files.isRegularFile(claim.file()), "the 10th change is written");

        assertEquals(List.of(), new RecoveryStore(folder).orphans(), "its window holds the lock");

        keeper.close();
        assertEquals(List.of(), Files.list(folder).toList(), "file and lock gone on a normal exit");
    }

    @Test
    void theFileHoldsTheUnsavedChangesAndGoesOnSave() throws Exception {
        AppState state = new AppState(Work.saved());
        RecoveryStore.Claim claim = new RecoveryStore(folder).claim();
        RecoveryKeeper keeper = new RecoveryKeeper(state, claim, Clock.systemUTC(), Runnable::run,
                () -> Optional.of(Path.of("/lessons/war.json")));
        Work.edit(state, 12);
        state.history().undo();
        state.history().undo(); // the 14th change: the file was written at the 10th
        keeper.awaitWritten();
        RecoveryFile header = RecoveryFile.readHeader(claim.file()).orElseThrow();
        assertEquals(10, header.changes());
        assertEquals(Optional.of(Path.of("/lessons/war.json")), header.original());
        assertEquals(11, header.read().dataset().orElseThrow().events().size(), "the work as it was at the 10th");

        state.history().markSaved();
        keeper.awaitWritten();
        assertFalse(Files.exists(claim.file()), "saved: nothing to recover");
        keeper.close();
    }

    @Test
    void anotherOpenedFileRemovesTheRecoveryFileAsADontSaveDoes() throws Exception {
        AppState state = new AppState(Work.saved());
        RecoveryStore.Claim claim = new RecoveryStore(folder).claim();
        RecoveryKeeper keeper = new RecoveryKeeper(state, claim, Clock.systemUTC(), Runnable::run, Optional::empty);
        Work.edit(state, RecoveryScheduler.CHANGES_PER_WRITE);
        keeper.awaitWritten();
        assertTrue(Files.exists(claim.file()));

        state.setDataset(Dataset.empty("Another lesson"));
        keeper.awaitWritten();
        assertFalse(Files.exists(claim.file()));
        keeper.close();
    }

    @Test
    void restoredWorkIsWrittenToTheNewWindowsFileAtOnceWithItsEarlierChanges() throws Exception {
        AppState earlier = new AppState(Work.saved());
        Work.edit(earlier, 4);
        leftBehind("window-crashed", earlier.getDataset(), Instant.parse("2026-12-02T21:40:00Z"), 4);
        RecoveryStore store = new RecoveryStore(folder);
        RecoveryStore.Orphan orphan = store.orphans().get(0);

        AppState state = new AppState(Work.saved());
        RecoveryStore.Claim claim = store.claim();
        RecoveryKeeper keeper = new RecoveryKeeper(state, claim, Clock.systemUTC(), Runnable::run, Optional::empty);
        state.openUnsaved(orphan.file().read().dataset().orElseThrow());
        keeper.restored(orphan.file().changes(), () -> {
            try {
                orphan.discard();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        Work.edit(state, 1);
        keeper.awaitWritten();

        assertFalse(Files.exists(orphan.file().path()), "the old file went once the work was in the new one");
        assertEquals(4, RecoveryFile.readHeader(claim.file()).orElseThrow().changes());
        assertEquals(earlier.getDataset(), RecoveryFile.readHeader(claim.file()).orElseThrow().read().dataset()
                .orElseThrow());
        keeper.close();
    }
}
