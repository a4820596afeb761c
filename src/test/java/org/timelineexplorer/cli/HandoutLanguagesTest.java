package org.timelineexplorer.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.export.FxForTests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timelineexplorer.cli.CommandLineTest.run;

/** A handout made from the command line in French and in Arabic: its fixed words, its dates and its letters. */
class HandoutLanguagesTest {

    /** A small dataset written in Arabic, with names, digits and a Latin word inside Arabic sentences. */
    private static final String ARABIC = """
            {
              "format": "timeline-explorer/1",
              "language": "ar",
              "title": "العراق منذ ٢٠٠٣",
              "summary": "من غزو بغداد عام ٢٠٠٣ إلى مقتل سليماني (Soleimani) في كانون الثاني ٢٠٢٠.",
              "eras": [
                { "id": "invasion", "title": "الغزو والاحتلال", "start": "2003-03-20", "end": "2004-06-27",
                  "color": "#0072B2" }
              ],
              "events": [
                { "id": "baghdad", "date": "2003-04-09", "title": "سقوط بغداد", "era": "invasion" },
                { "id": "fallujah", "date": "2004-11-07", "title": "معركة الفلوجة الثانية" },
                { "id": "soleimani", "date": "2020-01-03", "title": "مقتل قاسم سليماني" }
              ]
            }
            """;

    @BeforeAll
    static void startFx() throws Exception {
        FxForTests.start();
    }

    @Test
    void aHandoutInFrenchHasFrenchHeadingsDatesAndPageNumbers(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("polycopie.pdf");
        CommandLineTest.Run run = run("handout", "--lang", "fr", "--out", out.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().matches(".*polycopie\\.pdf enregistré \\(polycopié, \\d+ pages, A4 à la française\\)\\R"),
                run.out());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Périodes") && text.contains("Graphiques"), "the headings");
            assertTrue(text.contains("20 mars 2003"), "a date in French");
            assertTrue(text.contains("Page 1 sur " + pdf.getNumberOfPages()), "the page numbers");
            assertTrue(text.contains("Source : Iraq Body Count"), "a chart’s source");
            assertFalse(text.contains("Eras") || text.contains("Page 1 of"), "no English heading is left");
        }
    }

    @Test
    void aHandoutInArabicHasJoinedArabicLettersInANotoFontThatIsEmbedded(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("iraq.json"), ARABIC);
        Path out = dir.resolve("nashra.pdf");
        CommandLineTest.Run run = run("handout", "--lang", "ar", "--data", data.toString(), "--out", out.toString());
        assertEquals(0, run.code(), run.toString());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            // Read back as a reader copies it: letters in reading order, their joined forms folded to the letters.
            String text = Normalizer.normalize(new PDFTextStripper().getText(pdf), Normalizer.Form.NFKC);
            for (String words : List.of("العراق منذ ٢٠٠٣", "الحقب", "الغزو والاحتلال", "سقوط بغداد",
                    "معركة الفلوجة الثانية", "مقتل قاسم سليماني", "Soleimani", "الصفحة ١ من ٢")) {
                assertTrue(text.contains(words), words + " in\n" + text);
            }
            assertFalse(text.contains("?"), "no letter was left without a glyph");
            List<TextPosition> arabic = arabicLetters(pdf);
            assertFalse(arabic.isEmpty());
            for (TextPosition letter : arabic) {
                PDFont font = letter.getFont();
                assertTrue(font.getName().contains("TimelineExplorerArabic") && font.isEmbedded(), font.getName());
                assertTrue(((PDType0Font) font).codeToGID(letter.getCharacterCodes()[0]) != 0,
                        "a glyph, not the empty box, for " + letter.getUnicode());
                assertTrue(letter.getUnicode().codePointAt(0) >= 0xFB50, "a joined form: " + letter.getUnicode());
            }
            // The dates stand on the right, where an Arabic line starts: ٩ نيسان ٢٠٠٣ right of سقوط بغداد.
            TextPosition nine = digits(pdf).stream().filter(d -> d.getUnicode().equals("٩")).findFirst().orElseThrow();
            List<TextPosition> title = arabic.stream()
                    .filter(letter -> Math.abs(letter.getYDirAdj() - nine.getYDirAdj()) < 1).toList();
            assertFalse(title.isEmpty());
            assertTrue(title.stream().allMatch(letter -> letter.getXDirAdj() < nine.getXDirAdj()),
                    "the title left of its date");
        }
    }

    /** Every Arabic letter drawn in {@code pdf}, with the font it is drawn in. */
    private static List<TextPosition> arabicLetters(PDDocument pdf) throws IOException {
        return drawn(pdf, c -> Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC);
    }

    /** Every Arabic-Indic digit (٠–٩) drawn in {@code pdf}. */
    private static List<TextPosition> digits(PDDocument pdf) throws IOException {
        return drawn(pdf, c -> c >= 0x0660 && c <= 0x0669);
    }

    private static List<TextPosition> drawn(PDDocument pdf, java.util.function.IntPredicate wanted) throws IOException {
        List<TextPosition> letters = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                int c = text.getUnicode().codePointAt(0);
                if (wanted.test(c)) {
                    letters.add(text);
                }
                super.processTextPosition(text);
            }
        };
        stripper.getText(pdf);
        return letters;
    }
}
