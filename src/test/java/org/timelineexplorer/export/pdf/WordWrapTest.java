package org.timelineexplorer.export.pdf;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.function.ToDoubleFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WordWrapTest {

    /** Every character one unit wide: widths are lengths, so the expected lines can be read off the text. */
    private static final ToDoubleFunction<String> MONOSPACE = String::length;

    private static final String TEXT = "US forces shift to advising Iraqi forces, end their combat role in 2021 and "
            + "leave federal Iraq for the Kurdistan Region in 2025.";

    @Test
    void linesFitTheWidthAndKeepEveryWordInOrderWithoutHyphens() {
        // From the longest word's width up: a narrower line breaks a word, which the next test checks.
        for (int width = 9; width <= 60; width += 13) {
            List<String> lines = WordWrap.lines(TEXT, width, MONOSPACE);
            for (String line : lines) {
                assertTrue(line.length() <= width, "\"" + line + "\" is wider than " + width);
                assertFalse(line.startsWith(" ") || line.endsWith(" "), line);
            }
            assertEquals(TEXT, String.join(" ", lines), "width " + width);
            assertFalse(String.join("", lines).contains("-"), "a hyphen was added at width " + width);
        }
    }

    @Test
    void aLineIsFilledBeforeTheNextStarts() {
        assertEquals(List.of("The surge", "begins"), WordWrap.lines("The surge begins", 10, MONOSPACE));
        assertEquals(List.of("The surge begins"), WordWrap.lines("The   surge\tbegins", 16, MONOSPACE));
    }

    @Test
    void aWordWiderThanTheLineIsBrokenInsideItOnly() {
        List<String> lines = WordWrap.lines("see https://example.org/abcdefghij now", 10, MONOSPACE);
        assertEquals(List.of("see", "https://ex", "ample.org/", "abcdefghij", "now"), lines);
    }

    @Test
    void lineBreaksInTheTextStartNewLines() {
        assertEquals(List.of("20 March 2003 –", "1 May 2003"),
                WordWrap.lines("20 March 2003 –\n1 May 2003", 100, MONOSPACE));
    }

    @Test
    void clippedTextEndsInAnEllipsisThatFits() {
        List<String> lines = WordWrap.clipped(TEXT, 2, 30, MONOSPACE);
        assertEquals(2, lines.size());
        assertTrue(lines.get(1).endsWith(WordWrap.ELLIPSIS), lines.get(1));
        assertTrue(lines.get(1).length() <= 30, lines.get(1));
        assertEquals(WordWrap.lines(TEXT, 30, MONOSPACE).get(0), lines.get(0));
        assertEquals(WordWrap.lines(TEXT, 30, MONOSPACE), WordWrap.clipped(TEXT, 99, 30, MONOSPACE));
    }

    @Test
    void blankTextHasNoLines() {
        assertTrue(WordWrap.lines("  \n ", 10, MONOSPACE).isEmpty());
        assertTrue(WordWrap.lines(null, 10, MONOSPACE).isEmpty());
    }
}
