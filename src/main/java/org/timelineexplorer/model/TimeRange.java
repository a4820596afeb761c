package org.timelineexplorer.model;

import java.time.LocalDate;

/**
 * A stretch of time in epoch days (days since 1 January 1970, fractions allowed), start before end.
 * Epoch days keep zooming and panning to plain arithmetic on doubles.
 */
public record TimeRange(double start, double end) {

    public TimeRange {
        if (!Double.isFinite(start) || !Double.isFinite(end) || !(end > start)) {
            throw new IllegalArgumentException("a time range needs a finite start before its end: " + start + ", " + end);
        }
    }

    /** From the start of {@code first} to the end of {@code last}, both days included. */
    public static TimeRange ofDays(LocalDate first, LocalDate last) {
        return new TimeRange(first.toEpochDay(), last.toEpochDay() + 1);
    }

    /**
     * Everything from the first day of {@code start} to the last day of {@code end}; both dates' days when the end
     * comes first, as it may in an event being edited, which is drawn across both until it is fixed (a file with
     * such an event neither opens nor saves).
     */
    public static TimeRange covering(HistoricalDate start, HistoricalDate end) {
        return new TimeRange(Math.min(start.startDay(), end.startDay()), Math.max(start.endDay(), end.endDay()));
    }

    public double length() {
        return end - start;
    }

    public double center() {
        return (start + end) / 2;
    }

    public boolean contains(double day) {
        return day >= start && day < end;
    }

    public boolean overlaps(TimeRange other) {
        return other.start < end && other.end > start;
    }

    /** The same range moved by {@code days}. */
    public TimeRange shift(double days) {
        return new TimeRange(start + days, end + days);
    }

    /**
     * This range with a little room at each end (2 % of its length), so that a view showing it does not cut the
     * markers, bands and labels that sit at its very ends. What "show everything" shows.
     */
    public TimeRange padded() {
        return expand(0.02);
    }

    /**
     * This range moved, keeping its length, as little as needed to lie within {@code bounds}; centred on the bounds
     * when it is longer than they are.
     */
    public TimeRange within(TimeRange bounds) {
        if (length() >= bounds.length()) {
            return shift(bounds.center() - center());
        }
        if (start < bounds.start) {
            return shift(bounds.start - start);
        }
        return end > bounds.end ? shift(bounds.end - end) : this;
    }

    /** The part of this range within {@code bounds}, or this range when they do not overlap. */
    public TimeRange clippedTo(TimeRange bounds) {
        double from = Math.max(start, bounds.start);
        double to = Math.min(end, bounds.end);
        return to > from ? new TimeRange(from, to) : this;
    }

    /** This range widened by {@code fraction} of its length on each side. */
    public TimeRange expand(double fraction) {
        double margin = length() * fraction;
        return new TimeRange(start - margin, end + margin);
    }

    public LocalDate startDate() {
        return LocalDate.ofEpochDay((long) Math.floor(start));
    }

    /** The last day that the range touches. */
    public LocalDate endDate() {
        return LocalDate.ofEpochDay((long) Math.ceil(end) - 1);
    }
}
