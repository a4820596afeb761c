package org.timelineexplorer.io.recovery;

import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps a window's recovery file as {@link RecoveryScheduler} says: it follows the state's edit history on the
 * JavaFX thread, and there takes only the dataset (an immutable record, so taking it is free) and the header's
 * figures; the layout and the write happen on a thread of its own, so the window never waits for the disk. Writes
 * that come faster than the disk takes them are merged: the newest work is written, the ones in between skipped.
 */
public final class RecoveryKeeper implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(RecoveryKeeper.class.getName());
    private static final long CLOSE_TIMEOUT_SECONDS = 10;

    /** What the writer thread is to do next: a snapshot to write, or the file to remove. */
    private sealed interface Job {
        record Write(Dataset dataset, Instant written, int changes, Optional<Path> original) implements Job {
        }

        record Remove() implements Job {
        }
    }

    private final AppState state;
    private final RecoveryStore.Claim claim;
    private final Clock clock;
    private final Executor fxThread;
    private final Supplier<Optional<Path>> original;
    private final RecoveryScheduler scheduler;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "write-recovery");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicReference<Job> next = new AtomicReference<>();
    private ScheduledFuture<?> timer;
    /** Whether the last write reached the disk; written and read on the writer's thread only. */
    private boolean lastWriteSucceeded;
    /** Unsaved changes the work had before this window opened it (restored work), added to the history's own. */
    private int changesBefore;

    /**
     * Starts keeping {@code claim} for {@code state}; call on the JavaFX thread.
     *
     * @param fxThread runs a task on the thread that owns {@code state} ({@code Platform::runLater})
     * @param original the file the open work came from, if any, for the header
     */
    public RecoveryKeeper(AppState state, RecoveryStore.Claim claim, Clock clock, Executor fxThread,
                          Supplier<Optional<Path>> original) {
        this.state = Objects.requireNonNull(state, "state");
        this.claim = Objects.requireNonNull(claim, "claim");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.fxThread = Objects.requireNonNull(fxThread, "fxThread");
        this.original = Objects.requireNonNull(original, "original");
        this.scheduler = new RecoveryScheduler(clock);
        state.history().changeCountProperty().addListener((obs, old, count) -> act(
                scheduler.changed(state.history().isDirty())));
        // Saving changes no step, so it is not a change to count: it only makes the work clean.
        state.history().dirtyProperty().addListener((obs, was, dirty) -> {
            if (!dirty) {
                act(scheduler.changed(false));
            }
        });
        state.openedProperty().addListener((obs, old, opened) -> changesBefore = 0);
    }

    /**
     * Restored work is open ({@link AppState#openUnsaved}) and held {@code changes} unsaved changes: it is written
     * to this window's file at once, and the file it came from goes once that write has succeeded
     * ({@code thenDiscardOld}, run on the writer's thread; not run when the write fails, so the work is never in
     * neither file).
     */
    public void restored(int changes, Runnable thenDiscardOld) {
        changesBefore = changes;
        act(RecoveryScheduler.Action.WRITE);
        // The writer runs its jobs in turn: this comes after the write just handed over (or a newer one).
        writer.execute(() -> {
            if (lastWriteSucceeded) {
                thenDiscardOld.run();
            }
        });
    }

    /**
     * Waits for the write in progress, if any, to end: the file now holds what was last handed over. For tests and
     * the benchmark; the window never waits.
     */
    public void awaitWritten() throws Exception {
        writer.submit(() -> { }).get();
    }

    private void act(RecoveryScheduler.Action action) {
        switch (action) {
            case WRITE -> handOver(new Job.Write(state.getWholeDataset(), clock.instant(),
                    changesBefore + state.history().unsavedChanges(), original.get()));
            case REMOVE -> handOver(new Job.Remove());
            case NOTHING -> { }
        }
        scheduleTick();
    }

    /** Hands the job to the writer thread, replacing one it has not begun. */
    private void handOver(Job job) {
        if (next.getAndSet(job) == null) {
            writer.execute(this::doNext);
        }
    }

    private void scheduleTick() {
        Optional<Instant> due = scheduler.dueAt();
        if (due.isPresent() && (timer == null || timer.isDone())) {
            long delay = Math.max(0, Duration.between(clock.instant(), due.get()).toMillis());
            timer = writer.schedule(() -> fxThread.execute(() -> act(scheduler.tick())), delay,
                    TimeUnit.MILLISECONDS);
        }
    }

    private void doNext() {
        Job job = next.getAndSet(null);
        try {
            if (job instanceof Job.Write write) {
                lastWriteSucceeded = false;
                claim.write(RecoveryFile.bytes(write.dataset(), write.written(), write.changes(), write.original()));
                lastWriteSucceeded = true;
            } else if (job instanceof Job.Remove) {
                claim.remove();
            }
        } catch (IOException | RuntimeException e) {
            // The next change tries again; the work in the window is untouched.
            LOG.log(Level.WARNING, "the recovery file " + claim.file() + " could not be kept", e);
        }
    }

    /** The window ends normally: the file and its lock go, after whatever write is in progress. */
    @Override
    public void close() throws Exception {
        if (timer != null) {
            timer.cancel(false);
        }
        writer.execute(() -> {
            next.set(null);
            try {
                claim.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "the recovery file " + claim.file() + " could not be removed", e);
            }
        });
        writer.shutdown();
        writer.awaitTermination(CLOSE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
