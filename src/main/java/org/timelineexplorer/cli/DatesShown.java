package org.timelineexplorer.cli;

import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.util.Optional;

import static org.timelineexplorer.cli.CommandLine.PROGRAM;
import static org.timelineexplorer.cli.CommandLine.TEXT;

/**
 * The {@code --from} and {@code --to} of an export, read the same way by each: from the start of {@code --from} to
 * the end of {@code --to}, each side the dataset's own when not given. The options themselves stay with each
 * command, whose help says what the dates do to its picture.
 */
record DatesShown(Optional<HistoricalDate> from, Optional<HistoricalDate> to) {

    /** A usage error when {@code --to} is over before {@code --from} begins. */
    void check(picocli.CommandLine command) {
        if (from.isPresent() && to.isPresent() && to.get().endsBefore(from.get())) {
            throw new ParameterException(command, TEXT.text("dates.toBeforeFrom", to.get(), from.get()));
        }
    }

    /** Whether neither date was given: the picture shows what it shows by default. */
    boolean all() {
        return from.isEmpty() && to.isEmpty();
    }

    /** The time from {@code --from} to {@code --to} within {@code span}; or empty, once {@code err} says so. */
    Optional<TimeRange> within(TimeRange span, PrintWriter err) {
        double start = from.map(HistoricalDate::startDay).orElse(span.start());
        double end = to.map(HistoricalDate::endDay).orElse(span.end());
        if (!(end > start)) {
            err.println(PROGRAM + ": " + TEXT.text("dates.empty", from.map(Object::toString).orElse(TEXT.text("dates.start")),
                    to.map(Object::toString).orElse(TEXT.text("dates.end"))));
            return Optional.empty();
        }
        return Optional.of(new TimeRange(start, end));
    }
}
