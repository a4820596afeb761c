package org.timelineexplorer.timeline;

import java.util.Arrays;

/**
 * Assigns events to horizontal lanes so that no two markers or labels overlap, and gathers the events that find
 * no free lane into clusters. Pure and independent of the scene graph.
 *
 * <p>Positions are absolute pixels, {@code epochDay / daysPerPixel}, so one layout serves every pan at the same
 * zoom: the caller keys a cache by the scale's days per pixel and recomputes only when the zoom changes. Events are
 * taken in the given order (date order) and each goes to the first lane that is free at its left edge, so the
 * result is stable: the same input always gives the same lanes, and an event's lane depends only on the events
 * before it.
 *
 * <p>An event occupies from its marker's left edge to the end of its label or of its bar, whichever is further.
 * A point event (known to the day, no end) is a dot centred on its day with the label to its right; a span (an
 * event with an end, or known only to the month or year) is a bar over its whole range, with the label starting
 * at the bar's start.
 */
public final class LaneLayout {

    /** How events are drawn, in pixels: dot radius, space before a label, least space between neighbours. */
    public record Metrics(double dotRadius, double labelPad, double gap, double minBarWidth, double clusterWidth) {
    }

    /**
     * A computed layout.
     *
     * @param lane          for each event its lane (0 = top), or -1 when it belongs to a cluster
     * @param labelX        for each event the absolute x where its label starts
     * @param maxExtentDays how far, in days, an event's drawing reaches right of its start at most; the visible
     *                      slice of events starts this far left of the view
     * @param clusterStart  for each cluster the earliest start of its members, in epoch days
     * @param clusterEnd    for each cluster the latest end of its members, in epoch days
     * @param clusterLeft   for each cluster its absolute left edge in pixels
     * @param clusterRight  for each cluster its absolute right edge in pixels
     * @param clusterCount  for each cluster how many events it holds
     */
    public record Result(double daysPerPixel, int lanes, int[] lane, double[] labelX, double maxExtentDays,
                         double[] clusterStart, double[] clusterEnd, double[] clusterLeft, double[] clusterRight,
                         int[] clusterCount) {

        public int clusterCountTotal() {
            return clusterCount.length;
        }
    }

    private LaneLayout() {
    }

    /**
     * Lays out events sorted by start.
     *
     * @param start       start of each event in epoch days, ascending
     * @param end         end of each event in epoch days (exclusive)
     * @param span        whether each event is drawn as a bar rather than a dot
     * @param labelWidth  the width of each event's label in pixels
     * @param daysPerPixel the zoom level
     * @param lanes       how many lanes there is room for (at least one is used)
     * @param rightLimit  the last time the view can reach, in epoch days: a label that would run past it goes to
     *                    the left of its marker instead, so the last events stay readable
     */
    public static Result layout(double[] start, double[] end, boolean[] span, float[] labelWidth,
                                double daysPerPixel, int lanes, Metrics m, double rightLimit) {
        int n = start.length;
        lanes = Math.max(1, lanes);
        double[] laneEnd = new double[lanes];
        Arrays.fill(laneEnd, Double.NEGATIVE_INFINITY);
        int[] lane = new int[n];
        double[] labelX = new double[n];
        double maxExtentPx = 0;

        double[] cStart = new double[16];
        double[] cEnd = new double[16];
        double[] cLeft = new double[16];
        double[] cRight = new double[16];
        int[] cCount = new int[16];
        int clusters = 0;

        double inv = 1 / daysPerPixel;
        double earliestEnd = Double.NEGATIVE_INFINITY;
        double limitPx = rightLimit * inv;
        for (int i = 0; i < n; i++) {
            double x0 = start[i] * inv;
            double x1 = end[i] * inv;
            double left;
            double right;
            if (span[i]) {
                left = x0;
                double barEnd = Math.max(x1, x0 + m.minBarWidth());
                labelX[i] = x0 + m.labelPad();
                right = Math.max(barEnd, labelX[i] + labelWidth[i]);
            } else {
                double mid = (x0 + x1) / 2;
                left = mid - m.dotRadius();
                labelX[i] = mid + m.dotRadius() + m.labelPad();
                right = labelX[i] + labelWidth[i];
            }
            if (labelX[i] + labelWidth[i] > limitPx) {
                double markerLeft = span[i] ? x0 : left;
                labelX[i] = markerLeft - m.labelPad() - labelWidth[i];
                right = span[i] ? Math.max(x1, x0 + m.minBarWidth()) : left + 2 * m.dotRadius();
                left = labelX[i];
            }
            maxExtentPx = Math.max(maxExtentPx, right - x0);
            int chosen = -1;
            // Where events are dense most of them find every lane taken: the earliest lane end answers that
            // without looking at each lane.
            if (earliestEnd + m.gap() <= left) {
                for (int l = 0; l < lanes; l++) {
                    if (laneEnd[l] + m.gap() <= left) {
                        chosen = l;
                        break;
                    }
                }
            }
            lane[i] = chosen;
            if (chosen >= 0) {
                laneEnd[chosen] = right;
                earliestEnd = Double.POSITIVE_INFINITY;
                for (double e : laneEnd) {
                    earliestEnd = Math.min(earliestEnd, e);
                }
                continue;
            }
            // No free lane: the event joins the cluster it touches or starts a new one.
            if (clusters > 0 && left < cRight[clusters - 1]) {
                int c = clusters - 1;
                cCount[c]++;
                cEnd[c] = Math.max(cEnd[c], end[i]);
                cRight[c] = Math.max(cRight[c], left + 2 * m.dotRadius());
            } else {
                if (clusters == cCount.length) {
                    int size = clusters * 2;
                    cStart = Arrays.copyOf(cStart, size);
                    cEnd = Arrays.copyOf(cEnd, size);
                    cLeft = Arrays.copyOf(cLeft, size);
                    cRight = Arrays.copyOf(cRight, size);
                    cCount = Arrays.copyOf(cCount, size);
                }
                cStart[clusters] = start[i];
                cEnd[clusters] = end[i];
                cLeft[clusters] = left;
                cRight[clusters] = left + m.clusterWidth();
                cCount[clusters] = 1;
                clusters++;
            }
        }
        return new Result(daysPerPixel, lanes, lane, labelX, maxExtentPx * daysPerPixel,
                Arrays.copyOf(cStart, clusters), Arrays.copyOf(cEnd, clusters), Arrays.copyOf(cLeft, clusters),
                Arrays.copyOf(cRight, clusters), Arrays.copyOf(cCount, clusters));
    }
}
