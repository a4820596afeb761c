package org.timelineexplorer.ui;

import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Chooses the event a click on a year of the figures chart means. */
final class EventPicker {

    private EventPicker() {
    }

    /**
     * The shown event of {@code year} whose middle lies closest to the middle of that year; when the year has none,
     * the shown event closest to the middle of the year overall.
     */
    static Optional<TimelineEvent> nearestInYear(List<TimelineEvent> shown, int year) {
        double midYear = HistoricalDate.yearStartDay(year) + 182.5;
        Comparator<TimelineEvent> byDistance =
                Comparator.comparingDouble(event -> Math.abs(event.range().center() - midYear));
        Optional<TimelineEvent> inYear = shown.stream()
                .filter(event -> event.start().year() == year)
                .min(byDistance);
        return inYear.isPresent() ? inYear : shown.stream().min(byDistance);
    }
}
