package org.timelineexplorer.timeline;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaneLayoutTest {

    private static final LaneLayout.Metrics METRICS = new LaneLayout.Metrics(6, 5, 12, 4, 60);

    private record Events(double[] start, double[] end, boolean[] span, float[] width) {
    }

    private static Events random(int n, long seed) {
        Random r = new Random(seed);
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            start[i] = 12000 + r.nextDouble() * 6500;
        }
        Arrays.sort(start);
        double[] end = new double[n];
        boolean[] span = new boolean[n];
        float[] width = new float[n];
        for (int i = 0; i < n; i++) {
            span[i] = r.nextInt(4) == 0;
            end[i] = start[i] + (span[i] ? 1 + r.nextInt(90) : 1);
            width[i] = 40 + r.nextInt(200);
        }
        return new Events(start, end, span, width);
    }

    /** The pixels an event occupies in its lane, as the layout defines them. */
    private static double[] extent(Events e, LaneLayout.Result result, int i) {
        double dpp = result.daysPerPixel();
        double x0 = e.start[i] / dpp;
        double x1 = e.end[i] / dpp;
        double markerLeft = e.span[i] ? x0 : (x0 + x1) / 2 - METRICS.dotRadius();
        double markerRight = e.span[i] ? Math.max(x1, x0 + METRICS.minBarWidth()) : (x0 + x1) / 2 + METRICS.dotRadius();
        double labelX = result.labelX()[i];
        return new double[] {Math.min(markerLeft, labelX), Math.max(markerRight, labelX + e.width[i])};
    }

    @Test
    void noTwoEventsInALaneOverlap() {
        for (long seed = 0; seed < 20; seed++) {
            Events e = random(2000, seed);
            for (double dpp : new double[] {0.01, 0.1, 1, 4}) {
                LaneLayout.Result result = LaneLayout.layout(e.start, e.end, e.span, e.width, dpp, 12, METRICS, 18500);
                double[] laneEnd = new double[12];
                Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
                for (int i = 0; i < e.start.length; i++) {
                    int lane = result.lane()[i];
                    if (lane < 0) {
                        continue;
                    }
                    double[] x = extent(e, result, i);
                    assertTrue(x[0] >= laneEnd[lane] + METRICS.gap() - 1e-6,
                            "event " + i + " overlaps in lane " + lane + " at " + dpp);
                    laneEnd[lane] = x[1];
                }
            }
        }
    }

    @Test
    void everyEventIsInALaneOrACluster() {
        Events e = random(5000, 7);
        LaneLayout.Result result = LaneLayout.layout(e.start, e.end, e.span, e.width, 2, 8, METRICS, 18500);
        long inLanes = Arrays.stream(result.lane()).filter(l -> l >= 0).count();
        long inClusters = Arrays.stream(result.clusterCount()).sum();
        assertEquals(e.start.length, inLanes + inClusters);
        for (int c = 1; c < result.clusterCount().length; c++) {
            assertTrue(result.clusterLeft()[c] >= result.clusterRight()[c - 1], "clusters overlap");
        }
    }

    @Test
    void sameInputGivesTheSameLanesAndEarlierEventsKeepTheirs() {
        Events e = random(3000, 3);
        LaneLayout.Result a = LaneLayout.layout(e.start, e.end, e.span, e.width, 0.5, 10, METRICS, 18500);
        LaneLayout.Result b = LaneLayout.layout(e.start, e.end, e.span, e.width, 0.5, 10, METRICS, 18500);
        assertArrayEquals(a.lane(), b.lane());
        // Adding events at the end leaves the lanes of all earlier ones alone.
        int n = 2000;
        LaneLayout.Result prefix = LaneLayout.layout(Arrays.copyOf(e.start, n), Arrays.copyOf(e.end, n),
                Arrays.copyOf(e.span, n), Arrays.copyOf(e.width, n), 0.5, 10, METRICS, 18500);
        assertArrayEquals(prefix.lane(), Arrays.copyOf(a.lane(), n));
    }

    @Test
    void sparseEventsShareTheFirstLane() {
        double[] start = {100, 200, 300};
        double[] end = {101, 201, 301};
        LaneLayout.Result result = LaneLayout.layout(start, end, new boolean[3], new float[] {50, 50, 50}, 0.1, 5,
                METRICS, 1000);
        assertArrayEquals(new int[] {0, 0, 0}, result.lane());
        assertEquals(0, result.clusterCount().length);
    }

    @Test
    void aLabelThatWouldRunPastTheEndGoesLeftOfItsMarker() {
        double[] start = {990};
        double[] end = {991};
        LaneLayout.Result result = LaneLayout.layout(start, end, new boolean[1], new float[] {100}, 0.1, 5, METRICS,
                1000);
        assertTrue(result.labelX()[0] + 100 <= 990 / 0.1, "label should end left of the marker");
    }
}
