package org.timelineexplorer.timeline;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.TimeRange;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TimeScaleTest {

    private static final TimeRange LIMITS = new TimeRange(12000, 18700);
    private final TimeScale scale = new TimeScale(new TimeRange(13000, 14000), 1600, LIMITS);

    @Test
    void pixelsAndTimeRoundTrip() {
        Random random = new Random(1);
        for (int i = 0; i < 1000; i++) {
            double x = random.nextDouble() * 3200 - 800;
            assertEquals(x, scale.timeToX(scale.xToTime(x)), 1e-6);
        }
        assertEquals(0, scale.timeToX(13000), 1e-9);
        assertEquals(1600, scale.timeToX(14000), 1e-9);
    }

    @Test
    void zoomKeepsTheAnchorUnderThePointer() {
        Random random = new Random(2);
        TimeScale s = scale;
        for (int i = 0; i < 500; i++) {
            double x = random.nextDouble() * 1600;
            double anchor = s.xToTime(x);
            double factor = Math.exp(random.nextGaussian() * 0.3);
            TimeScale zoomed = s.zoom(factor, anchor);
            boolean clamped = zoomed.range().length() <= zoomed.minSpan() + 1e-9
                    || zoomed.range().length() >= zoomed.maxSpan() - 1e-9
                    || zoomed.range().start() <= LIMITS.start() + 1e-9 || zoomed.range().end() >= LIMITS.end() - 1e-9;
            if (!clamped) {
                assertEquals(x, zoomed.timeToX(anchor), 1.0, "anchor moved at step " + i);
            }
            s = zoomed;
        }
    }

    @Test
    void zoomInShortensAndZoomOutLengthens() {
        assertEquals(500, scale.zoom(2, 13500).range().length(), 1e-9);
        assertEquals(2000, scale.zoom(0.5, 13500).range().length(), 1e-9);
    }

    @Test
    void zoomStopsAtAWeekAndAtTheLimits() {
        TimeScale s = scale;
        for (int i = 0; i < 100; i++) {
            s = s.zoom(3, 13500);
        }
        assertEquals(TimeScale.MIN_SPAN_DAYS, s.range().length(), 1e-9);
        for (int i = 0; i < 100; i++) {
            s = s.zoom(0.3, 13500);
        }
        assertEquals(LIMITS, s.range());
    }

    @Test
    void neverFlipsOrJumpsOnBadInput() {
        for (double factor : new double[] {0, -1, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY}) {
            assertSame(scale, scale.zoom(factor, 13500));
        }
        assertSame(scale, scale.zoom(2, Double.NaN));
        assertSame(scale, scale.pan(Double.NaN));
        Random random = new Random(3);
        TimeScale s = scale;
        for (int i = 0; i < 2000; i++) {
            s = random.nextBoolean() ? s.zoom(Math.exp(random.nextGaussian() * 2), random.nextDouble() * 30000)
                    : s.pan(random.nextGaussian() * 5000);
            assertTrue(s.range().end() > s.range().start());
            assertTrue(s.range().start() >= LIMITS.start() - 1e-6 && s.range().end() <= LIMITS.end() + 1e-6);
        }
    }

    @Test
    void panMovesByPixelsAndStaysWithinTheLimits() {
        TimeScale panned = scale.pan(160);
        assertEquals(new TimeRange(13100, 14100).start(), panned.range().start(), 1e-9);
        assertEquals(1000, panned.range().length(), 1e-9);
        assertEquals(LIMITS.start(), scale.pan(-1e7).range().start(), 1e-9);
        assertEquals(LIMITS.end(), scale.pan(1e7).range().end(), 1e-9);
    }

    @Test
    void clampedBringsAnOutsideRangeIntoTheLimits() {
        TimeScale wide = scale.withRange(new TimeRange(0, 40000)).clamped();
        assertEquals(LIMITS, wide.range());
        TimeScale tiny = scale.withRange(new TimeRange(13000, 13001)).clamped();
        assertEquals(TimeScale.MIN_SPAN_DAYS, tiny.range().length(), 1e-9);
        assertEquals(13000.5, tiny.range().center(), 1e-9);
    }
}
