package org.timelineexplorer.model;

import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalTime;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The words and digits a date is written with for a reader of one locale. Java's locale data gives what it gets
 * right: month names (mars; آذار and نيسان for Iraq, where Egypt's locale says مارس) and digits (٠–٩ when the locale
 * says {@code nu-arab}, which Java's date formatters follow only when told to). The rest is ours, in the bundle
 * {@code dates*.properties} beside this class: circa, the era of years before AD 1, "years ago" and its units with
 * their plurals, the French first of the month ("1er"), because Java's are missing or wrong (its French for BC is
 * "BC").
 *
 * <p>The words are those of the locale's language if the interface has it, else English; numbers always follow the
 * locale itself, so {@code ar-IQ-u-nu-latn} writes Arabic words with Western digits.
 */
final class DateWords {

    private static final Messages TEXTS = Messages.named("org.timelineexplorer.model.dates");

    /**
     * One per locale: the axis asks for a year per tick in every frame, the list a date per row, and
     * finding the bundle and parsing its texts each time cost several times more than writing the date.
     */
    private static final Map<Locale, DateWords> KNOWN = new ConcurrentHashMap<>();

    private final Locale locale;
    private final ResourceBundle texts;
    private final char zero;
    /** The bundle's texts parsed for the locale, each used by one thread at a time (a MessageFormat is not safe). */
    private final Map<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private DateWords(Locale locale) {
        this.locale = locale;
        this.texts = TEXTS.bundle(Language.forTag(locale.getLanguage()).orElse(Language.ENGLISH));
        this.zero = DecimalStyle.of(locale).getZeroDigit();
    }

    static DateWords of(Locale locale) {
        return KNOWN.computeIfAbsent(locale, DateWords::new);
    }

    /** "c. 3500 BC", "vers 1750", "حوالي ١٧٥٠". */
    String circa(String date) {
        return text("circa", date);
    }

    /**
     * A year with its era when it is before AD 1 ("753 BC", "753 av. J.-C.", "٧٥٣ ق.م"), in the locale's digits,
     * never grouped below 10,000 (2003, not 2 003), grouped from there as the language groups thousands.
     */
    String year(long year, EraStyle style) {
        long shown = Math.abs(year);
        String number = shown >= 10_000 ? NumberFormat.getIntegerInstance(locale).format(shown) : digits(shown);
        return year < 0 ? text("before." + style.name(), number) : number;
    }

    /** {@code number} in the locale's digits, ungrouped. */
    private String digits(long number) {
        String western = Long.toString(number);
        if (zero == '0') {
            return western;
        }
        char[] own = western.toCharArray();
        for (int i = 0; i < own.length; i++) {
            own[i] = (char) (own[i] - '0' + zero);
        }
        return new String(own);
    }

    /** The day of the month as it is written before the month: "20", "1er" in French, "٢٠". */
    String day(int day) {
        return text("day", day);
    }

    /** "March", "mars", "آذار". */
    String month(int month) {
        return Month.of(month).getDisplayName(TextStyle.FULL_STANDALONE, locale);
    }

    /** "3 January 2020, 00:52", "3 janvier 2020 à 00:52": {@code date} with the time {@code minuteOfDay}. */
    String withTime(String date, int minuteOfDay) {
        String time = DateTimeFormatter.ofPattern("HH:mm", locale).withDecimalStyle(DecimalStyle.of(locale))
                .format(LocalTime.of(minuteOfDay / 60, minuteOfDay % 60));
        return text("time", date, time);
    }

    /**
     * "66 million years ago", "il y a 13,8 milliards d’années", "قبل ٦٦ مليون سنة": {@code count} units of
     * {@code unit} (years, thousands, millions or billions of them), approximate or not.
     */
    String yearsAgo(BigDecimal count, DatePrecision unit, boolean approximate) {
        return text("ago." + unit.name(), count, approximate ? 1 : 0);
    }

    /** The bundle's text in the language, its numbers (choices, digits) written by the locale. */
    private String text(String key, Object... arguments) {
        return new MessageFormat(texts.getString(key), locale).format(arguments);
    }
}
