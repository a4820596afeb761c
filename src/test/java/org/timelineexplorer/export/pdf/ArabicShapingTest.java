package org.timelineexplorer.export.pdf;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Known words, shaped and ordered as a reader sees them, checked glyph by glyph against the forms Unicode's Arabic
 * Presentation Forms-B give them (the expected strings are written from right to left of the page, left first).
 */
class ArabicShapingTest {

    @Test
    void soleimaniJoinsEveryLetterButTheOnesAfterAlef() {
        // س initial, ل ي م medial, ا final; ن starts again after the alef (which never joins on its left), ي final.
        assertEquals("\uFEB3\uFEE0\uFEF4\uFEE4\uFE8E\uFEE7\uFEF2", ArabicShaping.shape("سليماني"));
        assertEquals("\uFEF2\uFEE7\uFE8E\uFEE4\uFEF4\uFEE0\uFEB3", ArabicShaping.visual("سليماني"));
    }

    @Test
    void fallujahStartsWithAnAlefThatStandsAlone() {
        // ا isolated, ل initial (the alef before it does not join), ف medial, ل medial, و final, ج initial, ة final.
        assertEquals("\uFE94\uFE9F\uFEEE\uFEE0\uFED4\uFEDF\uFE8D", ArabicShaping.visual("الفلوجة"));
    }

    @Test
    void digitsInArabicTextKeepTheirOrderWhileTheWordsRunRightToLeft() {
        // "بغداد ٢٠٠٣": the year stays ٢٠٠٣ read from the left, at the left of the line's end; بغداد reads from
        // the right: ب initial, غ medial, د final, then ا and د alone.
        assertEquals("\u0662\u0660\u0660\u0663 \uFEA9\uFE8D\uFEAA\uFED0\uFE91", ArabicShaping.visual("بغداد ٢٠٠٣"));
        assertEquals("2003 \uFEA9\uFE8D\uFEAA\uFED0\uFE91", ArabicShaping.visual("بغداد 2003"));
    }

    @Test
    void aLatinNameInAnArabicSentenceStaysLeftToRight() {
        String visual = ArabicShaping.visual("سليماني Soleimani");
        assertEquals("Soleimani \uFEF2\uFEE7\uFE8E\uFEE4\uFEF4\uFEE0\uFEB3", visual);
    }

    @Test
    void anArabicNameInAFrenchSentenceIsReversedAloneAndTheSentenceKeepsItsOrder() {
        assertEquals("Mort de \uFEF2\uFEE7\uFE8E\uFEE4\uFEF4\uFEE0\uFEB3 en 2020",
                ArabicShaping.visual("Mort de سليماني en 2020"));
    }

    @Test
    void lamAlefIsOneGlyphIsolatedOrFinal() {
        assertEquals("\uFEFB", ArabicShaping.shape("لا"));
        // سلام: س initial, لا final ligature (the lam joins the sin), م alone.
        assertEquals("\uFEB3\uFEFC\uFEE1", ArabicShaping.shape("سلام"));
        // الأمم: ا alone, لأ isolated ligature (after an alef), م initial, م final.
        assertEquals("\uFE8D\uFEF7\uFEE3\uFEE2", ArabicShaping.shape("الأمم"));
    }

    @Test
    void vowelMarksStayAfterTheirLetterAndDoNotBreakTheJoin() {
        // بَغداد with a fatha on the ba: the ba is still initial and the ghain medial; the mark follows the ba.
        String visual = ArabicShaping.visual("بَغداد");
        assertEquals("\uFEA9\uFE8D\uFEAA\uFED0\uFE91\u064E", visual);
    }

    @Test
    void bracketsAroundAnArabicWordInArabicAreMirrored() {
        assertEquals("(\uFEA9\uFE8D\uFEAA\uFED0\uFE91)", ArabicShaping.visual("(بغداد)"));
    }

    @Test
    void textWithoutArabicIsLeftAlone() {
        assertEquals("Falloujah (2004)", ArabicShaping.visual("Falloujah (2004)"));
        assertFalse(ArabicShaping.hasArabic("Falloujah"));
        assertTrue(ArabicShaping.hasArabic("الفلوجة 2004"));
        assertTrue(ArabicShaping.rightToLeft("٢٠٠٣ بغداد"));
        assertFalse(ArabicShaping.rightToLeft("2003 Bagdad بغداد"));
    }
}
