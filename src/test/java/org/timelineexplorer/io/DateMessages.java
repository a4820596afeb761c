package org.timelineexplorer.io;

import org.timelineexplorer.model.HistoricalDate;

/** The message the date parser gives for a date that is not one: what the forms must show word for word. */
public final class DateMessages {

    private DateMessages() {
    }

    public static String of(String notADate) {
        try {
            HistoricalDate.parse(notADate);
        } catch (java.time.DateTimeException e) {
            return e.getMessage();
        }
        throw new AssertionError(notADate + " parsed");
    }
}
