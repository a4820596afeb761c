package org.timelineexplorer.model;

import java.text.Normalizer;

/**
 * Short names made from titles, for ids and file names: lower-case letters and digits joined by hyphens, accents
 * removed ({@code "Opération « Inherent Resolve »"} gives {@code operation-inherent-resolve}).
 */
public final class Slug {

    private Slug() {
    }

    /**
     * The slug of {@code text}, at most {@code maxLength} characters, cut between words where it can be;
     * {@code fallback} when the text has no letter or digit that a slug keeps.
     */
    public static String of(String text, int maxLength, String fallback) {
        // Decomposed, an accented letter is its plain letter and a mark, and the mark is left out below.
        String letters = isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder slug = new StringBuilder(Math.min(letters.length(), maxLength + 1));
        boolean gap = false;
        for (int i = 0; i < letters.length() && slug.length() <= maxLength; i++) {
            char c = letters.charAt(i);
            char lower = c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (gap && slug.length() > 0) {
                    slug.append('-');
                }
                gap = false;
                slug.append(lower);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        if (slug.length() > maxLength) {
            boolean wordCut = slug.charAt(maxLength) != '-';
            slug.setLength(maxLength);
            int lastGap = slug.lastIndexOf("-");
            if (wordCut && lastGap > 0) {
                slug.setLength(lastGap);
            }
            if (slug.charAt(slug.length() - 1) == '-') {
                slug.setLength(slug.length() - 1);
            }
        }
        return slug.length() == 0 ? fallback : slug.toString();
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
