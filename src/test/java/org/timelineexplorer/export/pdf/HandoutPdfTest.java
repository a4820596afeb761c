package org.timelineexplorer.export.pdf;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.printing.PDFPageable;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timelineexplorer.export.FxForTests;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.ui.ViewLoader;

import java.awt.image.BufferedImage;
import java.awt.print.PageFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The three kinds of PDF of the bundled dataset, read back with PDFBox as a viewer reads them: their text, its
 * place on the page, their fonts and their images. With {@code -Dpdf.keep=DIR} the PDFs are kept there to look at
 * (for example with {@code pdftoppm -r 100 -png}).
 */
class HandoutPdfTest {

    private static Dataset dataset;
    private static PDDocument handout;
    private static PDDocument poster;
    private static PDDocument cards;
    private static List<TimelineEvent> shown;

    @BeforeAll
    static void makeThePdfs() throws Exception {
        FxForTests.start();
        dataset = new DatasetReader().readBundled().dataset().orElseThrow();
        // A search that leaves some events out: the PDFs show the events shown, not the dataset's.
        shown = dataset.events().stream().filter(event -> event.start().year() <= 2011).toList();
        handout = make(new HandoutOptions(HandoutKind.HANDOUT, Paper.A4, false), shown);
        poster = make(new HandoutOptions(HandoutKind.POSTER, Paper.A4, false), dataset.events());
        cards = make(new HandoutOptions(HandoutKind.CARDS, Paper.A4, false), shown);
    }

    static PDDocument make(HandoutOptions options, List<TimelineEvent> events) throws Exception {
        HandoutContent content = FxThread.call(() -> HandoutPictures.draw(dataset, events, dataset.series(),
                dataset.overview(), options, List.of(ViewLoader.stylesheet())));
        // Read back from its bytes, as a viewer reads it: fonts are subset and embedded only when it is saved.
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (PDDocument document = Handouts.document(content, options)) {
            document.save(bytes);
        }
        String keep = System.getProperty("pdf.keep");
        if (keep != null) {
            Files.write(Path.of(keep, options.kind().option() + "-" + options.paper().option() + ".pdf"),
                    bytes.toByteArray());
        }
        return org.apache.pdfbox.Loader.loadPDF(bytes.toByteArray());
    }

    @AfterAll
    static void close() throws IOException {
        for (PDDocument document : List.of(handout, poster, cards)) {
            document.close();
        }
    }

    @Test
    void theHandoutNamesEveryEventShownAndTheFiguresAsText() {
        String text = PdfReading.flatText(handout);
        assertTrue(text.contains(dataset.title()), "title");
        for (TimelineEvent event : shown) {
            assertTrue(text.contains(event.title()), event.title());
            assertTrue(text.contains(event.formatDate(Locale.ENGLISH)), event.formatDate(Locale.ENGLISH));
        }
        TimelineEvent hidden = dataset.events().get(dataset.events().size() - 1);
        assertFalse(text.contains(hidden.title()), "an event the search hides is listed: " + hidden.title());
        assertTrue(text.contains("165,000"), "the labelled troop figure is text");
        dataset.eras().forEach(era -> assertTrue(text.contains(era.title()), era.title()));
    }

    @Test
    void theHandoutHasEveryChartAsAPictureAt300Dpi() {
        List<PdfReading.Placement> images = new ArrayList<>();
        handout.getPages().forEach(page -> images.addAll(PdfReading.images(page)));
        assertEquals(dataset.series().size(), images.size());
        for (PdfReading.Placement image : images) {
            assertTrue(image.dpi() >= 299, "printed at " + image.dpi() + " dpi");
            assertEquals(image.image().getWidth() / (double) image.image().getHeight(),
                    image.width() / image.height(), 0.01, "drawn in its proportions");
        }
    }

    @Test
    void onALandscapePageTwoChartsShareARowAt300Dpi() throws Exception {
        try (PDDocument landscape = make(new HandoutOptions(HandoutKind.HANDOUT, Paper.LETTER, true), shown)) {
            List<PdfReading.Placement> images = new ArrayList<>();
            for (PDPage page : landscape.getPages()) {
                List<PdfReading.Placement> onPage = PdfReading.images(page);
                if (!onPage.isEmpty()) {
                    images.addAll(onPage);
                    if (onPage.size() == 2) {
                        assertEquals(onPage.get(0).y(), onPage.get(1).y(), 0.1, "side by side");
                        assertTrue(onPage.get(0).x() + onPage.get(0).width() < onPage.get(1).x(), "not overlapping");
                    }
                }
            }
            assertEquals(dataset.series().size(), images.size());
            assertTrue(images.stream().allMatch(image -> image.dpi() >= 299), "300 dpi");
            assertEquals(2, images.stream().filter(image -> image.y() == images.get(0).y()).count(),
                    "the first two charts share a row");
        }
    }

    @Test
    void everyPageHasItsNumberAndTheCreditAndTheLastListsTheSources() {
        for (PDDocument document : List.of(handout, poster, cards)) {
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                String page = PdfReading.text(document, i);
                assertTrue(page.contains("Page " + (i + 1) + " of " + count), "page " + (i + 1) + ": " + page);
                assertTrue(page.replaceAll("\\s+", " ").contains(dataset.credit().substring(0, 60)),
                        "the credit on page " + (i + 1));
            }
        }
        String sources = PdfReading.text(handout, handout.getNumberOfPages() - 1);
        int first = firstSourcesPage(handout);
        assertTrue(sources.length() > 0 && first > 0);
        String sourcePages = pagesText(handout, first, handout.getNumberOfPages());
        for (TimelineEvent event : shown) {
            event.sources().forEach(source -> assertTrue(sourcePages.contains(source.name()), source.name()));
        }
        dataset.series().forEach(series -> assertTrue(sourcePages.contains(series.source().name())));

        List<String> links = new ArrayList<>();
        for (int i = first; i < handout.getNumberOfPages(); i++) {
            try {
                for (var annotation : handout.getPage(i).getAnnotations()) {
                    if (annotation instanceof PDAnnotationLink link && link.getAction() instanceof PDActionURI uri) {
                        links.add(uri.getURI());
                    }
                }
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        List<String> cited = java.util.stream.Stream.concat(shown.stream().flatMap(event -> event.sources().stream()),
                dataset.series().stream().map(series -> series.source())).distinct()
                .map(source -> source.url().toString()).toList();
        assertEquals(cited, links, "each source once, a link to its address");
    }

    @Test
    void fontsAreTheBundledDejaVuEmbedded() throws IOException {
        for (PDDocument document : List.of(handout, poster, cards)) {
            for (PDPage page : document.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.getName().contains("DejaVuSans"), font.getName());
                    assertTrue(font instanceof PDType0Font type0
                            && type0.getDescendantFont().getFontDescriptor().getFontFile2() != null,
                            font.getName() + " is embedded");
                }
            }
        }
    }

    @Test
    void noTextRunsOffAPageOrIntoItsMargins() {
        for (PDDocument document : List.of(handout, poster, cards)) {
            for (int i = 0; i < document.getNumberOfPages(); i++) {
                PDRectangle box = document.getPage(i).getMediaBox();
                for (PdfReading.Run run : PdfReading.runs(document, i)) {
                    String where = "page " + (i + 1) + ": \"" + run.text() + "\" at " + run;
                    assertTrue(run.left() >= PageFlow.MARGIN - 0.5, where);
                    assertTrue(run.right() <= box.getWidth() - PageFlow.MARGIN + 0.5, where);
                    assertTrue(run.top() <= box.getHeight() - PageFlow.MARGIN + 0.5, where);
                    assertTrue(run.bottom() >= PageFlow.mm(8), where);
                }
            }
        }
    }

    /** A card as read back: its code, title and text. */
    private record Card(String code, StringBuilder title, StringBuilder text) {
    }

    @Test
    void thereIsOneCardForEveryEventShownWithoutItsDateAndItsCodeIsInTheKey() {
        List<Card> read = new ArrayList<>();
        int keyPage = -1;
        for (int i = 0; i < cards.getNumberOfPages(); i++) {
            if (PdfReading.text(cards, i).startsWith("Answer key")) {
                keyPage = i;
                break;
            }
            for (PdfReading.Run run : PdfReading.runs(cards, i)) {
                if (run.size() == CardPages.CODE_SIZE) {
                    read.add(new Card(run.text(), new StringBuilder(), new StringBuilder()));
                } else if (!read.isEmpty() && run.size() > 10) {
                    (run.size() == 12.5f ? read.get(read.size() - 1).title() : read.get(read.size() - 1).text())
                            .append(run.text()).append(' ');
                }
            }
        }
        assertEquals(shown.size(), read.size(), "one card per event shown");
        Map<String, String> codeByTitle = new LinkedHashMap<>();
        for (Card card : read) {
            String title = card.title().toString().strip();
            TimelineEvent event = shown.stream().filter(e -> e.title().equals(title)).findFirst()
                    .orElseThrow(() -> new AssertionError("a card for no event shown: " + title));
            String text = card.text().toString().strip();
            String start = text.endsWith(WordWrap.ELLIPSIS) ? text.substring(0, text.length() - 1) : text;
            assertTrue(event.text().replaceAll("\\s+", " ").startsWith(start.replaceAll("[,;:.]$", "")),
                    "the card of " + title + " shows its text and nothing else: " + text);
            codeByTitle.put(title, card.code());
        }
        assertTrue(keyPage > 0, "an answer key follows the cards");
        Matcher key = Pattern.compile("The cards in date order: ([A-Z0-9 ]+)\\.")
                .matcher(PdfReading.text(cards, keyPage).replaceAll("\\s+", " "));
        assertTrue(key.find());
        List<String> expected = shown.stream().map(event -> codeByTitle.get(event.title())).toList();
        assertEquals(expected, List.of(key.group(1).strip().split(" ")), "the key lists the cards' codes in date order");
    }

    @Test
    void thePosterPagesTileTheWholeTimelineWithTheOverlapRepeated() {
        PosterLayout layout = PosterLayout.of(Paper.A4);
        List<BufferedImage> parts = new ArrayList<>();
        for (int i = 0; i < layout.parts(); i++) {
            PDPage page = poster.getPage(i);
            assertTrue(page.getMediaBox().getWidth() > page.getMediaBox().getHeight(), "landscape");
            List<PdfReading.Placement> images = PdfReading.images(page);
            assertEquals(1, images.size(), "one picture on part " + (i + 1));
            assertTrue(images.get(0).dpi() >= 299, "printed at " + images.get(0).dpi() + " dpi");
            try {
                parts.add(images.get(0).image().getImage());
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        assertTrue(PdfReading.text(poster, layout.parts()).startsWith("Sources"), "the sources follow the parts");
        int overlap = (int) Math.floor(PosterLayout.OVERLAP / 72 * HandoutPictures.DPI) - 2;
        for (int i = 1; i < parts.size(); i++) {
            BufferedImage before = parts.get(i - 1);
            BufferedImage part = parts.get(i);
            assertEquals(before.getHeight(), part.getHeight());
            int differing = 0;
            int shared = sharedWidth(before, part, overlap);
            assertEquals(PosterLayout.OVERLAP / 72 * HandoutPictures.DPI, shared, 2, "the strip is 10 mm");
            int shift = before.getWidth() - shared;
            for (int y = 0; y < part.getHeight(); y += 3) {
                for (int x = 0; x < shared; x++) {
                    if (before.getRGB(shift + x, y) != part.getRGB(x, y)) {
                        differing++;
                    }
                }
            }
            assertEquals(0, differing, "part " + (i + 1) + " starts with the strip part " + i + " ends with");
        }

        TimeRange whole = dataset.overview();
        String first = PdfReading.runs(poster, 0).get(0).text();
        assertTrue(first.startsWith("Part 1 of 3: " + month(whole.startDate().getYear(),
                whole.startDate().getMonthValue())), first);
        String lastLabel = PdfReading.runs(poster, layout.parts() - 1).get(0).text();
        assertTrue(lastLabel.startsWith("Part 3 of 3: ") && lastLabel.endsWith(month(whole.endDate().getYear(),
                whole.endDate().getMonthValue())), lastLabel);
    }

    /** How many columns at the right of {@code before} reappear at the left of {@code part}: the first match. */
    private static int sharedWidth(BufferedImage before, BufferedImage part, int atLeast) {
        for (int width = atLeast; width < before.getWidth(); width++) {
            boolean same = true;
            for (int y = 0; y < part.getHeight() && same; y += 7) {
                for (int x = 0; x < atLeast && same; x += 5) {
                    same = before.getRGB(before.getWidth() - width + x, y) == part.getRGB(x, y);
                }
            }
            if (same) {
                return width;
            }
        }
        throw new AssertionError("part " + part + " does not repeat the end of the part before");
    }

    @Test
    void theOneA3PosterIsOnePictureWithoutCutMarks() throws Exception {
        try (PDDocument a3 = make(new HandoutOptions(HandoutKind.POSTER, Paper.A3, false), dataset.events())) {
            PDRectangle box = a3.getPage(0).getMediaBox();
            assertEquals(PDRectangle.A3.getHeight(), box.getWidth(), 0.1);
            assertEquals(1, PdfReading.images(a3.getPage(0)).size());
            assertTrue(PdfReading.text(a3, 1).startsWith("Sources"));
            assertFalse(PdfReading.text(a3, 0).contains("Part 1"));
        }
    }

    @Test
    void thePagesHaveThePaperAndOrientationChosen() throws Exception {
        try (PDDocument letter = make(new HandoutOptions(HandoutKind.CARDS, Paper.LETTER, true), shown)) {
            for (PDPage page : letter.getPages()) {
                assertEquals(PDRectangle.LETTER.getHeight(), page.getMediaBox().getWidth(), 0.1);
                assertEquals(PDRectangle.LETTER.getWidth(), page.getMediaBox().getHeight(), 0.1);
            }
        }
        assertEquals(PDRectangle.A4.getWidth(), handout.getPage(0).getMediaBox().getWidth(), 0.1);
    }

    @Test
    void aHandoutIsWrittenSafelyToAFile(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        HandoutOptions options = new HandoutOptions(HandoutKind.CARDS, Paper.A4, false);
        HandoutContent content = new HandoutContent(dataset, shown.subList(0, 3), List.of(), java.util.Optional.empty());
        Path file = dir.resolve("cards.pdf");
        int pages = Handouts.write(content, options, file);
        try (PDDocument read = org.apache.pdfbox.Loader.loadPDF(file.toFile())) {
            assertEquals(pages, read.getNumberOfPages());
        }
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(file), listing.toList(), "no temporary file is left");
        }
    }

    /** Printing hands the system this very document: each page goes out on its paper, the right way round. */
    @Test
    void thePrintedPagesAreThePdfsPages() {
        for (PDDocument document : List.of(handout, poster)) {
            PDFPageable printed = new PDFPageable(document);
            assertEquals(document.getNumberOfPages(), printed.getNumberOfPages());
            for (int i = 0; i < printed.getNumberOfPages(); i++) {
                PageFormat format = printed.getPageFormat(i);
                PDRectangle box = document.getPage(i).getMediaBox();
                assertEquals(box.getWidth(), format.getWidth(), 0.5, "page " + (i + 1));
                assertEquals(box.getHeight(), format.getHeight(), 0.5, "page " + (i + 1));
            }
        }
    }

    @Test
    void noEventShownStillMakesEveryKind() throws Exception {
        for (HandoutKind kind : HandoutKind.values()) {
            try (PDDocument empty = make(new HandoutOptions(kind, Paper.A4, false), List.of())) {
                String text = PdfReading.flatText(empty);
                assertTrue(kind == HandoutKind.POSTER || text.contains("No event is shown"), kind + ": " + text);
                // A handout still has its charts, whose sources its last page lists.
                assertTrue(kind == HandoutKind.HANDOUT ? text.contains(dataset.series().get(0).source().name())
                        : text.contains("The events shown cite no sources"), kind + ": " + text);
            }
        }
    }

    private static String month(int year, int month) {
        return HistoricalDate.ofMonth(year, month).format(Locale.ENGLISH);
    }

    private static int firstSourcesPage(PDDocument document) {
        for (int i = 0; i < document.getNumberOfPages(); i++) {
            if (PdfReading.text(document, i).startsWith("Sources")) {
                return i;
            }
        }
        return -1;
    }

    private static String pagesText(PDDocument document, int from, int to) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < to; i++) {
            text.append(PdfReading.text(document, i));
        }
        return text.toString().replaceAll("\\s+", " ");
    }

}
