package org.timelineexplorer.export.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleFunction;

/**
 * Breaks text into lines that fit a width, as PDFBox does not: between words only, never with a hyphen. A word wider
 * than the whole line (a long web address) is the one thing broken inside, at the last character that fits. Line
 * breaks in the text start new lines; runs of spaces count as one.
 */
final class WordWrap {

    static final String ELLIPSIS = "…";

    private WordWrap() {
    }

    /**
     * The lines of {@code text} no wider than {@code width}, as {@code measure} measures them (in the same unit).
     * Blank text has no lines.
     */
    static List<String> lines(String text, double width, ToDoubleFunction<String> measure) {
        List<String> lines = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return lines;
        }
        for (String paragraph : text.strip().split("\\R")) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.strip().split("\\s+")) {
                if (word.isEmpty()) {
                    continue;
                }
                String joined = line.isEmpty() ? word : line + " " + word;
                if (measure.applyAsDouble(joined) <= width) {
                    line.setLength(0);
                    line.append(joined);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                String rest = word;
                while (measure.applyAsDouble(rest) > width) {
                    int fits = fittingPrefix(rest, width, measure);
                    lines.add(rest.substring(0, fits));
                    rest = rest.substring(fits);
                }
                line.append(rest);
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /**
     * At most {@code max} lines of {@code text}; when there are more, the last one kept ends in an ellipsis, words
     * taken off it until it fits, so that a reader sees the text goes on.
     */
    static List<String> clipped(String text, int max, double width, ToDoubleFunction<String> measure) {
        List<String> lines = lines(text, width, measure);
        if (lines.size() <= max) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, Math.max(0, max)));
        if (kept.isEmpty()) {
            return kept;
        }
        String last = kept.get(kept.size() - 1);
        while (!last.isEmpty() && measure.applyAsDouble(last + ELLIPSIS) > width) {
            int space = last.lastIndexOf(' ');
            last = space > 0 ? last.substring(0, space) : last.substring(0, last.length() - 1);
        }
        kept.set(kept.size() - 1, last.stripTrailing().replaceAll("[,;:.]$", "") + ELLIPSIS);
        return kept;
    }

    /** The length of the longest start of {@code word} that fits, at least one character so that wrapping ends. */
    private static int fittingPrefix(String word, double width, ToDoubleFunction<String> measure) {
        int fits = nextBoundary(word, 0);
        while (fits < word.length() && measure.applyAsDouble(word.substring(0, nextBoundary(word, fits))) <= width) {
            fits = nextBoundary(word, fits);
        }
        return fits;
    }

    /** The index after the character at {@code index}, keeping surrogate pairs whole. */
    private static int nextBoundary(String word, int index) {
        return word.offsetByCodePoints(index, 1);
    }
}
