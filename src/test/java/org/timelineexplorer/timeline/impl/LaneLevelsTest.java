package org.timelineexplorer.timeline.impl;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimeScale;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which level's lanes a frame draws: the exact one, except while a jump or a gesture holds them still. */
class LaneLevelsTest {

    private static final LaneLayout.Metrics METRICS = new LaneLayout.Metrics(6, 5, 12, 4, 60);
    private static final TimeRange LIMITS = new TimeRange(11900, 14100);
    private static final double WIDTH = 1000;

    private final EventIndex index = TestEvents.index(TestEvents.random(2000, 2000, 5, new Random(1)));
    private final LaneLevels levels = new LaneLevels();

    /** A frame at the scale of {@code level}'s middle, so that it is in that level and no other. */
    private static TimeScale atLevel(int level) {
        double dpp = LaneLayout.levelDaysPerPixel(level) / Math.pow(LaneLayout.LEVEL_RATIO, 0.5);
        return new TimeScale(new TimeRange(12500, 12500 + dpp * WIDTH), WIDTH, LIMITS);
    }

    private LaneLayout.Level frame(int level, TimeRange jumpTarget) {
        return levels.levelFor(index, atLevel(level), 8, METRICS, jumpTarget);
    }

    @Test
    void eachFrameDrawsItsOwnLevelAndRecentLevelsAreKept() {
        LaneLayout.Level first = frame(-3, null);
        assertEquals(-3, levels.shownLevel());
        assertEquals(LaneLayout.levelDaysPerPixel(-3), first.daysPerPixel(), 1e-12, "laid out at the level's scale");
        frame(-2, null);
        assertEquals(-2, levels.shownLevel());
        assertSame(first, frame(-3, null), "zooming back reuses the level laid out");
        for (int level = 0; level < 6; level++) {
            frame(level, null);
        }
        assertNotSame(first, frame(-3, null), "six levels on, it was let go");
        assertNotSame(frame(-3, null), levels.levelFor(index, atLevel(-3), 9, METRICS, null),
                "another number of lanes is another layout");
    }

    @Test
    void aGestureHoldsTheLanesUntilReleased() {
        frame(-3, null);
        levels.hold();
        frame(-5, null);
        assertEquals(-3, levels.shownLevel(), "zooming in keeps the lanes shown: their labels only move apart");
        frame(-1, null);
        assertEquals(-1, levels.shownLevel(), "zooming out moves to the coarser level it must");
        frame(-4, null);
        assertEquals(-1, levels.shownLevel(), "and holds that one");
        levels.release();
        frame(-4, null);
        assertEquals(-4, levels.shownLevel(), "once the gesture rests, the exact level");
    }

    @Test
    void aJumpDrawsEveryFrameWithTheCoarserOfWhereItStartedAndWhereItEnds() {
        frame(-2, null);
        TimeRange zoomIn = atLevel(-6).range();
        for (int level = -2; level >= -6; level--) {
            frame(level, zoomIn);
            assertEquals(-2, levels.shownLevel(), "zooming in: the starting level all the way");
        }
        frame(-6, null);
        assertEquals(-6, levels.shownLevel(), "the jump over, its own level");
        TimeRange zoomOut = atLevel(-1).range();
        for (int level = -6; level <= -1; level++) {
            frame(level, zoomOut);
            assertEquals(-1, levels.shownLevel(), "zooming out: the target's level from the first frame");
        }
    }

    @Test
    void editsReachEveryKeptLevel() {
        LaneLayout.Level a = frame(-3, null);
        LaneLayout.Level b = frame(0, null);
        a.ensure(index.size(), Double.POSITIVE_INFINITY);
        b.ensure(index.size(), Double.POSITIVE_INFINITY);
        levels.eventsChangedFrom(100);
        assertTrue(a.laidOut() <= 100 && b.laidOut() <= 100, "both lay out again from before the edit");
    }
}
