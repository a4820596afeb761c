package org.timelineexplorer.timeline.impl;

import java.util.Arrays;

/**
 * Assigns events to horizontal lanes so that no two markers or labels overlap, and gathers the events that find
 * no free lane into clusters. Pure and independent of the scene graph.
 *
 * <p>Events are taken in date order and each goes to the first lane that is free at its left edge, so the result
 * is stable: the same input always gives the same lanes, and an event's lane depends only on the events before
 * it. That is what lets a {@link Level} lay events out lazily, only as far to the right as has been shown, and
 * still give every event the lane a full layout would; and what lets it take an edit at event {@code k} by
 * starting again from a checkpoint just before {@code k} rather than from the first event.
 *
 * <p>Zoom is quantised into {@linkplain #levelOf levels} a fourth root of two apart, and a level is laid out once
 * at its own, coarsest, days per pixel. Any scale within the level is at most that coarse, so every distance in
 * days is at least as many pixels there: labels and markers that were apart at the level's scale stay apart, and
 * one layout serves every zoom and pan within the level.
 *
 * <p>An event occupies from its marker's left edge to the end of its label or of its bar, whichever is further.
 * A point event (known to the day, no end) is a dot centred on its day with the label to its right; a span (an
 * event with an end, or known only to the month or year) is a bar over its whole range, with the label starting
 * at the bar's start. A label that would run past the right limit goes to the left of its marker instead.
 */
final class LaneLayout {

    /** The ratio of days per pixel between neighbouring zoom levels: four levels to a doubling. */
    public static final double LEVEL_RATIO = Math.pow(2, 0.25);
    private static final double LOG_LEVEL_RATIO = Math.log(LEVEL_RATIO);
    /**
     * Events between checkpoints of a level's running state. An edit lays out again from the last checkpoint
     * before it, at most this many events more than from the edit itself; a checkpoint costs a copy of the lane
     * ends, so a hundred thousand events keep a few dozen.
     */
    static final int CHECKPOINT_EVERY = 2048;
    private static final int BLOCK = EventIndex.BLOCK;
    /** A margin, in pixels, for rounding in the shortcut's bounds: far below anything visible. */
    private static final double EPS = 1e-6;

    /** How events are drawn, in pixels: dot radius, space before a label, least space between neighbours. */
    public record Metrics(double dotRadius, double labelPad, double gap, double minBarWidth, double clusterWidth) {
    }

    private LaneLayout() {
    }

    /** The zoom level whose layout serves {@code daysPerPixel}: the smallest whose days per pixel are not fewer. */
    public static int levelOf(double daysPerPixel) {
        // The tolerance keeps a scale that sits on a level's boundary, give or take rounding from panning, in that
        // one level rather than flickering between two; it errs by far less than a pixel.
        return (int) Math.ceil(Math.log(daysPerPixel) / LOG_LEVEL_RATIO - 1e-9);
    }

    /** The days per pixel a level is laid out at: the coarsest scale it serves. */
    public static double levelDaysPerPixel(int level) {
        return Math.exp(level * LOG_LEVEL_RATIO);
    }

    /**
     * Starts a lazy layout of {@code events} at {@code daysPerPixel}; nothing is laid out until
     * {@link Level#ensure} asks for it.
     *
     * @param lanes      how many lanes there is room for (at least one is used)
     * @param rightLimit the last time the view can reach, in epoch days: a label that would run past it goes to
     *                   the left of its marker instead, so the last events stay readable
     */
    public static Level level(EventIndex events, double daysPerPixel, int lanes, Metrics m, double rightLimit) {
        return new Level(events, daysPerPixel, lanes, m, rightLimit);
    }

    /**
     * The layout of one zoom level, computed lazily from the earliest event on: {@link #ensure} extends it as far
     * right as a view needs, and what is laid out never changes, so panning never moves a label to another lane.
     * When the events change, {@link #eventsChangedFrom} forgets what the change can have moved. Not thread-safe.
     */
    public static final class Level {
        private final EventIndex ev;
        private final double daysPerPixel;
        private final int lanes;
        private final Metrics m;
        private final double limitPx;
        /** Events from this index on may have their label put left of the marker, so may reach further left. */
        private int firstFlippable;

        /** For each event laid out its lane (0 = top), or {@code -1 - c} when it belongs to cluster {@code c}. */
        private int[] lane;
        private int done;
        private final double[] laneEnd;
        private double earliestEnd = Double.NEGATIVE_INFINITY;

        // Clusters in absolute pixels at this level's scale.
        private double[] cLeft = new double[16];
        private double[] cRight = new double[16];
        private int clusters;

        // Checkpoint k (from 1) is the running state before event k * CHECKPOINT_EVERY; the state before event 0
        // is the empty one.
        private int checkpoints;
        private double[][] savedLaneEnd = new double[4][];
        private double[] savedEarliestEnd = new double[4];
        private int[] savedClusters = new int[4];
        private double[] savedOpenRight = new double[4];

        private Level(EventIndex ev, double daysPerPixel, int lanes, Metrics m, double rightLimit) {
            this.ev = ev;
            this.daysPerPixel = daysPerPixel;
            this.lanes = Math.max(1, lanes);
            this.m = m;
            this.limitPx = rightLimit / daysPerPixel;
            lane = new int[ev.size()];
            laneEnd = new double[this.lanes];
            Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
            firstFlippable = firstFlippable();
        }

        /** Where flipping labels may begin, from the bounds on label widths and durations. */
        private int firstFlippable() {
            // A label ends at most this far right of its event's end; only one that could pass the limit flips.
            double reach = m.dotRadius() + m.labelPad() + ev.maxLabelWidth;
            double flipFrom = (limitPx - reach) * daysPerPixel - ev.maxDuration - 1;
            return Double.isNaN(flipFrom) ? ev.size() : ev.lowerBound(flipFrom);
        }

        /**
         * Forgets the layout from event {@code first} on, where the events changed: it resumes from the last
         * checkpoint before {@code first}, as if laid out up to there only. What lies before keeps its lanes: an
         * event's lane depends only on the events before it.
         */
        public void eventsChangedFrom(int first) {
            if (lane.length < ev.size()) {
                lane = Arrays.copyOf(lane, Math.max(ev.size(), lane.length + (lane.length >> 1)));
            }
            firstFlippable = firstFlippable();
            if (first >= done) {
                return;
            }
            checkpoints = Math.min(checkpoints, first / CHECKPOINT_EVERY);
            done = checkpoints * CHECKPOINT_EVERY;
            if (checkpoints == 0) {
                Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
                earliestEnd = Double.NEGATIVE_INFINITY;
                clusters = 0;
            } else {
                int k = checkpoints - 1;
                System.arraycopy(savedLaneEnd[k], 0, laneEnd, 0, lanes);
                earliestEnd = savedEarliestEnd[k];
                clusters = savedClusters[k];
                if (clusters > 0) {
                    cRight[clusters - 1] = savedOpenRight[k];
                }
            }
        }

        public double daysPerPixel() {
            return daysPerPixel;
        }

        public int lanes() {
            return lanes;
        }

        /** How many events, from the first, have been laid out. */
        public int laidOut() {
            return done;
        }

        /**
         * How far, in days, an event's drawing can reach right of its start, at this level or any finer scale:
         * the visible slice of events starts this far left of the view.
         */
        public double maxExtentDays() {
            return ev.maxDuration + (Math.max(m.minBarWidth(), m.dotRadius()) + m.labelPad() + ev.maxLabelWidth)
                    * daysPerPixel;
        }

        /**
         * Lays out at least the first {@code count} events, and on until everything drawn before {@code untilDay} is
         * final: no later event can reach left of it, and no later event can change a cluster's edge there. A
         * cluster may go on past {@code untilDay}, and then only its part up to there is final: the skin counts
         * and draws what is in view, so there is no need to lay out the rest of a dense timeline to draw its
         * beginning.
         */
        public void ensure(int count, double untilDay) {
            int n = ev.size();
            // Every event that starts before this could reach into the view.
            int reaching = ev.lowerBound(untilDay + m.dotRadius() * daysPerPixel);
            if (done < Math.max(count, reaching)) {
                placeUpTo(Math.min(n, Math.max(count, reaching)));
            }
            // An event that joins a cluster only moves its right edge to the event's own left edge plus a dot, and
            // a cluster is drawn a gap short of its right edge: past this, later events change nothing in view.
            double settledPx = untilDay / daysPerPixel + m.gap();
            while (done < n && leftmostFrom(done) < settledPx) {
                // A few blocks at a time: laying out more than needed is harmless, as the layout is the same.
                placeUpTo(Math.min(n, (done / BLOCK + 4) * BLOCK));
            }
        }

        /** A bound on the left edge of every event from {@code i} on, in absolute pixels. */
        private double leftmostFrom(int i) {
            double inv = 1 / daysPerPixel;
            double left = ev.start[i] * inv - m.dotRadius();
            if (firstFlippable < ev.size()) {
                double flipped = ev.start[Math.max(i, firstFlippable)] * inv - m.dotRadius() - m.labelPad()
                        - ev.maxLabelWidth;
                left = Math.min(left, flipped);
            }
            return left;
        }

        /** Lays out up to event {@code to}, stopping at each checkpoint on the way to save the running state. */
        private void placeUpTo(int to) {
            while (done < to) {
                int next = (done / CHECKPOINT_EVERY + 1) * CHECKPOINT_EVERY;
                place(Math.min(to, next));
                if (done == next) {
                    saveCheckpoint();
                }
            }
        }

        private void saveCheckpoint() {
            int k = checkpoints;
            if (k == savedLaneEnd.length) {
                int size = k * 2;
                savedLaneEnd = Arrays.copyOf(savedLaneEnd, size);
                savedEarliestEnd = Arrays.copyOf(savedEarliestEnd, size);
                savedClusters = Arrays.copyOf(savedClusters, size);
                savedOpenRight = Arrays.copyOf(savedOpenRight, size);
            }
            savedLaneEnd[k] = laneEnd.clone();
            savedEarliestEnd[k] = earliestEnd;
            savedClusters[k] = clusters;
            savedOpenRight[k] = clusters > 0 ? cRight[clusters - 1] : Double.NaN;
            checkpoints++;
        }

        /**
         * Lays out events {@code done} to {@code to}, with all state in locals: it runs over up to every event at
         * each new zoom level.
         */
        private void place(int to) {
            ev.ensureBlocks(Math.min(to, firstFlippable) / BLOCK);
            final double[] start = ev.start;
            final double[] end = ev.end;
            final boolean[] span = ev.span;
            final float[] labelWidth = ev.labelWidth;
            final int[] lane = this.lane;
            final double[] laneEnd = this.laneEnd;
            final int lanes = this.lanes;
            final double inv = 1 / daysPerPixel;
            final double r = m.dotRadius();
            final double pad = m.labelPad();
            final double gap = m.gap();
            final double minBar = m.minBarWidth();
            final double limit = limitPx;
            double earliest = earliestEnd;
            // The open cluster, kept in locals and written back when another starts or the run ends.
            int c = clusters - 1;
            double openRight = c >= 0 ? cRight[c] : Double.NEGATIVE_INFINITY;
            // How far right of its start a point event's left edge can lie, at most.
            final double pointSlack = Math.max(0, ev.maxPointDuration * inv / 2 - r);
            final int flippable = firstFlippable;
            for (int i = done; i < to; i++) {
                // Where events are dense every lane stays taken for many events in a row, and each of them joins
                // the open cluster: a whole block of them is settled at once, with the same result as one by one.
                if (i % BLOCK == 0 && c >= 0 && i + BLOCK <= Math.min(to, flippable)) {
                    int b = i / BLOCK;
                    double lastLeft = start[i + BLOCK - 1] * inv + pointSlack;
                    if (lastLeft < earliest + gap - EPS && start[i] * inv + pointSlack < openRight - EPS
                            && ev.blockMaxStep[b] * inv + pointSlack < r - EPS) {
                        Arrays.fill(lane, i, i + BLOCK, -1 - c);
                        int s = ev.blockLastSpan[b];
                        if (s >= 0) {
                            openRight = Math.max(openRight, start[s] * inv + 2 * r);
                        }
                        int p = ev.blockRightmostPoint[b];
                        if (p >= 0) {
                            openRight = Math.max(openRight, (start[p] * inv + end[p] * inv) / 2 - r + 2 * r);
                        }
                        i += BLOCK - 1;
                        continue;
                    }
                }
                double x0 = start[i] * inv;
                double x1 = end[i] * inv;
                double w = labelWidth[i];
                boolean isSpan = span[i];
                double left;
                double right;
                double labelX;
                if (isSpan) {
                    left = x0;
                    labelX = x0 + pad;
                    right = Math.max(Math.max(x1, x0 + minBar), labelX + w);
                } else {
                    double mid = (x0 + x1) / 2;
                    left = mid - r;
                    labelX = mid + r + pad;
                    right = labelX + w;
                }
                if (labelX + w > limit) {
                    double markerLeft = isSpan ? x0 : left;
                    labelX = markerLeft - pad - w;
                    right = isSpan ? Math.max(x1, x0 + minBar) : left + 2 * r;
                    left = labelX;
                }
                // Where events are dense most of them find every lane taken: the earliest lane end answers that
                // without looking at each lane.
                if (earliest + gap <= left) {
                    int chosen = 0;
                    while (laneEnd[chosen] + gap > left) {
                        chosen++;
                    }
                    lane[i] = chosen;
                    double old = laneEnd[chosen];
                    laneEnd[chosen] = right;
                    if (old == earliest) {
                        earliest = Double.POSITIVE_INFINITY;
                        for (int l = 0; l < lanes; l++) {
                            earliest = Math.min(earliest, laneEnd[l]);
                        }
                    }
                    continue;
                }
                // No free lane: the event joins the cluster it touches or starts a new one.
                if (c >= 0 && left < openRight) {
                    openRight = Math.max(openRight, left + 2 * r);
                } else {
                    if (c >= 0) {
                        cRight[c] = openRight;
                    }
                    c = startCluster(left);
                    openRight = cRight[c];
                }
                lane[i] = -1 - c;
            }
            if (c >= 0) {
                cRight[c] = openRight;
            }
            earliestEnd = earliest;
            done = Math.max(done, to);
        }

        private int startCluster(double left) {
            if (clusters == cLeft.length) {
                int size = clusters * 2;
                cLeft = Arrays.copyOf(cLeft, size);
                cRight = Arrays.copyOf(cRight, size);
            }
            cLeft[clusters] = left;
            cRight[clusters] = left + m.clusterWidth();
            return clusters++;
        }

        /** Event {@code i}'s lane (0 = top), or -1 when it is in a cluster; it must have been laid out. */
        public int lane(int i) {
            return Math.max(-1, laidOut(i));
        }

        /** The cluster event {@code i} belongs to, or -1 when it has a lane; it must have been laid out. */
        public int cluster(int i) {
            return Math.max(-1, -1 - laidOut(i));
        }

        private int laidOut(int i) {
            if (i >= done) {
                throw new IllegalStateException("event " + i + " not laid out yet; " + done + " are");
            }
            return lane[i];
        }

        /**
         * Whether event {@code i}'s label is drawn left of its marker, because at this level's scale it would pass
         * the right limit. Worked out again rather than stored: it is needed only for the few events drawn.
         */
        public boolean labelLeft(int i) {
            double inv = 1 / daysPerPixel;
            double x0 = ev.start[i] * inv;
            double x1 = ev.end[i] * inv;
            double labelX = ev.span[i] ? x0 + m.labelPad() : (x0 + x1) / 2 + m.dotRadius() + m.labelPad();
            return labelX + ev.labelWidth[i] > limitPx;
        }

        /**
         * Where event {@code i}'s label starts at a scale of {@code dpp} days per pixel, in absolute pixels
         * ({@code epochDay / dpp}): beside its marker, on the side this level chose.
         */
        public double labelX(int i, double dpp) {
            double x0 = ev.start[i] / dpp;
            double x1 = ev.end[i] / dpp;
            boolean left = labelLeft(i);
            if (ev.span[i]) {
                return left ? x0 - m.labelPad() - ev.labelWidth[i] : x0 + m.labelPad();
            }
            double mid = (x0 + x1) / 2;
            return left ? mid - m.dotRadius() - m.labelPad() - ev.labelWidth[i]
                    : mid + m.dotRadius() + m.labelPad();
        }

        /** How many clusters have been found so far. */
        public int clusters() {
            return clusters;
        }

        /** The first cluster whose right edge is at or after {@code epochDay}; clusters are in date order. */
        public int firstClusterEndingAfter(double epochDay) {
            return EventIndex.lowerBound(cRight, clusters, epochDay / daysPerPixel);
        }

        /**
         * Cluster {@code c}'s left edge as a time: drawn at that time at any scale within the level, clusters
         * keep apart, since pixels between them only grow as the scale gets finer.
         */
        public double clusterLeftDay(int c) {
            return cLeft[c] * daysPerPixel;
        }

        /** Cluster {@code c}'s right edge as a time. */
        public double clusterRightDay(int c) {
            return cRight[c] * daysPerPixel;
        }
    }
}
