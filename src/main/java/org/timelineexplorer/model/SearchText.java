package org.timelineexplorer.model;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as search compares it, so that a teacher finds "Fallouja" typing "fallouja" and "Bataille de Falloujah" typing
 * "bataille", whatever her keyboard: case, accents and the ways of writing the same letter that readers commonly
 * confuse are left aside. French: é = e, ç = c, œ = oe. Arabic: the short vowels and other marks (harakat), the
 * tatweel that stretches a word, the forms of alef with hamza or madda (أ إ آ ٱ = ا), alef maqsura and ya (ى = ي),
 * and ta marbuta and ha (ة = ه). Both the texts searched and the words typed go through {@link #of}.
 */
public final class SearchText {

    private static final char TATWEEL = '\u0640';

    private SearchText() {
    }

    /** {@code text} as search compares it. */
    public static String of(String text) {
        if (isPlainAscii(text)) {
            return text.toLowerCase(Locale.ROOT);
        }
        // Compatibility decomposition splits é into e and its accent, أ into ا and its hamza, and ligatures apart.
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFKD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) == Character.NON_SPACING_MARK || c == TATWEEL) {
                continue;
            }
            switch (c) {
                case 'œ', 'Œ' -> folded.append("oe");
                case 'æ', 'Æ' -> folded.append("ae");
                case 'ß' -> folded.append("ss");
                case '’', '‘' -> folded.append('\'');
                case '\u0671' -> folded.append('\u0627'); // alef wasla: alef
                case '\u0649' -> folded.append('\u064A'); // alef maqsura: ya
                case '\u0629' -> folded.append('\u0647'); // ta marbuta: ha
                default -> folded.append(Character.toLowerCase(c));
            }
        }
        return folded.toString();
    }

    /** The words of a search, each as {@link #of} gives it; none for a blank search. */
    public static String[] words(String search) {
        String trimmed = of(search).trim();
        return trimmed.isEmpty() ? new String[0] : trimmed.split("\\s+");
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
