package org.timelineexplorer.timeline.impl;

import org.timelineexplorer.timeline.TimeScale;

/**
 * What the last frame drew and where: its scale, rows and lanes, and hit lists of its events, clusters and era
 * bands. Painters fill it in; clicks, hovers and tests read it.
 */
final class Drawn {
    TimeScale scale;
    Geometry geometry;
    LaneLayout.Level lanes;
    LaneLayout.Metrics metrics;
    /** Whether the frame runs right to left: drawn mirrored, with its text written readable by {@link ReadableText}. */
    boolean rightToLeft;
    final HitList events = new HitList();
    final HitList clusters = new HitList();
    final HitList eras = new HitList();
    /** For each cluster drawn, its members in view. */
    final ShownClusters shownClusters = new ShownClusters();

    /** Starts a frame at {@code scale}, mirrored or not. */
    void begin(TimeScale frameScale, Geometry frameGeometry, LaneLayout.Metrics frameMetrics, boolean mirrored) {
        scale = frameScale;
        rightToLeft = mirrored;
        geometry = frameGeometry;
        metrics = frameMetrics;
        lanes = null;
        events.clear();
        clusters.clear();
        eras.clear();
    }
}
