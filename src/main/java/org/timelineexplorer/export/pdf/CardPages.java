package org.timelineexplorer.export.pdf;

import org.timelineexplorer.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.timelineexplorer.model.TimelineEvent;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The card sort: every event shown on a card to cut out, with its title, its text and a short code but no date,
 * as many cards a page as fit at 85 × 48 mm or more, the cut lines dashed; then the answer key, the codes in
 * date order. The cards are printed in the order of their codes, which {@link CardCodes} shuffles, so that neither
 * their place on the sheet nor their codes give the order away.
 */
final class CardPages {

    private static final Messages TEXT = Messages.of(CardPages.class);

    /** The size the cards' text is set in: codes alone are this size, so that they stand out (and can be found). */
    static final float CODE_SIZE = 14;
    private static final float MIN_CARD_WIDTH = PageFlow.mm(85);
    private static final float MIN_CARD_HEIGHT = PageFlow.mm(48);
    private static final float PADDING = PageFlow.mm(4);
    private static final float HEADER = 22;

    private CardPages() {
    }

    static void write(PDDocument document, Typesetter type, HandoutContent content, PDRectangle size)
            throws IOException {
        Map<TimelineEvent, String> codes = CardCodes.of(content.events());
        float areaWidth = size.getWidth() - 2 * PageFlow.MARGIN;
        float areaHeight = size.getHeight() - PageFlow.MARGIN - PageFlow.BOTTOM - HEADER;
        int columns = Math.max(1, (int) (areaWidth / MIN_CARD_WIDTH));
        int rows = Math.max(1, (int) (areaHeight / MIN_CARD_HEIGHT));
        float cardWidth = areaWidth / columns;
        float cardHeight = areaHeight / rows;
        List<Map.Entry<TimelineEvent, String>> cards = new ArrayList<>(codes.entrySet());
        int perPage = columns * rows;
        for (int first = 0; first < cards.size(); first += perPage) {
            PDPage page = new PDPage(size);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                float top = size.getHeight() - PageFlow.MARGIN;
                HandoutPages.drawLines(type, stream, type.small, type.clipped(type.small,
                        TEXT.text("cards.instructions", content.dataset().title()), areaWidth, 1),
                        PageFlow.MARGIN, areaWidth, top);
                for (int i = first; i < Math.min(cards.size(), first + perPage); i++) {
                    int cell = i - first;
                    float x = PageFlow.MARGIN + (cell % columns) * cardWidth;
                    float y = top - HEADER - (cell / columns) * cardHeight;
                    card(stream, type, cards.get(i).getKey(), cards.get(i).getValue(), x, y, cardWidth, cardHeight);
                }
            }
        }
        answerKey(document, type, content, codes, size);
    }

    private static void card(PDPageContentStream stream, Typesetter type, TimelineEvent event, String code, float x,
                             float top, float width, float height) throws IOException {
        stream.setStrokingColor(Typesetter.MUTED);
        stream.setLineWidth(0.5f);
        stream.setLineDashPattern(new float[] {4, 3}, 0);
        stream.addRect(x, top - height, width, height);
        stream.stroke();
        stream.setLineDashPattern(new float[] {}, 0);

        Typesetter.Style codeStyle = type.bodyBold.sized(CODE_SIZE);
        float inner = width - 2 * PADDING;
        float codeWidth = type.width(codeStyle, code);
        type.drawRight(stream, codeStyle, x + width - PADDING, top - PADDING - CODE_SIZE, code);

        Typesetter.Style titleStyle = type.bodyBold.sized(12.5f);
        Typesetter.Style textStyle = type.body.sized(10.5f);
        List<String> title = type.clipped(titleStyle, event.title(), inner - codeWidth - 6, 3);
        float y = HandoutPages.drawLines(type, stream, titleStyle, title, x + PADDING, inner - codeWidth - 6,
                top - PADDING);
        y -= 3;
        int room = (int) ((y - (top - height + PADDING)) / textStyle.leading());
        HandoutPages.drawLines(type, stream, textStyle, type.clipped(textStyle, event.text(), inner, room),
                x + PADDING, inner, y);
    }

    /** The key on pages of its own: each card's code in date order, with the date and the title. */
    private static void answerKey(PDDocument document, Typesetter type, HandoutContent content,
                                  Map<TimelineEvent, String> codes, PDRectangle size) throws IOException {
        try (PageFlow flow = new PageFlow(document, size)) {
            flow.newPage();
            flow.paragraph(type, type.title, TEXT.text("cards.answerKey"), 0);
            flow.space(4);
            if (content.events().isEmpty()) {
                flow.paragraph(type, type.body, TEXT.text("handout.noEvent"), 0);
                return;
            }
            List<String> inOrder = content.events().stream().map(codes::get).toList();
            flow.paragraph(type, type.body, TEXT.text("cards.inOrder", String.join(" ", inOrder)), 0);
            flow.space(10);
            float codeColumn = 36;
            float dateColumn = 150;
            float titleWidth = flow.width() - codeColumn - dateColumn;
            for (TimelineEvent event : content.events()) {
                List<String> date = HandoutPages.dateLines(type, type.body, event.formatDate(Messages.locale()), dateColumn - 8);
                List<String> title = type.lines(type.body, event.title(), titleWidth);
                float height = Math.max(date.size(), title.size()) * type.body.leading() + 3;
                String code = codes.get(event);
                flow.block(height, (stream, x, top) -> {
                    HandoutPages.drawLines(type, stream, type.bodyBold, List.of(code), x, codeColumn, top);
                    HandoutPages.drawLines(type, stream, type.body, date, x + codeColumn, dateColumn - 8, top);
                    HandoutPages.drawLines(type, stream, type.body, title, x + codeColumn + dateColumn, titleWidth,
                            top);
                });
            }
        }
    }
}
