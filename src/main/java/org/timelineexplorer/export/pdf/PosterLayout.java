package org.timelineexplorer.export.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.timelineexplorer.model.TimeRange;

import java.util.ArrayList;
import java.util.List;

/**
 * How a poster's one timeline picture is cut into pages: on A3 one landscape page, on A4 and US Letter
 * {@value #PARTS_ON_SMALL_PAPER} landscape pages side by side (about 80 cm of wall), each repeating the last
 * {@link #OVERLAP} of the one before, so that the parts can be trimmed at their cut marks and glued edge over edge
 * without a gap.
 *
 * @param parts       how many pages the picture is cut into
 * @param page        each page's size, landscape
 * @param partWidth   the width of the picture on each page, in points
 * @param height      the height of the picture on each page, in points
 */
record PosterLayout(int parts, PDRectangle page, float partWidth, float height) {

    static final int PARTS_ON_SMALL_PAPER = 3;
    /** What each page repeats of the one before: 10 mm, enough to glue on. */
    static final float OVERLAP = PageFlow.mm(10);
    /** The band above the picture that names the part and its dates. */
    static final float LABEL_BAND = 34;

    /** One page's slice of the picture, in its pixels, and the time that slice shows. */
    record Part(int index, int x, int width, TimeRange range) {
    }

    static PosterLayout of(Paper paper) {
        PDRectangle page = paper.page(true);
        int parts = paper == Paper.A3 ? 1 : PARTS_ON_SMALL_PAPER;
        return new PosterLayout(parts, page, page.getWidth() - 2 * PageFlow.MARGIN,
                page.getHeight() - PageFlow.MARGIN - LABEL_BAND - PageFlow.BOTTOM);
    }

    /** The whole picture's width in points: the parts side by side, less what they repeat. */
    float width() {
        return parts * partWidth - (parts - 1) * OVERLAP;
    }

    /**
     * The slices of a picture {@code pixelWidth} pixels wide that shows {@code range} from edge to edge: the first
     * starts at its left edge, the last ends at its right, and each starts {@link #OVERLAP} before the one before
     * it ends.
     */
    List<Part> parts(int pixelWidth, TimeRange range) {
        List<Part> result = new ArrayList<>();
        double pixelsPerPoint = pixelWidth / (double) width();
        for (int i = 0; i < parts; i++) {
            double startPoint = i * (partWidth - OVERLAP);
            int x = (int) Math.round(startPoint * pixelsPerPoint);
            int end = i == parts - 1 ? pixelWidth : (int) Math.round((startPoint + partWidth) * pixelsPerPoint);
            result.add(new Part(i, x, end - x, new TimeRange(range.start() + range.length() * x / pixelWidth,
                    range.start() + range.length() * end / pixelWidth)));
        }
        return result;
    }
}
