package org.timelineexplorer.export.pdf;

import org.timelineexplorer.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The poster: the timeline picture cut into the parts {@link PosterLayout} gives, one landscape page each. Above each
 * part, its number and the dates it shows (as text, so the parts can be put in order and the tiling checked); around
 * it, cut marks at the corners and, where it repeats its neighbour, marks at the edge of the repeated strip.
 */
final class PosterPages {

    private static final Messages TEXT = Messages.of(PosterPages.class);

    private static final float MARK = PageFlow.mm(4);
    private static final float MARK_GAP = PageFlow.mm(1.5);

    private PosterPages() {
    }

    static void write(PDDocument document, Typesetter type, HandoutContent.Poster poster, PosterLayout layout)
            throws IOException {
        BufferedImage picture = poster.image();
        List<PosterLayout.Part> parts = layout.parts(picture.getWidth(), poster.range());
        for (PosterLayout.Part part : parts) {
            PDPage page = new PDPage(layout.page());
            document.addPage(page);
            PDImageXObject image = LosslessFactory.createFromImage(document,
                    picture.getSubimage(part.x(), 0, part.width(), picture.getHeight()));
            float left = PageFlow.MARGIN;
            float right = left + layout.partWidth();
            float bottom = PageFlow.BOTTOM;
            float top = bottom + layout.height();
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.drawImage(image, left, bottom, layout.partWidth(), layout.height());
                float labelY = top + PosterLayout.LABEL_BAND - type.bodyBold.size() - 2;
                String dates = range(part.range());
                type.draw(stream, type.bodyBold, left, labelY, parts.size() == 1 ? dates
                        : TEXT.text("poster.part", part.index() + 1, parts.size(), dates));
                if (parts.size() > 1) {
                    type.drawRight(stream, type.small, right, labelY, instructions(part, parts.size()));
                    cutMarks(stream, left, bottom, right, top);
                    if (part.index() > 0) {
                        edgeMarks(stream, left + PosterLayout.OVERLAP, bottom, top);
                    }
                    if (part.index() < parts.size() - 1) {
                        edgeMarks(stream, right - PosterLayout.OVERLAP, bottom, top);
                    }
                }
            }
        }
    }

    /** "March 2003 – June 2010": the months a part shows, from its left edge to its right. */
    static String range(TimeRange range) {
        LocalDate first = range.startDate();
        LocalDate last = range.endDate();
        return HistoricalDate.formatRange(HistoricalDate.ofMonth(first.getYear(), first.getMonthValue()),
                HistoricalDate.ofMonth(last.getYear(), last.getMonthValue()), Messages.locale());
    }

    private static String instructions(PosterLayout.Part part, int count) {
        if (part.index() == 0) {
            return TEXT.text("poster.trimFirst", 2);
        }
        return TEXT.text("poster.trim", part.index(), part.index() < count - 1 ? 0 : 1);
    }

    /** Printer's crop marks: two short lines at each corner of the picture, just outside it. */
    private static void cutMarks(PDPageContentStream stream, float left, float bottom, float right, float top)
            throws IOException {
        stream.setStrokingColor(Typesetter.TEXT);
        stream.setLineWidth(0.5f);
        for (float x : new float[] {left, right}) {
            for (float y : new float[] {bottom, top}) {
                float outX = x == left ? -1 : 1;
                float outY = y == bottom ? -1 : 1;
                line(stream, x + outX * MARK_GAP, y, x + outX * (MARK_GAP + MARK), y);
                line(stream, x, y + outY * MARK_GAP, x, y + outY * (MARK_GAP + MARK));
            }
        }
    }

    /** Marks above and below the picture where the strip a neighbour repeats begins. */
    private static void edgeMarks(PDPageContentStream stream, float x, float bottom, float top) throws IOException {
        stream.setLineDashPattern(new float[] {2, 2}, 0);
        line(stream, x, bottom - MARK_GAP, x, bottom - MARK_GAP - MARK);
        line(stream, x, top + MARK_GAP, x, top + MARK_GAP + MARK);
        stream.setLineDashPattern(new float[] {}, 0);
    }

    private static void line(PDPageContentStream stream, float x1, float y1, float x2, float y2) throws IOException {
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }
}
