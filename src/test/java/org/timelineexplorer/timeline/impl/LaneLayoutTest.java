package org.timelineexplorer.timeline.impl;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.TimelineEvent;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LaneLayoutTest {

    private static final LaneLayout.Metrics METRICS = new LaneLayout.Metrics(6, 5, 12, 4, 60);

    /** A level laid out to the end. */
    private static LaneLayout.Level whole(EventIndex e, double dpp, int lanes, double rightLimit) {
        LaneLayout.Level level = LaneLayout.level(e, dpp, lanes, METRICS, rightLimit);
        level.ensure(e.size(), Double.POSITIVE_INFINITY);
        return level;
    }

    private static int[] lanes(LaneLayout.Level level, int n) {
        int[] lanes = new int[n];
        for (int i = 0; i < n; i++) {
            lanes[i] = level.lane(i);
        }
        return lanes;
    }

    /** Checks that no two events in a lane overlap when the level is drawn at {@code dpp}. */
    private static void assertNoOverlaps(EventIndex e, LaneLayout.Level layout, double dpp, String where) {
        double[] laneEnd = new double[layout.lanes()];
        Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
        for (int i = 0; i < e.size(); i++) {
            int lane = layout.lane(i);
            if (lane < 0) {
                continue;
            }
            double x0 = e.start(i) / dpp;
            double x1 = e.end(i) / dpp;
            double markerLeft = e.isSpan(i) ? x0 : (x0 + x1) / 2 - METRICS.dotRadius();
            double markerRight = e.isSpan(i) ? Math.max(x1, x0 + METRICS.minBarWidth())
                    : (x0 + x1) / 2 + METRICS.dotRadius();
            double labelX = layout.labelX(i, dpp);
            assertTrue(Math.min(markerLeft, labelX) >= laneEnd[lane] + METRICS.gap() - 1e-6,
                    "event " + i + " overlaps in lane " + lane + " " + where);
            laneEnd[lane] = Math.max(markerRight, labelX + e.labelWidth(i));
        }
    }

    @Test
    void noTwoEventsInALaneOverlap() {
        for (long seed = 0; seed < 20; seed++) {
            EventIndex e = TestEvents.index(TestEvents.random(2000, 6500, 4, new Random(seed)));
            for (double dpp : new double[] {0.01, 0.1, 1, 4}) {
                assertNoOverlaps(e, whole(e, dpp, 12, 18500), dpp, "at " + dpp);
            }
        }
    }

    @Test
    void everyEventIsInALaneOrAClusterAndClustersDoNotOverlap() {
        EventIndex e = TestEvents.index(TestEvents.random(5000, 6500, 4, new Random(7)));
        LaneLayout.Level level = whole(e, 2, 8, 18500);
        for (int i = 0; i < e.size(); i++) {
            assertTrue(level.lane(i) >= 0 != level.cluster(i) >= 0, "event " + i + " has a lane or a cluster");
        }
        assertTrue(level.clusters() > 0);
        for (int c = 1; c < level.clusters(); c++) {
            assertTrue(level.clusterLeftDay(c) >= level.clusterRightDay(c - 1), "clusters overlap");
        }
    }

    @Test
    void sameInputGivesTheSameLanesAndEarlierEventsKeepTheirs() {
        List<TimelineEvent> events = TestEvents.random(3000, 6500, 4, new Random(3));
        EventIndex e = TestEvents.index(events);
        int[] a = lanes(whole(e, 0.5, 10, 18500), 3000);
        assertArrayEquals(a, lanes(whole(e, 0.5, 10, 18500), 3000));
        // Events after the first 2000 leave the lanes of all earlier ones alone.
        EventIndex prefix = TestEvents.index(events.subList(0, 2000));
        assertArrayEquals(lanes(whole(prefix, 0.5, 10, 18500), 2000), Arrays.copyOf(a, 2000));
    }

    @Test
    void sparseEventsShareTheFirstLane() {
        EventIndex e = TestEvents.index(List.of(TestEvents.event("a", 100, 0, 50), TestEvents.event("b", 200, 0, 50),
                TestEvents.event("c", 300, 0, 50)));
        LaneLayout.Level level = whole(e, 0.1, 5, 1000);
        assertArrayEquals(new int[] {0, 0, 0}, lanes(level, 3));
        assertEquals(0, level.clusters());
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
            EventIndex e = TestEvents.index(round % 2 == 0 ? TestEvents.random(2000, 6500, 4, new Random(round))
                    : TestEvents.random(6000, 400, 5, new Random(round)));
            int level = r.nextInt(30) - 20;
            double coarse = LaneLayout.levelDaysPerPixel(level);
            double fine = LaneLayout.levelDaysPerPixel(level - 1);
            LaneLayout.Level layout = whole(e, coarse, 1 + r.nextInt(12), e.start(e.size() - 1) - r.nextInt(30));
            for (int k = 0; k < 5; k++) {
                double dpp = k == 0 ? coarse : fine + (coarse - fine) * r.nextDouble();
                assertEquals(level, LaneLayout.levelOf(dpp));
                assertNoOverlaps(e, layout, dpp, "at " + dpp + " in level " + level);
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

    /** A whole layout done one event at a time, without shortcuts, as the skin first drew it. */
    private record Reference(double daysPerPixel, int[] lane, int[] cluster, double[] labelX, double[] clusterLeft,
                             double[] clusterRight) {

        int clusters() {
            return clusterLeft.length;
        }
    }

    private static Reference reference(EventIndex e, double dpp, int lanes, double rightLimit) {
        int n = e.size();
        LaneLayout.Metrics m = METRICS;
        double[] laneEnd = new double[lanes];
        Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
        int[] lane = new int[n];
        int[] cluster = new int[n];
        double[] labelX = new double[n];
        double[] cLeft = new double[n];
        double[] cRight = new double[n];
        int clusters = 0;
        double inv = 1 / dpp;
        double limitPx = rightLimit * inv;
        for (int i = 0; i < n; i++) {
            double x0 = e.start(i) * inv;
            double x1 = e.end(i) * inv;
            double w = e.labelWidth(i);
            double left;
            double right;
            if (e.isSpan(i)) {
                left = x0;
                labelX[i] = x0 + m.labelPad();
                right = Math.max(Math.max(x1, x0 + m.minBarWidth()), labelX[i] + w);
            } else {
                double mid = (x0 + x1) / 2;
                left = mid - m.dotRadius();
                labelX[i] = mid + m.dotRadius() + m.labelPad();
                right = labelX[i] + w;
            }
            if (labelX[i] + w > limitPx) {
                double markerLeft = e.isSpan(i) ? x0 : left;
                labelX[i] = markerLeft - m.labelPad() - w;
                right = e.isSpan(i) ? Math.max(x1, x0 + m.minBarWidth()) : left + 2 * m.dotRadius();
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
                cRight[clusters - 1] = Math.max(cRight[clusters - 1], left + 2 * m.dotRadius());
            } else {
                cLeft[clusters] = left;
                cRight[clusters] = left + m.clusterWidth();
                clusters++;
            }
            cluster[i] = clusters - 1;
        }
        return new Reference(dpp, lane, cluster, labelX, Arrays.copyOf(cLeft, clusters),
                Arrays.copyOf(cRight, clusters));
    }

    /** Dense random events, their whole layout by the reference and a lazy level of the same, not laid out yet. */
    private record Pair(EventIndex events, Reference full, LaneLayout.Level lazy) {
    }

    private static Pair randomPair(Random r, long seed) {
        EventIndex e = TestEvents.index(TestEvents.random(20_000, 300 + r.nextInt(3000), 5, new Random(seed)));
        double dpp = Math.exp(r.nextDouble() * 6 - 4);
        int lanes = 1 + r.nextInt(30);
        double limit = e.start(e.size() - 1);
        return new Pair(e, reference(e, dpp, lanes, limit), LaneLayout.level(e, dpp, lanes, METRICS, limit));
    }

    private static void assertSameLayout(Reference full, LaneLayout.Level lazy, int n, String where) {
        for (int i = 0; i < n; i++) {
            assertEquals(full.lane()[i], lazy.lane(i), "lane of event " + i + where);
            assertEquals(full.cluster()[i], lazy.cluster(i), "cluster of event " + i + where);
            assertEquals(full.labelX()[i], lazy.labelX(i, full.daysPerPixel()), 1e-6, "label of event " + i + where);
        }
        assertEquals(full.clusters(), lazy.clusters(), "clusters" + where);
        for (int c = 0; c < lazy.clusters(); c++) {
            assertEquals(full.clusterLeft()[c] * full.daysPerPixel(), lazy.clusterLeftDay(c), 1e-6);
            assertEquals(full.clusterRight()[c] * full.daysPerPixel(), lazy.clusterRightDay(c), 1e-6);
        }
    }

    /** Laying a level out bit by bit, as panning does, gives the same lanes and clusters as all at once. */
    @Test
    void aLazyLayoutIsTheFullLayout() {
        Random r = new Random(9);
        for (int round = 0; round < 20; round++) {
            Pair p = randomPair(r, round);
            EventIndex e = p.events();
            LaneLayout.Level lazy = p.lazy();
            double until = e.start(0);
            while (lazy.laidOut() < e.size()) {
                until += r.nextDouble() * 40;
                lazy.ensure(r.nextInt(50), until);
            }
            assertSameLayout(p.full(), lazy, e.size(), " in round " + round);
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
            EventIndex e = p.events();
            Reference full = p.full();
            LaneLayout.Level lazy = p.lazy();
            double dpp = full.daysPerPixel();
            double limit = e.start(e.size() - 1);
            double viewEnd = e.start(0) + r.nextDouble() * (limit - e.start(0));
            int before = e.lowerBound(viewEnd);
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

    @Test
    void aLabelThatWouldRunPastTheEndGoesLeftOfItsMarker() {
        EventIndex e = TestEvents.index(List.of(TestEvents.event("a", 990, 0, 100)));
        LaneLayout.Level level = whole(e, 0.1, 5, 1000);
        assertTrue(level.labelX(0, 0.1) + 100 <= 990 / 0.1, "label should end left of the marker");
    }
}
