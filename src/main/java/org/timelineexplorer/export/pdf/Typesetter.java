package org.timelineexplorer.export.pdf;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.timelineexplorer.fonts.Fonts;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sets text in one document: the app's bundled DejaVu Sans, embedded as subsets (only the letters used), measured
 * and wrapped here because PDFBox draws one line at a time. Arabic letters, which DejaVu draws poorly, are set in the
 * bundled Noto Sans Arabic, shaped and put in visual order by {@link ArabicShaping} first, since PDFBox does neither;
 * a line that mixes Arabic and Latin is drawn as runs, each in its font. A character the fonts have no glyph for is
 * printed as "?" rather than failing the whole document.
 */
final class Typesetter {

    /**
     * How a run of text looks. Sizes are in points.
     *
     * @param font   the font of every letter but Arabic ones
     * @param arabic the font of Arabic letters, in the same weight
     */
    record Style(PDFont font, PDFont arabic, float size, Color color) {
        /** The distance from one baseline to the next. */
        float leading() {
            return size * 1.3f;
        }

        Style sized(float newSize) {
            return new Style(font, arabic, newSize, color);
        }

        Style coloured(Color newColor) {
            return new Style(font, arabic, size, newColor);
        }

        /** The font {@code c} is drawn in. */
        PDFont fontFor(int c) {
            return ArabicShaping.isArabic(c) ? arabic : font;
        }
    }

    /** A stretch of a line in visual order drawn in one font. */
    private record Run(PDFont font, String text) {
    }


    static final Color TEXT = new Color(0x1a, 0x1a, 0x1a);
    static final Color MUTED = new Color(0x55, 0x55, 0x55);
    static final Color RULE = new Color(0xc8, 0xc8, 0xc8);

    final Style title;
    final Style heading;
    final Style body;
    final Style bodyBold;
    final Style small;
    final Style smallItalic;

    private final Map<PDFont, Map<Integer, Boolean>> glyphs = new HashMap<>();

    Typesetter(PDDocument document) {
        PDFont regular = embed(document, Fonts.Style.REGULAR);
        PDFont bold = embed(document, Fonts.Style.BOLD);
        PDFont oblique = embed(document, Fonts.Style.OBLIQUE);
        // Subsets: a document without Arabic keeps none of these glyphs, and PDFBox then leaves the fonts out.
        PDFont arabic = embed(document, Fonts.Style.ARABIC);
        PDFont arabicBold = embed(document, Fonts.Style.ARABIC_BOLD);
        title = new Style(bold, arabicBold, 20, TEXT);
        heading = new Style(bold, arabicBold, 13, TEXT);
        body = new Style(regular, arabic, 10, TEXT);
        bodyBold = new Style(bold, arabicBold, 10, TEXT);
        small = new Style(regular, arabic, 8, MUTED);
        // Arabic has no italic: its slanted words are set upright.
        smallItalic = new Style(oblique, arabic, 8, MUTED);
    }


    /**
     * The bundled style, embedded without its ligatures: PDFBox would otherwise print "fi" as the one glyph "ﬁ",
     * which copies and searches as that character, and a student searching the handout for "first" would not find
     * it.
     */
    private static PDFont embed(PDDocument document, Fonts.Style style) {
        try (InputStream in = Fonts.openTrueType(style)) {
            TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(in));
            document.registerTrueTypeFontForClosing(font);
            // Glyph substitution is only ligatures for the scripts PDFBox shapes; DejaVu's Latin needs none, and
            // Arabic comes already shaped into presentation forms, which the font's character map draws joined.
            font.setEnableGsub(false);
            return PDType0Font.load(document, font, true);
        } catch (IOException e) {
            throw new UncheckedIOException("embedding the bundled font " + style, e);
        }
    }

    /** The width of {@code text} in {@code style}, in points. */
    float width(Style style, String text) {
        try {
            float width = 0;
            for (Run run : runs(style, text)) {
                width += run.font().getStringWidth(run.text());
            }
            return width / 1000 * style.size();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code line} as PDFBox draws it, from left to right: shaped and in visual order when it holds Arabic, cut
     * where the font changes, what the fonts cannot show replaced.
     */
    private List<Run> runs(Style style, String line) {
        if (!ArabicShaping.hasArabic(line)) {
            return List.of(new Run(style.font(), printable(style.font(), line)));
        }
        String visual = ArabicShaping.visual(line);
        List<Run> runs = new ArrayList<>();
        int start = 0;
        while (start < visual.length()) {
            PDFont font = style.fontFor(visual.codePointAt(start));
            int end = start;
            while (end < visual.length() && (style.fontFor(visual.codePointAt(end)) == font
                    || Character.isWhitespace(visual.charAt(end)))) {
                end = visual.offsetByCodePoints(end, 1);
            }
            runs.add(new Run(font, printable(font, visual.substring(start, end))));
            start = end;
        }
        return runs;
    }

    /** {@code text} broken into lines no wider than {@code width} points. */
    List<String> lines(Style style, String text, float width) {
        return WordWrap.lines(text, width, line -> width(style, line));
    }

    /** At most {@code max} lines of {@code text}, the last ending in "…" when there was more. */
    List<String> clipped(Style style, String text, float width, int max) {
        return WordWrap.clipped(text, max, width, line -> width(style, line));
    }

    /** Draws one line with its baseline at {@code y}, beginning at {@code x} whatever its direction. */
    void draw(PDPageContentStream stream, Style style, float x, float y, String line) throws IOException {
        stream.beginText();
        stream.setNonStrokingColor(style.color());
        stream.newLineAtOffset(x, y);
        for (Run run : runs(style, line)) {
            stream.setFont(run.font(), style.size());
            stream.showText(run.text());
        }
        stream.endText();
    }

    /** Draws one line ending at {@code right}. */
    void drawRight(PDPageContentStream stream, Style style, float right, float y, String line) throws IOException {
        draw(stream, style, right - width(style, line), y, line);
    }

    /** {@code text} with what the font cannot show replaced: control characters by spaces, others by "?". */
    String printable(PDFont font, String text) {
        Map<Integer, Boolean> known = glyphs.computeIfAbsent(font, f -> new HashMap<>());
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            if (Character.isISOControl(codePoint)) {
                out.append(' ');
            } else if (known.computeIfAbsent(codePoint, c -> canShow(font, c))) {
                out.appendCodePoint(codePoint);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static boolean canShow(PDFont font, int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IllegalArgumentException | IOException e) {
            return false;
        }
    }
}
