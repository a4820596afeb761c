package org.timelineexplorer.model;

/**
 * How precisely a historical date is known, widest first: a count of billions, millions or thousands of years ago,
 * a count of years ago, a year, a month, a day, or a minute of a day.
 */
public enum DatePrecision {
    BILLION_YEARS_AGO(1_000_000_000L),
    MILLION_YEARS_AGO(1_000_000L),
    THOUSAND_YEARS_AGO(1_000L),
    YEARS_AGO(1L),
    YEAR(0),
    MONTH(0),
    DAY(0),
    MINUTE(0);

    private final long yearsPerUnit;

    DatePrecision(long yearsPerUnit) {
        this.yearsPerUnit = yearsPerUnit;
    }

    /** Whether the date is written as a count of years back from 1950 ("66 million years ago"). */
    public boolean isYearsAgo() {
        return yearsPerUnit > 0;
    }

    /** The years one unit of a years-ago count stands for (a billion for "13.8 billion years ago"); 0 otherwise. */
    public long yearsPerUnit() {
        return yearsPerUnit;
    }

    /** Whether a date of this precision covers a calendar month or year that the timeline draws as a bar. */
    public boolean coversPeriod() {
        return this == YEAR || this == MONTH;
    }
}
