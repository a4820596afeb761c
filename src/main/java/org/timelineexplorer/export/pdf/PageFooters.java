package org.timelineexplorer.export.pdf;

import org.timelineexplorer.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;

import java.io.IOException;
import java.util.List;

/**
 * The foot of every page, written once all pages exist so that it can say how many there are: the dataset's credit
 * on the left (a sheet that leaves the classroom still names its sources), "Page 2 of 5" on the right, under a thin
 * rule, in the bottom margin {@link PageFlow#BOTTOM} keeps free.
 */
final class PageFooters {

    private static final Messages TEXT = Messages.of(PageFooters.class);

    private static final float RULE_Y = PageFlow.mm(18);
    private static final float PAGE_NUMBER_WIDTH = 70;

    private PageFooters() {
    }

    static void stamp(PDDocument document, Typesetter typesetter, String credit) throws IOException {
        int count = document.getNumberOfPages();
        Typesetter.Style style = typesetter.small.sized(7);
        for (int i = 0; i < count; i++) {
            PDPage page = document.getPage(i);
            float width = page.getMediaBox().getWidth();
            float left = PageFlow.MARGIN;
            float right = width - PageFlow.MARGIN;
            List<String> lines = typesetter.clipped(style, credit, right - left - PAGE_NUMBER_WIDTH, 2);
            try (PDPageContentStream stream = new PDPageContentStream(document, page, AppendMode.APPEND, true,
                    true)) {
                stream.setStrokingColor(Typesetter.RULE);
                stream.setLineWidth(0.5f);
                stream.moveTo(left, RULE_Y);
                stream.lineTo(right, RULE_Y);
                stream.stroke();
                float baseline = RULE_Y - style.leading();
                String number = TEXT.text("footer.page", i + 1, count);
                // In a right-to-left language the footer is mirrored: the credit where a line starts, on the right.
                boolean mirrored = Messages.language().rightToLeft();
                if (mirrored) {
                    typesetter.draw(stream, style, left, baseline, number);
                } else {
                    typesetter.drawRight(stream, style, right, baseline, number);
                }
                for (String line : lines) {
                    if (mirrored) {
                        typesetter.drawRight(stream, style, right, baseline, line);
                    } else {
                        typesetter.draw(stream, style, left, baseline, line);
                    }
                    baseline -= style.leading();
                }
            }
        }
    }
}
