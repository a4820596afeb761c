package org.timelineexplorer.ui;

import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;

import java.time.LocalDate;
import java.util.Locale;

/** How the window writes dates and counts: English, as the bundled dataset is written. */
public final class Formats {

    /**
     * The locale of dates in every view and the presentation, so that "20 March 2003" reads the same everywhere.
     * The one place that decides it: a language setting (View → Language) will replace this constant.
     */
    public static final Locale LOCALE = Locale.ENGLISH;

    private Formats() {
    }

    /**
     * A visible range for a reader: months when it spans more than about three months ("March 2003 – December
     * 2025"), days otherwise ("20 March – 1 May 2003").
     */
    static String range(TimeRange range) {
        LocalDate first = range.startDate();
        LocalDate last = range.endDate();
        boolean days = range.length() <= 92;
        HistoricalDate start = days ? HistoricalDate.of(first) : HistoricalDate.ofMonth(first.getYear(), first.getMonthValue());
        HistoricalDate end = days ? HistoricalDate.of(last) : HistoricalDate.ofMonth(last.getYear(), last.getMonthValue());
        return HistoricalDate.formatRange(start, end, LOCALE);
    }

    /** "12 of 55 events shown". */
    static String shownCount(int shown, int total) {
        return shown + " of " + total + (total == 1 ? " event" : " events") + " shown";
    }
}
