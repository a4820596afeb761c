package org.timelineexplorer.ui;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;

import java.util.Locale;

/** How the window writes dates and counts: in the language of the interface. */
public final class Formats {

    /**
     * The locale of dates and numbers in every view and the presentation, so that "20 March 2003" reads the same
     * everywhere: the language in use, in the digits chosen (see {@link Messages#locale()}).
     */
    public static Locale locale() {
        return Messages.locale();
    }

    private Formats() {
    }

    /**
     * A visible range for a reader: days up to about three months ("20 March – 1 May 2003"), months up to about thirty
     * years ("March 2003 – December 2025"), years beyond ("753 BC – 476", "13.8 billion years ago – 2026").
     */
    static String range(TimeRange range, EraStyle style) {
        long first = (long) Math.floor(range.start());
        long last = (long) Math.ceil(range.end()) - 1;
        double days = range.length();
        DatePrecision precision = days <= 92 ? DatePrecision.DAY : days <= 30 * 365.25 ? DatePrecision.MONTH : DatePrecision.YEAR;
        HistoricalDate start = HistoricalDate.onEpochDay(first, precision);
        HistoricalDate end = HistoricalDate.onEpochDay(last, precision);
        if (precision == DatePrecision.YEAR) {
            start = HistoricalDate.readableYear(start.year());
            end = HistoricalDate.readableYear(end.year());
        }
        return HistoricalDate.formatRange(start, end, locale(), style);
    }

    /** "12 of 55 events shown", in the language in use. */
    static String shownCount(int shown, int total) {
        return Messages.of(Formats.class).text("status.shown", shown, total);
    }
}
