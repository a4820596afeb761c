package org.timelineexplorer.export.pdf;

import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Arabic text made ready for PDFBox, which draws one glyph per character from left to right and neither joins Arabic
 * letters nor orders right-to-left text. Two steps, as a text engine would do them: each letter is replaced by its
 * contextual form from Unicode's Arabic Presentation Forms (isolated, initial, medial or final, and lam followed by
 * alef as its one ligature), which fonts such as Noto Sans Arabic map to the joined glyphs; then the line is put in
 * visual order with {@link Bidi}, so that Arabic words run right to left while numbers and Latin words inside them
 * keep running left to right.
 *
 * <p>Written here rather than taken from ICU4J, whose 14 MB jar the installer has no room for. It covers the letters
 * of Arabic and those Persian and Kurdish names bring (پ چ ژ ک گ ی); vowel marks are kept after their letter and
 * drawn over it by the font's zero-width mark glyphs.
 */
final class ArabicShaping {

    /** How a letter joins its neighbours (Unicode's Joining_Type, the values that matter here). */
    private enum Joining {
        /** Joins neither side: hamza, and every character that is not Arabic. */
        NONE,
        /** Joins the letter before it only (alef, dal, ra, waw…): two forms. */
        RIGHT,
        /** Joins both sides (ba, sin, lam…): four forms. */
        DUAL,
        /** The tatweel, which joins both sides and has one form. */
        CAUSING,
        /** Vowel marks and the like: skipped when deciding how their neighbours join. */
        TRANSPARENT
    }

    /** A letter's isolated form; final, initial and medial follow it in that order, as Unicode lays them out. */
    private record Forms(char isolated, Joining joining) {
    }

    private static final Map<Character, Forms> FORMS = Map.ofEntries(
            Map.entry('\u0621', new Forms('\uFE80', Joining.NONE)),
            Map.entry('\u0622', new Forms('\uFE81', Joining.RIGHT)),
            Map.entry('\u0623', new Forms('\uFE83', Joining.RIGHT)),
            Map.entry('\u0624', new Forms('\uFE85', Joining.RIGHT)),
            Map.entry('\u0625', new Forms('\uFE87', Joining.RIGHT)),
            Map.entry('\u0626', new Forms('\uFE89', Joining.DUAL)),
            Map.entry('\u0627', new Forms('\uFE8D', Joining.RIGHT)),
            Map.entry('\u0628', new Forms('\uFE8F', Joining.DUAL)),
            Map.entry('\u0629', new Forms('\uFE93', Joining.RIGHT)),
            Map.entry('\u062A', new Forms('\uFE95', Joining.DUAL)),
            Map.entry('\u062B', new Forms('\uFE99', Joining.DUAL)),
            Map.entry('\u062C', new Forms('\uFE9D', Joining.DUAL)),
            Map.entry('\u062D', new Forms('\uFEA1', Joining.DUAL)),
            Map.entry('\u062E', new Forms('\uFEA5', Joining.DUAL)),
            Map.entry('\u062F', new Forms('\uFEA9', Joining.RIGHT)),
            Map.entry('\u0630', new Forms('\uFEAB', Joining.RIGHT)),
            Map.entry('\u0631', new Forms('\uFEAD', Joining.RIGHT)),
            Map.entry('\u0632', new Forms('\uFEAF', Joining.RIGHT)),
            Map.entry('\u0633', new Forms('\uFEB1', Joining.DUAL)),
            Map.entry('\u0634', new Forms('\uFEB5', Joining.DUAL)),
            Map.entry('\u0635', new Forms('\uFEB9', Joining.DUAL)),
            Map.entry('\u0636', new Forms('\uFEBD', Joining.DUAL)),
            Map.entry('\u0637', new Forms('\uFEC1', Joining.DUAL)),
            Map.entry('\u0638', new Forms('\uFEC5', Joining.DUAL)),
            Map.entry('\u0639', new Forms('\uFEC9', Joining.DUAL)),
            Map.entry('\u063A', new Forms('\uFECD', Joining.DUAL)),
            Map.entry('\u0641', new Forms('\uFED1', Joining.DUAL)),
            Map.entry('\u0642', new Forms('\uFED5', Joining.DUAL)),
            Map.entry('\u0643', new Forms('\uFED9', Joining.DUAL)),
            Map.entry('\u0644', new Forms('\uFEDD', Joining.DUAL)),
            Map.entry('\u0645', new Forms('\uFEE1', Joining.DUAL)),
            Map.entry('\u0646', new Forms('\uFEE5', Joining.DUAL)),
            Map.entry('\u0647', new Forms('\uFEE9', Joining.DUAL)),
            Map.entry('\u0648', new Forms('\uFEED', Joining.RIGHT)),
            Map.entry('\u0649', new Forms('\uFEEF', Joining.RIGHT)),
            Map.entry('\u064A', new Forms('\uFEF1', Joining.DUAL)),
            Map.entry('\u0671', new Forms('\uFB50', Joining.RIGHT)),
            Map.entry('\u067E', new Forms('\uFB56', Joining.DUAL)),
            Map.entry('\u0686', new Forms('\uFB7A', Joining.DUAL)),
            Map.entry('\u0698', new Forms('\uFB8A', Joining.RIGHT)),
            Map.entry('\u06A4', new Forms('\uFB6A', Joining.DUAL)),
            Map.entry('\u06A9', new Forms('\uFB8E', Joining.DUAL)),
            Map.entry('\u06AF', new Forms('\uFB92', Joining.DUAL)),
            Map.entry('\u06CC', new Forms('\uFBFC', Joining.DUAL)));

    private static final char LAM = '\u0644';
    private static final char TATWEEL = '\u0640';
    /** Lam followed by these alefs is one glyph: isolated form here, final form one after. */
    private static final Map<Character, Character> LAM_ALEF = Map.of(
            '\u0622', '\uFEF5', '\u0623', '\uFEF7', '\u0625', '\uFEF9', '\u0627', '\uFEFB');
    /** Brackets and quotes drawn as their mirror image inside right-to-left text, as Unicode's Bidi_Mirrored says. */
    private static final Map<Character, Character> MIRRORED = Map.of(
            '(', ')', ')', '(', '[', ']', ']', '[', '{', '}', '}', '{', '<', '>', '>', '<', '«', '»', '»', '«');

    private ArabicShaping() {
    }

    /** Whether {@code text} holds Arabic letters (or their presentation forms) and so needs shaping and a font for them. */
    static boolean hasArabic(String text) {
        return text.chars().anyMatch(ArabicShaping::isArabic);
    }

    /** Whether {@code c} is drawn with the Arabic font: Arabic letters, marks, digits and punctuation. */
    static boolean isArabic(int c) {
        return c >= 0x0600 && c <= 0x06FF || c >= 0x0750 && c <= 0x077F || c >= 0xFB50 && c <= 0xFDFF
                || c >= 0xFE70 && c <= 0xFEFF;
    }

    /**
     * Whether a paragraph of {@code text} runs right to left: its first letter of a definite direction is Arabic (or
     * Hebrew), as the Unicode Bidirectional Algorithm decides a paragraph's direction when none is given.
     */
    static boolean rightToLeft(String text) {
        for (int i = 0; i < text.length(); i++) {
            byte direction = Character.getDirectionality(text.charAt(i));
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    /** {@code line}, in logical order, shaped and put in the order its glyphs are drawn from left to right. */
    static String visual(String line) {
        return hasArabic(line) ? reorder(shape(line)) : line;
    }

    /** Each Arabic letter of {@code text} replaced by its presentation form for where it stands; order kept. */
    static String shape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            Forms forms = FORMS.get(c);
            if (forms == null) {
                out.append(c);
                i++;
                continue;
            }
            boolean joinsBefore = forms.joining() != Joining.NONE && joinsOnItsLeft(before(text, i));
            int next = after(text, i);
            if (c == LAM && next < text.length() && LAM_ALEF.containsKey(text.charAt(next))) {
                out.append((char) (LAM_ALEF.get(text.charAt(next)) + (joinsBefore ? 1 : 0)));
                out.append(text, i + 1, next); // the lam's vowel marks, after the ligature that holds it
                i = next + 1;
                continue;
            }
            boolean joinsAfter = (forms.joining() == Joining.DUAL) && next < text.length()
                    && joinsOnItsRight(text.charAt(next));
            int form = joinsBefore && joinsAfter ? 3 : joinsAfter ? 2 : joinsBefore ? 1 : 0;
            out.append((char) (forms.isolated() + (forms.joining() == Joining.DUAL ? form : Math.min(form, 1))));
            i++;
        }
        return out.toString();
    }

    private static Joining joining(char c) {
        if (c == TATWEEL) {
            return Joining.CAUSING;
        }
        Forms forms = FORMS.get(c);
        if (forms != null) {
            return forms.joining();
        }
        int type = Character.getType(c);
        return isArabic(c) && (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK)
                || c == '\u200D' ? Joining.TRANSPARENT : Joining.NONE;
    }

    /** The letter before index {@code i}, vowel marks skipped; or a space when there is none. */
    private static char before(String text, int i) {
        for (int j = i - 1; j >= 0; j--) {
            if (joining(text.charAt(j)) != Joining.TRANSPARENT) {
                return text.charAt(j);
            }
        }
        return ' ';
    }

    /** The index of the letter after index {@code i}, vowel marks skipped; the text's length when there is none. */
    private static int after(String text, int i) {
        int j = i + 1;
        while (j < text.length() && joining(text.charAt(j)) == Joining.TRANSPARENT) {
            j++;
        }
        return j;
    }

    /** Whether {@code c} reaches out to the letter after it (in reading order, on its left). */
    private static boolean joinsOnItsLeft(char c) {
        Joining joining = joining(c);
        return joining == Joining.DUAL || joining == Joining.CAUSING;
    }

    /** Whether {@code c} reaches back to the letter before it. */
    private static boolean joinsOnItsRight(char c) {
        Joining joining = joining(c);
        return joining == Joining.DUAL || joining == Joining.RIGHT || joining == Joining.CAUSING;
    }

    /**
     * {@code line} from logical to visual order: the Bidirectional Algorithm's levels, then its rule L2 (each run of
     * a level or more, from the highest down to the lowest odd one, reversed), applied to letters with their marks
     * so that a mark still follows the letter it sits on; brackets in right-to-left runs mirrored.
     */
    private static String reorder(String line) {
        Bidi bidi = new Bidi(line, rightToLeft(line) ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        List<String> clusters = new ArrayList<>();
        List<Integer> levels = new ArrayList<>();
        for (int i = 0; i < line.length(); ) {
            int end = i + Character.charCount(line.codePointAt(i));
            while (end < line.length() && isMark(line.charAt(end))) {
                end++;
            }
            int level = bidi.getLevelAt(i);
            String cluster = line.substring(i, end);
            if (level % 2 == 1 && cluster.length() == 1 && MIRRORED.containsKey(cluster.charAt(0))) {
                cluster = String.valueOf(MIRRORED.get(cluster.charAt(0)));
            }
            clusters.add(cluster);
            levels.add(level);
            i = end;
        }
        byte[] levelBytes = new byte[levels.size()];
        for (int i = 0; i < levelBytes.length; i++) {
            levelBytes[i] = levels.get(i).byteValue();
        }
        Object[] ordered = clusters.toArray();
        Bidi.reorderVisually(levelBytes, 0, ordered, 0, ordered.length);
        StringBuilder out = new StringBuilder(line.length());
        for (Object cluster : ordered) {
            out.append(cluster);
        }
        return out.toString();
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }
}
