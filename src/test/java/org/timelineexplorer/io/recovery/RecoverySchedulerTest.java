package org.timelineexplorer.io.recovery;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.io.recovery.RecoveryScheduler.Action;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RecoverySchedulerTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        private Instant now = Instant.parse("2026-12-02T21:40:00Z");

        void pass(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    private final HandClock clock = new HandClock();
    private final RecoveryScheduler scheduler = new RecoveryScheduler(clock);

    @Test
    void aChangeIsWrittenThirtySecondsAfterItWasMadeAndNotBefore() {
        assertEquals(Action.NOTHING, scheduler.changed(true));
        assertEquals(Optional.of(clock.instant().plusSeconds(30)), scheduler.dueAt());
        clock.pass(Duration.ofSeconds(20));
        assertEquals(Action.NOTHING, scheduler.changed(true), "a later change does not put the write off");
        clock.pass(Duration.ofSeconds(9));
        assertEquals(Action.NOTHING, scheduler.tick());
        clock.pass(Duration.ofSeconds(1));
        assertEquals(Action.WRITE, scheduler.tick());

        assertEquals(Optional.empty(), scheduler.dueAt(), "the file holds everything");
        clock.pass(Duration.ofMinutes(5));
        assertEquals(Action.NOTHING, scheduler.tick(), "nothing new: nothing written");
    }

    @Test
    void everyTenthChangeIsWrittenAtOnce() {
        for (int change = 1; change < 10; change++) {
            assertEquals(Action.NOTHING, scheduler.changed(true), "change " + change);
        }
        assertEquals(Action.WRITE, scheduler.changed(true), "the 10th");
        for (int change = 11; change < 20; change++) {
            assertEquals(Action.NOTHING, scheduler.changed(true), "change " + change);
        }
        assertEquals(Action.WRITE, scheduler.changed(true), "the 20th");
    }

    @Test
    void theFileGoesWhenTheWorkIsSavedAndIsWrittenAgainWhenItChanges() {
        assertEquals(Action.NOTHING, scheduler.changed(false), "clean, and no file to remove");
        scheduler.changed(true);
        clock.pass(RecoveryScheduler.INTERVAL);
        assertEquals(Action.WRITE, scheduler.tick());

        scheduler.changed(true);
        assertEquals(Action.REMOVE, scheduler.changed(false), "saved, or Don't save and another file opened");
        assertEquals(Optional.empty(), scheduler.dueAt(), "the change before the save is not written after it");
        assertEquals(Action.NOTHING, scheduler.changed(false), "removed once");

        assertEquals(Action.NOTHING, scheduler.changed(true), "an undo past the save: dirty again");
        clock.pass(RecoveryScheduler.INTERVAL);
        assertEquals(Action.WRITE, scheduler.tick());
    }

    @Test
    void changesCountAfreshAfterATimedWrite() {
        for (int change = 1; change <= 5; change++) {
            scheduler.changed(true);
        }
        clock.pass(RecoveryScheduler.INTERVAL);
        assertEquals(Action.WRITE, scheduler.tick());
        for (int change = 1; change < 10; change++) {
            assertEquals(Action.NOTHING, scheduler.changed(true), "change " + change + " after the write");
        }
        assertEquals(Action.WRITE, scheduler.changed(true));
    }
}
