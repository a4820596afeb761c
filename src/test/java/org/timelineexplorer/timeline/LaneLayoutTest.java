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

    /** Events packed far more densely than lanes can hold, so that most of them end up in clusters. */
    private static Events dense(int n, double days, long seed) {
        Random r = new Random(seed);
        double[] start = new double[n];
        for (int i = 0; i < n; i++) {
            // Whole days, as dates are, so that many events share a start.
            start[i] = 12000 + Math.floor(r.nextDouble() * days);
        }
        Arrays.sort(start);
        double[] end = new double[n];
        boolean[] span = new boolean[n];
        float[] width = new float[n];
        for (int i = 0; i < n; i++) {
            span[i] = r.nextInt(5) == 0;
            end[i] = start[i] + (span[i] ? 1 + r.nextInt(60) : 1);
            width[i] = 40 + r.nextInt(200);
        }
        return new Events(start, end, span, width);
    }

    @Test
    void everyScaleFallsInTheLevelLaidOutAtTheCoarsestScaleNotFiner() {
        Random r = new Random(11);
        for (int k = 0; k < 10_000; k++) {
            double dpp = Math.exp(r.nextDouble() * 20 - 10);
            int level = LaneLayout.levelOf(dpp);
            assertTrue(LaneLayout.levelDaysPerPixel(level) >= dpp * (1 - 1e-9), "level too fine for " + dpp);
            assertTrue(LaneLayout.levelDaysPerPixel(level - 1) < dpp, "level too coarse for " + dpp);
        }
    }

    /**
     * The point of laying out once per level: the level's layout, drawn at any scale within the level, still has
     * no overlapping labels or markers in a lane and no overlapping clusters.
     */
    @Test
    void aLevelsLayoutDrawnAtAnyScaleWithinItHasNoOverlaps() {
        Random r = new Random(5);
        for (int round = 0; round < 40; round++) {
            Events e = round % 2 == 0 ? random(2000, round) : dense(6000, 400, round);
            LaneLayout.Events events = new LaneLayout.Events(e.start, e.end, e.span, e.width);
            int level = r.nextInt(30) - 20;
            double coarse = LaneLayout.levelDaysPerPixel(level);
            double fine = LaneLayout.levelDaysPerPixel(level - 1);
            LaneLayout.Level layout = LaneLayout.level(events, coarse, 1 + r.nextInt(12), METRICS,
                    e.start[e.start.length - 1] - r.nextInt(30));
            layout.ensure(e.start.length, Double.POSITIVE_INFINITY);
            for (int k = 0; k < 5; k++) {
                double dpp = k == 0 ? coarse : fine + (coarse - fine) * r.nextDouble();
                assertEquals(level, LaneLayout.levelOf(dpp));
                double[] laneEnd = new double[layout.lanes()];
                Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
                for (int i = 0; i < e.start.length; i++) {
                    int lane = layout.lane(i);
                    if (lane < 0) {
                        continue;
                    }
                    double x0 = e.start[i] / dpp;
                    double x1 = e.end[i] / dpp;
                    double markerLeft = e.span[i] ? x0 : (x0 + x1) / 2 - METRICS.dotRadius();
                    double markerRight = e.span[i] ? Math.max(x1, x0 + METRICS.minBarWidth())
                            : (x0 + x1) / 2 + METRICS.dotRadius();
                    double labelX = layout.labelX(i, dpp);
                    double left = Math.min(markerLeft, labelX);
                    assertTrue(left >= laneEnd[lane] + METRICS.gap() - 1e-6,
                            "event " + i + " overlaps in lane " + lane + " at " + dpp + " in level " + level);
                    laneEnd[lane] = Math.max(markerRight, labelX + e.width[i]);
                }
                for (int c = 0; c < layout.clusters(); c++) {
                    double left = layout.clusterLeftDay(c) / dpp;
                    double right = layout.clusterRightDay(c) / dpp;
                    assertTrue(right - left >= METRICS.clusterWidth() - 1e-6, "cluster " + c + " too narrow");
                    if (c > 0) {
                        assertTrue(left >= layout.clusterRightDay(c - 1) / dpp - 1e-6, "clusters overlap");
                    }
                }
            }
        }
    }

    /** Dense random events, their whole layout by the reference and a lazy level of the same, not laid out yet. */
    private record Pair(Events events, LaneLayout.Result full, LaneLayout.Level lazy) {
    }

    private static Pair randomPair(Random r, long seed) {
        Events e = dense(20_000, 300 + r.nextInt(3000), seed);
        double dpp = Math.exp(r.nextDouble() * 6 - 4);
        int lanes = 1 + r.nextInt(30);
        double limit = e.start[e.start.length - 1];
        LaneLayout.Events events = new LaneLayout.Events(e.start, e.end, e.span, e.width);
        return new Pair(e, reference(e, dpp, lanes, limit), LaneLayout.level(events, dpp, lanes, METRICS, limit));
    }

    /** Laying a level out bit by bit, as panning does, gives the same lanes and clusters as all at once. */
    @Test
    void aLazyLayoutIsTheFullLayout() {
        Random r = new Random(9);
        for (int round = 0; round < 20; round++) {
            Pair p = randomPair(r, round);
            Events e = p.events();
            LaneLayout.Result full = p.full();
            LaneLayout.Level lazy = p.lazy();
            double dpp = full.daysPerPixel();
            double until = e.start[0];
            while (lazy.laidOut() < e.start.length) {
                until += r.nextDouble() * 40;
                lazy.ensure(r.nextInt(50), until);
            }
            for (int i = 0; i < e.start.length; i++) {
                assertEquals(full.lane()[i], lazy.lane(i), "lane of event " + i);
                assertEquals(full.cluster()[i], lazy.cluster(i), "cluster of event " + i);
                assertEquals(full.labelX()[i], lazy.labelX(i, dpp), 1e-6, "label of event " + i);
            }
            assertEquals(full.clusterCount().length, lazy.clusters());
            for (int c = 0; c < lazy.clusters(); c++) {
                assertEquals(full.clusterLeft()[c] * dpp, lazy.clusterLeftDay(c), 1e-6);
                assertEquals(full.clusterRight()[c] * dpp, lazy.clusterRightDay(c), 1e-6);
            }
        }
    }

    /**
     * What a view draws from a level laid out only as far as it asks is what the whole layout gives: every event
     * that starts before the view's end has its lane or cluster, and every cluster's edges up to the view's end
     * are final, even where a cluster runs on far beyond it.
     */
    @Test
    void aLevelLaidOutUpToTheViewDrawsWhatTheWholeLayoutDoesInIt() {
        Random r = new Random(21);
        for (int round = 0; round < 40; round++) {
            Pair p = randomPair(r, 100 + round);
            Events e = p.events();
            LaneLayout.Result full = p.full();
            LaneLayout.Level lazy = p.lazy();
            double dpp = full.daysPerPixel();
            double limit = e.start[e.start.length - 1];
            double viewEnd = e.start[0] + r.nextDouble() * (limit - e.start[0]);
            int before = LaneLayout.lowerBound(e.start, viewEnd);
            lazy.ensure(before, viewEnd);
            assertTrue(lazy.laidOut() >= before);
            for (int i = 0; i < before; i++) {
                assertEquals(full.cluster()[i], lazy.cluster(i), "cluster of event " + i);
            }
            double viewEndPx = viewEnd / dpp;
            for (int c = 0; c < lazy.clusters(); c++) {
                assertEquals(full.clusterLeft()[c], lazy.clusterLeftDay(c) / dpp, 1e-6, "left of cluster " + c);
                double right = lazy.clusterRightDay(c) / dpp;
                if (full.clusterRight()[c] <= viewEndPx + METRICS.gap()) {
                    assertEquals(full.clusterRight()[c], right, 1e-6, "right of cluster " + c);
                } else {
                    assertTrue(right > viewEndPx, "cluster " + c + " looks as if it ended in view");
                }
            }
        }
    }

    /** The greedy layout, one event at a time and without shortcuts, as the skin first drew it. */
    private static LaneLayout.Result reference(Events e, double dpp, int lanes, double rightLimit) {
        int n = e.start.length;
        LaneLayout.Metrics m = METRICS;
        double[] laneEnd = new double[lanes];
        Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
        int[] lane = new int[n];
        int[] cluster = new int[n];
        double[] labelX = new double[n];
        double[] cLeft = new double[n];
        double[] cRight = new double[n];
        int[] cCount = new int[n];
        int clusters = 0;
        double inv = 1 / dpp;
        double limitPx = rightLimit * inv;
        for (int i = 0; i < n; i++) {
            double x0 = e.start[i] * inv;
            double x1 = e.end[i] * inv;
            double left;
            double right;
            if (e.span[i]) {
                left = x0;
                labelX[i] = x0 + m.labelPad();
                right = Math.max(Math.max(x1, x0 + m.minBarWidth()), labelX[i] + e.width[i]);
            } else {
                double mid = (x0 + x1) / 2;
                left = mid - m.dotRadius();
                labelX[i] = mid + m.dotRadius() + m.labelPad();
                right = labelX[i] + e.width[i];
            }
            if (labelX[i] + e.width[i] > limitPx) {
                double markerLeft = e.span[i] ? x0 : left;
                labelX[i] = markerLeft - m.labelPad() - e.width[i];
                right = e.span[i] ? Math.max(x1, x0 + m.minBarWidth()) : left + 2 * m.dotRadius();
                left = labelX[i];
            }
            lane[i] = -1;
            cluster[i] = -1;
            for (int l = 0; l < lanes; l++) {
                if (laneEnd[l] + m.gap() <= left) {
                    lane[i] = l;
                    laneEnd[l] = right;
                    break;
                }
            }
            if (lane[i] >= 0) {
                continue;
            }
            if (clusters > 0 && left < cRight[clusters - 1]) {
                int c = clusters - 1;
                cCount[c]++;
                cRight[c] = Math.max(cRight[c], left + 2 * m.dotRadius());
            } else {
                cLeft[clusters] = left;
                cRight[clusters] = left + m.clusterWidth();
                cCount[clusters] = 1;
                clusters++;
            }
            cluster[i] = clusters - 1;
        }
        return new LaneLayout.Result(dpp, lanes, lane, cluster, labelX, 0, Arrays.copyOf(cLeft, clusters),
                Arrays.copyOf(cRight, clusters), Arrays.copyOf(cCount, clusters));
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
