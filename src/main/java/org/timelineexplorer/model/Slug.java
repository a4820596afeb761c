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
        return of(text, maxLength, fallback, false);
    }

    private static String of(String text, int maxLength, String fallback, boolean decomposed) {
        // One character past the longest slug, to tell whether the cut falls inside a word.
        char[] slug = new char[Math.min(text.length(), maxLength + 1)];
        int length = 0;
        boolean gap = false;
        for (int i = 0; i < text.length() && length <= maxLength; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 && !decomposed) {
                // Decomposed, an accented letter is its plain letter and a mark, and the mark is left out below.
                // Most titles are plain ASCII and never get here.
                return of(Normalizer.normalize(text, Normalizer.Form.NFD), maxLength, fallback, true);
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c - 'A' + 'a') : c;
            if ((lower >= 'a' && lower <= 'z') || (lower >= '0' && lower <= '9')) {
                if (gap && length > 0 && length < slug.length) {
                    slug[length++] = '-';
                }
                gap = false;
                if (length < slug.length) {
                    slug[length++] = lower;
                }
            } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
                gap = true;
            }
        }
        if (length > maxLength) {
            boolean wordCut = slug[maxLength] != '-';
            length = maxLength;
            if (wordCut) {
                int lastGap = lastHyphen(slug, length);
                length = lastGap > 0 ? lastGap : length;
            }
            if (slug[length - 1] == '-') {
                length--;
            }
        }
        return length == 0 ? fallback : new String(slug, 0, length);
    }

    private static int lastHyphen(char[] slug, int before) {
        for (int i = before - 1; i >= 0; i--) {
            if (slug[i] == '-') {
                return i;
            }
        }
        return -1;
    }
}
