package org.timelineexplorer.model;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.i18n.Language;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Dates as a French reader and an Iraqi one read them, in Eastern Arabic digits and in Western ones: what the
 * detail pane, the list and the presentation show in those languages.
 */
class DateWordsTest {

    private static final Locale FRENCH = Language.FRENCH.locale();
    private static final Locale ARABIC = Language.ARABIC.locale(false);
    private static final Locale ARABIC_WESTERN_DIGITS = Language.ARABIC.locale(true);
    /** The narrow no-break space French puts between groups of thousands. */
    private static final String GROUP = "\u202f";

    private static String format(String date, Locale locale) {
        return HistoricalDate.parse(date).format(locale);
    }

    private static String range(String start, String end, Locale locale) {
        return HistoricalDate.formatRange(HistoricalDate.parse(start), HistoricalDate.parse(end), locale);
    }

    @Test
    void frenchDatesAreInFrenchWords() {
        assertEquals("20 mars 2003", format("2003-03-20", FRENCH));
        assertEquals("1er mai 2003", format("2003-05-01", FRENCH));
        assertEquals("mars 2003", format("2003-03", FRENCH));
        assertEquals("2014", format("2014", FRENCH));
        assertEquals("vers 1750", format("c. 1750", FRENCH));
        assertEquals("753 av. J.-C.", format("753 BC", FRENCH));
        assertEquals("15 mars 44 av. J.-C.", format("44-03-15 BC", FRENCH));
        assertEquals("44 AEC", HistoricalDate.parse("44 BC").format(FRENCH, EraStyle.BCE_CE));
        assertEquals("3 janvier 2020 à 00:52", format("2020-01-03T00:52+03:00", FRENCH));
    }

    @Test
    void frenchCountsOfYearsAgoTakeTheirPluralFromTwo() {
        assertEquals("il y a 13,8 milliards d’années", format("13.8 billion years ago", FRENCH));
        assertEquals("il y a 66 millions d’années", format("66 million years ago", FRENCH));
        assertEquals("il y a 1,5 million d’années", format("1.5 million years ago", FRENCH));
        assertEquals("il y a 12,05 mille ans", format("12.05 thousand years ago", FRENCH));
        assertEquals("il y a 10" + GROUP + "000 ans", format("10,000 years ago", FRENCH));
        assertEquals("il y a 1 an", format("1 years ago", FRENCH));
        assertEquals("il y a environ 13,82 milliards d’années", format("c. 13.82 billion years ago", FRENCH));
    }

    @Test
    void frenchRangesWriteSharedPartsOnce() {
        assertEquals("20 mars – 1er mai 2003", range("2003-03-20", "2003-05-01", FRENCH));
        assertEquals("1er – 20 mai 2003", range("2003-05-01", "2003-05-20", FRENCH));
        assertEquals("novembre – décembre 2004", range("2004-11", "2004-12", FRENCH));
        assertEquals("753 av. J.-C. – 476", range("753 BC", "476", FRENCH));
    }

    @Test
    void aYearIsNeverGroupedButALongCountIs() {
        assertEquals("2003", HistoricalDate.yearText(2003, EraStyle.BC_AD, FRENCH));
        assertEquals("9999 av. J.-C.", HistoricalDate.yearText(-9999, EraStyle.BC_AD, FRENCH));
        assertEquals("12" + GROUP + "500 av. J.-C.", HistoricalDate.yearText(-12_500, EraStyle.BC_AD, FRENCH));
        assertEquals("٢٠٠٣", HistoricalDate.yearText(2003, EraStyle.BC_AD, ARABIC));
        assertEquals("٢٠٠٣", format("2003", ARABIC));
        assertEquals("2003", format("2003", ARABIC_WESTERN_DIGITS));
    }

    @Test
    void arabicDatesHaveIraqsMonthNamesInEasternDigits() {
        assertEquals("٢٠ آذار ٢٠٠٣", format("2003-03-20", ARABIC));
        assertEquals("١ أيار ٢٠٠٣", format("2003-05-01", ARABIC));
        assertEquals("نيسان ٢٠٠٤", format("2004-04", ARABIC));
        assertEquals("كانون الثاني ٢٠٢٠", format("2020-01", ARABIC));
        assertEquals("٧٥٣ ق.م", format("753 BC", ARABIC));
        assertEquals("حوالي ١٧٥٠", format("c. 1750", ARABIC));
        assertEquals("٣ كانون الثاني ٢٠٢٠، الساعة ٠٠:٥٢", format("2020-01-03T00:52", ARABIC));
        assertEquals("٢٠ آذار – ١ أيار ٢٠٠٣", range("2003-03-20", "2003-05-01", ARABIC));
    }

    @Test
    void arabicCountsOfYearsAgoInEasternDigits() {
        assertEquals("قبل ٦٦ مليون سنة", format("66 million years ago", ARABIC));
        assertEquals("قبل ١٣٫٨ مليار سنة", format("13.8 billion years ago", ARABIC));
        assertEquals("قبل ٥ آلاف سنة", format("5 thousand years ago", ARABIC));
        assertEquals("قبل ١٠٬٠٠٠ سنة", format("10,000 years ago", ARABIC));
        assertEquals("قبل ٥ سنوات", format("5 years ago", ARABIC));
        assertEquals("قبل حوالي ١٣٫٨٢ مليار سنة", format("c. 13.82 billion years ago", ARABIC));
    }

    @Test
    void arabicWithWesternDigitsKeepsItsWords() {
        assertEquals("20 آذار 2003", format("2003-03-20", ARABIC_WESTERN_DIGITS));
        assertEquals("753 ق.م", format("753 BC", ARABIC_WESTERN_DIGITS));
        assertEquals("حوالي 1750", format("c. 1750", ARABIC_WESTERN_DIGITS));
        assertEquals("قبل 13.8 مليار سنة", format("13.8 billion years ago", ARABIC_WESTERN_DIGITS));
        assertEquals("قبل 10,000 سنة", format("10,000 years ago", ARABIC_WESTERN_DIGITS));
        assertEquals("3 كانون الثاني 2020، الساعة 00:52", format("2020-01-03T00:52", ARABIC_WESTERN_DIGITS));
    }

    @Test
    void englishIsAsBefore() {
        assertEquals("c. 13.82 billion years ago", format("c. 13.82 billion years ago", Locale.ENGLISH));
        assertEquals("1 May 2003", format("2003-05-01", Locale.ENGLISH));
        assertEquals("c. 3 January 2020, 00:52", format("c. 2020-01-03T00:52", Locale.ENGLISH));
        assertEquals("c. 13.82 billion years ago", HistoricalDate.parse("c. 13.82 billion years ago").toIsoString());
        assertEquals("10000 years ago", HistoricalDate.parse("10,000 years ago").toIsoString());
    }
}
