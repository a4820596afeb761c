package org.timelineexplorer.export.pdf;

import org.timelineexplorer.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.awt.Color;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The handout: title and summary, the eras with their dates, the charts chosen (pictures at 300 dpi with their
 * labelled figures as text under them), then every event shown with its date, title, up to two lines of its text and
 * its first source. An event is never split across pages, and a heading never ends a page.
 */
final class HandoutPages {

    private static final Messages TEXT = Messages.of(HandoutPages.class);

    /** The width charts are printed at: 18 cm, the width of an A4 or Letter page's writing area, whatever the paper. */
    static final float CHART_WIDTH = PageFlow.mm(180);
    private static final float DATE_COLUMN = 124;
    private static final float ERA_BAR = 3;
    private static final float GAP = 8;

    private HandoutPages() {
    }

    /**
     * Where a row's era bar, date column and text column start, from the row's left edge, in a writing area
     * {@code width} wide: the dates on the left, or on the right in a right-to-left language, where its readers
     * start a line; the text column takes the rest.
     */
    private record Columns(float bar, float date, float text, float textWidth) {
        static Columns of(float width) {
            float textWidth = width - DATE_COLUMN - GAP;
            return Messages.language().rightToLeft()
                    ? new Columns(width - ERA_BAR, width - DATE_COLUMN, 0, textWidth)
                    : new Columns(0, ERA_BAR + 4, DATE_COLUMN + GAP, textWidth);
        }
    }

    static void write(PDDocument document, PageFlow flow, Typesetter type, HandoutContent content, PDRectangle page)
            throws IOException {
        Dataset dataset = content.dataset();
        flow.newPage();
        flow.paragraph(type, type.title, dataset.title(), 0);
        flow.space(4);
        flow.paragraph(type, type.body, dataset.summary(), 0);
        writeEras(flow, type, content.eras());
        writeCharts(document, flow, type, content.charts(), page);
        writeEvents(flow, type, content);
    }

    /** A heading, kept on the page with at least the first {@code following} points of what it heads. */
    static void heading(PageFlow flow, Typesetter type, String text, float following) throws IOException {
        flow.space(14);
        flow.keep(type.heading.leading() + following);
        flow.paragraph(type, type.heading, text, 0);
        flow.space(2);
    }

    private static void writeEras(PageFlow flow, Typesetter type, List<Era> eras) throws IOException {
        if (eras.isEmpty()) {
            return;
        }
        heading(flow, type, TEXT.text("handout.eras"), 40);
        Columns columns = Columns.of(flow.width());
        float textWidth = columns.textWidth();
        for (Era era : eras) {
            List<String> dates = dateLines(type, HistoricalDate.formatRange(era.start(), era.end(), Messages.locale()));
            List<String> title = type.lines(type.bodyBold, era.title(), textWidth);
            List<String> summary = type.lines(type.body, era.summary(), textWidth);
            float height = Math.max(dates.size(), title.size() + summary.size()) * type.body.leading() + 6;
            Color colour = colour(era.color());
            flow.block(height, (stream, x, top) -> {
                stream.setNonStrokingColor(colour);
                stream.addRect(x + columns.bar(), top - height + 6, ERA_BAR, height - 6);
                stream.fill();
                drawLines(type, stream, type.bodyBold, dates, x + columns.date(), DATE_COLUMN - ERA_BAR - 4, top);
                drawLines(type, stream, type.bodyBold, title, x + columns.text(), textWidth, top);
                drawLines(type, stream, type.body, summary, x + columns.text(), textWidth,
                        top - title.size() * type.body.leading());
            });
        }
    }

    /** How many charts stand side by side: two on a landscape page, where one would fill the page's height. */
    static int chartColumns(PDRectangle page) {
        return page.getWidth() > page.getHeight() ? 2 : 1;
    }

    /** The width each chart is printed at on {@code page}, in points. */
    static float chartWidth(PDRectangle page) {
        float writing = page.getWidth() - 2 * PageFlow.MARGIN;
        return chartColumns(page) == 1 ? Math.min(CHART_WIDTH, writing) : (writing - GAP * 2) / 2;
    }

    private static void writeCharts(PDDocument document, PageFlow flow, Typesetter type,
                                    List<HandoutContent.Chart> charts, PDRectangle page) throws IOException {
        if (charts.isEmpty()) {
            return;
        }
        heading(flow, type, TEXT.text("handout.figures", charts.size()), 120);
        int columns = chartColumns(page);
        float width = chartWidth(page);
        float rowWidth = columns * width + (columns - 1) * GAP * 2;
        for (int first = 0; first < charts.size(); first += columns) {
            List<HandoutContent.Chart> row = charts.subList(first, Math.min(charts.size(), first + columns));
            List<PlacedChart> placed = new ArrayList<>();
            for (HandoutContent.Chart chart : row) {
                placed.add(new PlacedChart(LosslessFactory.createFromImage(document, chart.image()),
                        chart.highlights().stream().flatMap(label -> type.clipped(type.small, label, width, 2).stream())
                                .toList(),
                        type.lines(type.smallItalic, TEXT.text("handout.chartSource", chart.series().source().name(),
                                chart.series().source().url()), width)));
            }
            float height = (float) placed.stream().mapToDouble(chart -> chart.height(width, type)).max().orElse(0);
            float left = flow.left() + (flow.width() - rowWidth) / 2;
            flow.block(height + 10, (stream, x, top) -> {
                for (int i = 0; i < placed.size(); i++) {
                    placed.get(i).draw(stream, type, left + i * (width + GAP * 2), top, width);
                }
            });
        }
    }

    /** A chart's picture, ready to draw, with its caption lines. */
    private record PlacedChart(PDImageXObject image, List<String> labels, List<String> source) {
        float imageHeight(float width) {
            return width * image.getHeight() / image.getWidth();
        }

        float height(float width, Typesetter type) {
            return imageHeight(width) + 4 + (labels.size() + source.size()) * type.small.leading();
        }

        void draw(PDPageContentStream stream, Typesetter type, float x, float top, float width) throws IOException {
            float imageHeight = imageHeight(width);
            stream.drawImage(image, x, top - imageHeight, width, imageHeight);
            float y = drawLines(type, stream, type.small, labels, x, width, top - imageHeight - 4);
            drawLines(type, stream, type.smallItalic, source, x, width, y);
        }
    }

    private static void writeEvents(PageFlow flow, Typesetter type, HandoutContent content) throws IOException {
        List<TimelineEvent> events = content.events();
        heading(flow, type, TEXT.text("handout.events", events.size()), 50);
        if (events.isEmpty()) {
            flow.paragraph(type, type.body, TEXT.text("handout.noEvent"), 0);
            return;
        }
        Map<String, Color> eraColours = content.eras().stream()
                .collect(Collectors.toMap(Era::id, era -> colour(era.color()), (a, b) -> a));
        Columns columns = Columns.of(flow.width());
        float textWidth = columns.textWidth();
        Typesetter.Style text = type.body.sized(9.5f);
        for (TimelineEvent event : events) {
            List<String> date = dateLines(type, event.formatDate(Messages.locale()));
            List<String> title = type.lines(type.bodyBold, event.title(), textWidth);
            List<String> lines = type.clipped(text, event.text(), textWidth, 2);
            List<String> source = event.sources().isEmpty() ? List.of()
                    : type.clipped(type.smallItalic, TEXT.text("handout.eventSource", event.sources().get(0).name()), textWidth, 1);
            float textHeight = title.size() * type.bodyBold.leading() + lines.size() * text.leading()
                    + source.size() * type.smallItalic.leading();
            float height = Math.max(date.size() * type.bodyBold.leading(), textHeight) + 7;
            Color colour = event.eraId() == null ? null : eraColours.get(event.eraId());
            flow.block(height, (stream, x, top) -> {
                if (colour != null) {
                    stream.setNonStrokingColor(colour);
                    stream.addRect(x + columns.bar(), top - height + 7, ERA_BAR, height - 7);
                    stream.fill();
                }
                drawLines(type, stream, type.bodyBold, date, x + columns.date(), DATE_COLUMN - ERA_BAR - 4, top);
                float y = drawLines(type, stream, type.bodyBold, title, x + columns.text(), textWidth, top);
                y = drawLines(type, stream, text, lines, x + columns.text(), textWidth, y);
                drawLines(type, stream, type.smallItalic, source, x + columns.text(), textWidth, y);
            });
        }
    }

    /** A date or span for the date column: a span breaks after its dash, so that each date stays whole. */
    private static List<String> dateLines(Typesetter type, String date) {
        return dateLines(type, type.bodyBold, date, DATE_COLUMN - ERA_BAR - 4);
    }

    /** A date or span in {@code width}: on one line if it fits, else broken after the span's dash first. */
    static List<String> dateLines(Typesetter type, Typesetter.Style style, String date, float width) {
        return type.width(style, date) <= width ? List.of(date)
                : type.lines(style, date.replace(" – ", " –\n"), width);
    }

    /**
     * Draws {@code lines} from {@code top} down in a column from {@code x}, {@code width} wide, against its left
     * edge, or its right one for a right-to-left paragraph (Arabic); returns where the next line would start.
     */
    static float drawLines(Typesetter type, PDPageContentStream stream, Typesetter.Style style, List<String> lines,
                           float x, float width, float top) throws IOException {
        boolean rightToLeft = ArabicShaping.rightToLeft(String.join(" ", lines));
        float y = top;
        for (String line : lines) {
            if (rightToLeft) {
                type.drawRight(stream, style, x + width, y - style.size(), line);
            } else {
                type.draw(stream, style, x, y - style.size(), line);
            }
            y -= style.leading();
        }
        return y;
    }

    /** An era's colour as the dataset writes it ({@code #RRGGBB}), grey for anything else. */
    static Color colour(String hex) {
        try {
            return Color.decode(hex);
        } catch (NumberFormatException e) {
            return Color.GRAY;
        }
    }
}
