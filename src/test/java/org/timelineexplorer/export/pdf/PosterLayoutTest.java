package org.timelineexplorer.export.pdf;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.TimeRange;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PosterLayoutTest {

    @Test
    void a3IsOnePageAndSmallerPaperARowOfThree() {
        assertEquals(1, PosterLayout.of(Paper.A3).parts());
        assertEquals(3, PosterLayout.of(Paper.A4).parts());
        assertEquals(3, PosterLayout.of(Paper.LETTER).parts());
        for (Paper paper : Paper.values()) {
            PosterLayout layout = PosterLayout.of(paper);
            assertTrue(layout.page().getWidth() > layout.page().getHeight(), paper + " poster pages are landscape");
            assertTrue(layout.partWidth() < layout.page().getWidth() && layout.height() < layout.page().getHeight());
        }
    }

    @Test
    void thePartsTileThePictureAndItsRangeWithTheOverlapRepeated() {
        PosterLayout layout = PosterLayout.of(Paper.A4);
        int pixelWidth = 9_000;
        TimeRange range = new TimeRange(12_000, 20_000);
        List<PosterLayout.Part> parts = layout.parts(pixelWidth, range);
        double overlapPixels = PosterLayout.OVERLAP * pixelWidth / layout.width();

        assertEquals(0, parts.get(0).x());
        assertEquals(pixelWidth, parts.get(2).x() + parts.get(2).width());
        assertEquals(range.start(), parts.get(0).range().start(), 1e-9);
        assertEquals(range.end(), parts.get(2).range().end(), 1e-9);
        for (int i = 1; i < parts.size(); i++) {
            PosterLayout.Part before = parts.get(i - 1);
            PosterLayout.Part part = parts.get(i);
            assertEquals(overlapPixels, before.x() + before.width() - part.x(), 1, "part " + i + " repeats the overlap");
            assertTrue(part.range().start() < before.range().end(), "part " + i + "'s range overlaps the one before");
            assertEquals(before.width(), part.width(), 1, "the parts are the same width");
        }
    }
}
