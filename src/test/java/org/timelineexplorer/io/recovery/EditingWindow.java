package org.timelineexplorer.io.recovery;

import org.timelineexplorer.model.AppState;

import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A second process for {@link CrashRecoveryTest}: a teacher's window reduced to its state and its recovery keeper,
 * in the folder {@value RecoveryStore#FOLDER_PROPERTY} names. It makes ten edits (the file is written), says so on
 * standard output, makes two more (not yet written) and waits to be killed.
 */
public final class EditingWindow {

    static final String WRITTEN = "recovery file written: ";

    private EditingWindow() {
    }

    public static void main(String[] args) throws Exception {
        // One thread owns the state, as the JavaFX thread does in the app.
        ExecutorService fxThread = Executors.newSingleThreadExecutor();
        AppState state = fxThread.submit(() -> new AppState(Work.saved())).get();
        RecoveryStore.Claim claim = RecoveryStore.forUser().claim();
        RecoveryKeeper keeper = fxThread.submit(() -> new RecoveryKeeper(state, claim,
                Clock.systemUTC(), fxThread, Optional::empty)).get();
        fxThread.submit(() -> Work.edit(state, RecoveryScheduler.CHANGES_PER_WRITE)).get();
        keeper.awaitWritten();
        System.out.println(WRITTEN + claim.file());
        System.out.flush();
        fxThread.submit(() -> Work.edit(state, 2)).get();
        Thread.sleep(Long.MAX_VALUE);
    }
}
