package org.timelineexplorer.io.recovery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * When the recovery file is written and when it goes, as a policy with no threads of its own: told of every change
 * (an edit, an undo, a redo) and asked again when {@link #dueAt()} comes, it answers what to do. While there are
 * unsaved changes, the file is written after every {@value #CHANGES_PER_WRITE}th change not yet in it, and at the
 * latest {@link #INTERVAL} after the first change not yet in it, so a crash loses at most that much work. When the
 * work is saved (or opened afresh, or thrown away) the file goes.
 */
public final class RecoveryScheduler {

    public static final Duration INTERVAL = Duration.ofSeconds(30);
    public static final int CHANGES_PER_WRITE = 10;

    /** What the owner of the recovery file is to do now. */
    public enum Action { NOTHING, WRITE, REMOVE }

    private final Clock clock;
    private int changesNotWritten;
    /** When the first change not yet in the file was made; null when the file holds all there is. */
    private Instant behindSince;
    private boolean fileWritten;

    public RecoveryScheduler(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * A change was made, undone or redone, or a dataset was opened.
     *
     * @param dirty whether the open work now differs from its file (always, for work never saved)
     */
    public Action changed(boolean dirty) {
        if (!dirty) {
            changesNotWritten = 0;
            behindSince = null;
            if (fileWritten) {
                fileWritten = false;
                return Action.REMOVE;
            }
            return Action.NOTHING;
        }
        changesNotWritten++;
        if (behindSince == null) {
            behindSince = clock.instant();
        }
        return changesNotWritten >= CHANGES_PER_WRITE ? write() : Action.NOTHING;
    }

    /** When to call {@link #tick()} next: {@link #INTERVAL} after the first change the file lacks, if there is one. */
    public Optional<Instant> dueAt() {
        return Optional.ofNullable(behindSince).map(since -> since.plus(INTERVAL));
    }

    /** Time has passed: the file is written once it has lacked a change for {@link #INTERVAL}. */
    public Action tick() {
        return behindSince != null && !clock.instant().isBefore(behindSince.plus(INTERVAL)) ? write()
                : Action.NOTHING;
    }

    private Action write() {
        changesNotWritten = 0;
        behindSince = null;
        fileWritten = true;
        return Action.WRITE;
    }
}
