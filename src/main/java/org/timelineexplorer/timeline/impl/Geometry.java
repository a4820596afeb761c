package org.timelineexplorer.timeline.impl;

/**
 * Where a frame's rows lie on the main canvas, top to bottom: the context and label rows of the axis, the era
 * band, the lanes and the cluster row. Every size derives from the label font, so larger type scales the whole
 * timeline.
 *
 * @param width       the canvas' width in layout pixels
 * @param height      the canvas' height in layout pixels
 * @param row         the height of one axis row
 * @param clusterRowY the top of the cluster row, the last lane's height above the bottom
 * @param laneCount   how many lanes fit between the era band and the cluster row, at least one
 */
record Geometry(double width, double height, double fontSize, double row, double laneHeight, double eraTop,
                double eraBottom, double lanesTop, double clusterRowY, int laneCount) {

    /** Space between the main canvas and the overview strip. */
    static final double OVERVIEW_GAP = 4;

    static Geometry of(double fontSize, double width, double height) {
        double row = row(fontSize);
        double laneHeight = laneHeight(fontSize);
        double eraTop = eraTop(row);
        double clusterRowY = height - laneHeight;
        double lanesTop = lanesTop(fontSize);
        int laneCount = (int) Math.max(1, Math.floor((clusterRowY - lanesTop) / laneHeight));
        return new Geometry(width, height, fontSize, row, laneHeight, eraTop, eraTop + eraBandHeight(fontSize),
                lanesTop, clusterRowY, laneCount);
    }

    /** The height of the whole control that holds {@code lanes} lanes, the cluster row and the overview strip. */
    static double heightFor(double fontSize, int lanes) {
        return lanesTop(fontSize) + (lanes + 1) * laneHeight(fontSize) + OVERVIEW_GAP + overviewHeight(fontSize);
    }

    /** The overview strip's height. */
    static double overviewHeight(double fontSize) {
        return Math.round(Math.max(30, fontSize * 2.4));
    }

    /** The vertical centre of lane {@code lane}. */
    double laneCentre(int lane) {
        return lanesTop + lane * laneHeight + laneHeight / 2;
    }

    /** The vertical centre of the cluster row. */
    double clusterRowCentre() {
        return clusterRowY + laneHeight / 2;
    }

    private static double row(double fontSize) {
        return Math.round(fontSize * 1.7);
    }

    private static double laneHeight(double fontSize) {
        return Math.round(fontSize * 1.75);
    }

    private static double eraTop(double row) {
        return row * 2 + 2;
    }

    private static double eraBandHeight(double fontSize) {
        return Math.round(fontSize * 1.9);
    }

    /** Where the first lane starts: under the two axis rows and the era band. */
    private static double lanesTop(double fontSize) {
        return eraTop(row(fontSize)) + eraBandHeight(fontSize) + Math.round(fontSize * 0.5);
    }
}
