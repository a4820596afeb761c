package org.timelineexplorer.timeline;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;

import java.util.List;
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
    void zoomStopsAtAnHourAndAtTheLimits() {
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
        TimeScale tiny = scale.withRange(new TimeRange(13000, 13000.01)).clamped();
        assertEquals(TimeScale.MIN_SPAN_DAYS, tiny.range().length(), 1e-9);
        assertEquals(13000.005, tiny.range().center(), 1e-9);
    }

    /** The limits of a file from the Big Bang to today. */
    private static final TimeRange DEEP = TimeRange.covering(HistoricalDate.parse("13.8 billion years ago"),
            HistoricalDate.parse("2026")).padded();

    @Test
    void theAnchorStaysWithinAPixelAtBothEndsOfRealUse() {
        double bigBang = HistoricalDate.parse("13.8 billion years ago").startDay();
        double strike = HistoricalDate.parse("2020-01-03T00:52").startDay();
        // A thousand-year view 13.8 billion years ago and an hour-wide view in 2020, 1600 pixels wide.
        for (TimeRange view : List.of(new TimeRange(bigBang, bigBang + 1000 * 365.2425),
                new TimeRange(strike - 0.5 / 24, strike + 0.5 / 24))) {
            TimeScale s = new TimeScale(view, 1600, DEEP);
            Random random = new Random(4);
            for (int i = 0; i < 200; i++) {
                double x = random.nextDouble() * 1600;
                double anchor = s.xToTime(x);
                double factor = Math.exp(random.nextGaussian() * 0.2);
                TimeScale zoomed = s.zoom(factor, anchor);
                assertEquals(x, zoomed.timeToX(anchor), 0.01, "anchor moved at step " + i + " of " + view);
                // Zoom back so that the view stays where the test means it to be.
                s = zoomed.zoom(1 / factor, anchor);
            }
        }
    }

    @Test
    void farBackTheZoomStopsWhereNothingJitters() {
        double bigBang = HistoricalDate.parse("13.8 billion years ago").startDay();
        TimeScale s = new TimeScale(new TimeRange(bigBang, bigBang + 1000 * 365.2425), 1600, DEEP);
        for (int i = 0; i < 100; i++) {
            s = s.zoom(3, bigBang + 400);
        }
        double span = s.range().length();
        assertTrue(span > 365 && span < 5 * 365, "stops between one and five years: " + span);
        // Each pixel still holds hundreds of distinct positions, so a date's x moves smoothly as the view pans.
        assertTrue(span / 1600 / Math.ulp(bigBang) > 300);
        double x = s.timeToX(bigBang + 400);
        for (int i = 1; i <= 50; i++) {
            TimeScale panned = s.pan(0.1 * i);
            assertEquals(x - 0.1 * i, panned.timeToX(bigBang + 400), 0.01);
        }
        // In 2020 the same zoom reaches an hour.
        double strike = HistoricalDate.parse("2020-01-03T00:52").startDay();
        TimeScale recent = new TimeScale(new TimeRange(strike - 10, strike + 10), 1600, DEEP);
        for (int i = 0; i < 100; i++) {
            recent = recent.zoom(3, strike);
        }
        assertEquals(TimeScale.MIN_SPAN_DAYS, recent.range().length(), 1e-9);
    }
}
