package org.timelineexplorer.export.pdf;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.awt.Color;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The handout: title and summary, the eras with their dates, the charts chosen (pictures at 300 dpi with their
 * labelled figures as text under them), then every event shown with its date, title, up to two lines of its text and
 * its first source. An event is never split across pages, and a heading never ends a page.
 */
final class HandoutPages {

    /** The width charts are printed at: 18 cm, the width of an A4 or Letter page's writing area, whatever the paper. */
    static final float CHART_WIDTH = PageFlow.mm(180);
    private static final float DATE_COLUMN = 104;
    private static final float ERA_BAR = 3;
    private static final float GAP = 8;
    private static final Locale LOCALE = Locale.ENGLISH;

    private HandoutPages() {
    }

    static void write(PDDocument document, PageFlow flow, Typesetter type, HandoutContent content)
            throws IOException {
        Dataset dataset = content.dataset();
        flow.newPage();
        flow.paragraph(type, type.title, dataset.title(), 0);
        flow.space(4);
        flow.paragraph(type, type.body, dataset.summary(), 0);
        writeEras(flow, type, content.eras());
        writeCharts(document, flow, type, content.charts());
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
        heading(flow, type, "Eras", 40);
        float indent = DATE_COLUMN + GAP;
        float textWidth = flow.width() - indent;
        for (Era era : eras) {
            List<String> dates = dateLines(type, HistoricalDate.formatRange(era.start(), era.end(), LOCALE));
            List<String> title = type.lines(type.bodyBold, era.title(), textWidth);
            List<String> summary = type.lines(type.body, era.summary(), textWidth);
            float height = Math.max(dates.size(), title.size() + summary.size()) * type.body.leading() + 6;
            Color colour = colour(era.color());
            flow.block(height, (stream, x, top) -> {
                stream.setNonStrokingColor(colour);
                stream.addRect(x, top - height + 6, ERA_BAR, height - 6);
                stream.fill();
                drawLines(type, stream, type.bodyBold, dates, x + ERA_BAR + 4, top);
                drawLines(type, stream, type.bodyBold, title, x + indent, top);
                drawLines(type, stream, type.body, summary, x + indent, top - title.size() * type.body.leading());
            });
        }
    }

    private static void writeCharts(PDDocument document, PageFlow flow, Typesetter type,
                                    List<HandoutContent.Chart> charts) throws IOException {
        if (charts.isEmpty()) {
            return;
        }
        heading(flow, type, charts.size() == 1 ? "Figure" : "Figures", 120);
        for (HandoutContent.Chart chart : charts) {
            PDImageXObject image = LosslessFactory.createFromImage(document, chart.image());
            float width = Math.min(CHART_WIDTH, flow.width());
            float height = width * image.getHeight() / image.getWidth();
            List<String> labels = chart.highlights().stream()
                    .flatMap(label -> type.clipped(type.small, label, width, 2).stream()).toList();
            List<String> source = type.lines(type.smallItalic, "Source: " + chart.series().source().name() + ", "
                    + chart.series().source().url(), width);
            float captionHeight = (labels.size() + source.size()) * type.small.leading();
            float x = flow.left() + (flow.width() - width) / 2;
            flow.block(height + 4 + captionHeight + 10, (stream, left, top) -> {
                stream.drawImage(image, x, top - height, width, height);
                float below = top - height - 4;
                drawLines(type, stream, type.small, labels, x, below);
                drawLines(type, stream, type.smallItalic, source, x, below - labels.size() * type.small.leading());
            });
        }
    }

    private static void writeEvents(PageFlow flow, Typesetter type, HandoutContent content) throws IOException {
        List<TimelineEvent> events = content.events();
        heading(flow, type, events.size() == 1 ? "1 event" : events.size() + " events", 50);
        if (events.isEmpty()) {
            flow.paragraph(type, type.body, "No event is shown: the search or the category filter hides them all.",
                    0);
            return;
        }
        Map<String, Color> eraColours = content.eras().stream()
                .collect(Collectors.toMap(Era::id, era -> colour(era.color()), (a, b) -> a));
        float indent = DATE_COLUMN + GAP;
        float textWidth = flow.width() - indent;
        Typesetter.Style text = type.body.sized(9.5f);
        for (TimelineEvent event : events) {
            List<String> date = dateLines(type, event.formatDate(LOCALE));
            List<String> title = type.lines(type.bodyBold, event.title(), textWidth);
            List<String> lines = type.clipped(text, event.text(), textWidth, 2);
            List<String> source = event.sources().isEmpty() ? List.of()
                    : type.clipped(type.smallItalic, "Source: " + event.sources().get(0).name(), textWidth, 1);
            float textHeight = title.size() * type.bodyBold.leading() + lines.size() * text.leading()
                    + source.size() * type.smallItalic.leading();
            float height = Math.max(date.size() * type.bodyBold.leading(), textHeight) + 7;
            Color colour = event.eraId() == null ? null : eraColours.get(event.eraId());
            flow.block(height, (stream, x, top) -> {
                if (colour != null) {
                    stream.setNonStrokingColor(colour);
                    stream.addRect(x, top - height + 7, ERA_BAR, height - 7);
                    stream.fill();
                }
                drawLines(type, stream, type.bodyBold, date, x + ERA_BAR + 4, top);
                float y = drawLines(type, stream, type.bodyBold, title, x + indent, top);
                y = drawLines(type, stream, text, lines, x + indent, y);
                drawLines(type, stream, type.smallItalic, source, x + indent, y);
            });
        }
    }

    /** A date or span for the date column: a span breaks after its dash, so that each date stays whole. */
    private static List<String> dateLines(Typesetter type, String date) {
        return type.lines(type.bodyBold, date.replace(" – ", " –\n"), DATE_COLUMN - ERA_BAR - 4);
    }

    /** Draws {@code lines} from {@code top} down; returns where the next line would start. */
    static float drawLines(Typesetter type, PDPageContentStream stream,
                           Typesetter.Style style, List<String> lines, float x, float top) throws IOException {
        float y = top;
        for (String line : lines) {
            type.draw(stream, style, x, y - style.size(), line);
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
