package org.timelineexplorer.model;

import java.util.Objects;
import java.util.Optional;

/**
 * One published estimate of a total over several years, such as the Iraqis killed from 2003 to 2006, that a yearly
 * series cannot show on its own axis: estimates that disagree (by ten times, for Iraqi deaths) because they count
 * different things in different ways. A teacher shows them side by side and reads out each method.
 *
 * @param value   the central figure, for example 151,000
 * @param low     the low end of the published range, or {@code null} when none was published
 * @param high    the high end of the published range, or {@code null} with {@code low}
 * @param start   the first date the estimate covers
 * @param end     the last date the estimate covers
 * @param counts  what is counted, in a few words: "violent deaths", "excess deaths", "documented civilian deaths"
 * @param method  how the figure was reached, in one sentence
 * @param note    what a reader should know besides (a revision, a criticism), or {@code null}
 * @param extras  the fields of the file's estimate the app does not know, kept for saving
 */
public record Estimate(String id, String title, double value, Double low, Double high, HistoricalDate start,
                       HistoricalDate end, String counts, String method, Source source, String note,
                       Extras extras) {

    public Estimate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(source, "source");
        counts = counts == null ? "" : counts;
        if ((low == null) != (high == null)) {
            throw new IllegalArgumentException("a range needs both its low and its high end");
        }
        if (low != null && !(low <= value && value <= high)) {
            throw new IllegalArgumentException("the value " + value + " lies outside its range " + low + "–" + high);
        }
        extras = Extras.orNone(extras);
    }

    public Estimate(String id, String title, double value, Double low, Double high, HistoricalDate start,
                    HistoricalDate end, String counts, String method, Source source, String note) {
        this(id, title, value, low, high, start, end, counts, method, source, note, Extras.NONE);
    }

    /** Whether a range was published around the value. */
    public boolean hasRange() {
        return low != null;
    }

    /** The largest figure the estimate gives: the top of its range, or its value. */
    public double highest() {
        return high == null ? value : high;
    }

    /** The time the estimate covers, its first and last days included. */
    public TimeRange range() {
        return TimeRange.covering(start, end);
    }

    public Optional<String> noteText() {
        return Optional.ofNullable(note).filter(n -> !n.isBlank());
    }
}
