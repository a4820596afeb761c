package org.timelineexplorer.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * One event of a timeline.
 *
 * @param end     the last date of an event that lasts (a battle, the surge), or {@code null}
 * @param eraId   the id of the era it belongs to
 * @param note    where the source article was wrong or mistranslated, what it said and why the dataset differs;
 *                or {@code null}
 * @param display the author's words for the date ("Spring 1863"), shown instead of the date, or {@code null}
 * @param places  where it happened: none (a vote, a report), one, or several (a campaign)
 * @param picture what it looked like, or {@code null}
 * @param extras  the fields of the file's event the app does not know, kept for saving and through every edit
 */
public record TimelineEvent(String id, HistoricalDate start, HistoricalDate end, String title, String text,
                            String category, String eraId, List<Source> sources, String note, String display,
                            List<Place> places, Picture picture, Extras extras) {

    public TimelineEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(title, "title");
        text = text == null ? "" : text;
        category = category == null ? "" : category;
        sources = List.copyOf(sources == null ? List.of() : sources);
        display = display == null || display.isBlank() ? null : display;
        places = List.copyOf(places == null ? List.of() : places);
        extras = Extras.orNone(extras);
    }

    /** An event with no fields beyond those the app knows. */
    public TimelineEvent(String id, HistoricalDate start, HistoricalDate end, String title, String text,
                         String category, String eraId, List<Source> sources, String note, String display,
                         List<Place> places, Picture picture) {
        this(id, start, end, title, text, category, eraId, sources, note, display, places, picture, Extras.NONE);
    }

    /** An event without a picture. */
    public TimelineEvent(String id, HistoricalDate start, HistoricalDate end, String title, String text,
                         String category, String eraId, List<Source> sources, String note, String display,
                         List<Place> places) {
        this(id, start, end, title, text, category, eraId, sources, note, display, places, null);
    }

    /** An event whose date is shown as it is, and that happened nowhere in particular. */
    public TimelineEvent(String id, HistoricalDate start, HistoricalDate end, String title, String text,
                         String category, String eraId, List<Source> sources, String note) {
        this(id, start, end, title, text, category, eraId, sources, note, null, List.of());
    }

    /** The same event in another era. */
    public TimelineEvent inEra(String otherEraId) {
        return new TimelineEvent(id, start, end, title, text, category, otherEraId, sources, note, display, places,
                picture, extras);
    }

    /** The same event at other dates: a move. */
    public TimelineEvent at(HistoricalDate otherStart, HistoricalDate otherEnd) {
        return new TimelineEvent(id, otherStart, otherEnd, title, text, category, eraId, sources, note, display,
                places, picture, extras);
    }

    /**
     * The same event {@code steps} units of its start's precision later (earlier when negative): a month-precision
     * event moves by months. What the keys and a drag on the timeline do. An end of the same precision moves by as
     * many steps; one of another precision by as much time, to the nearest of its own; so the event keeps its
     * length.
     *
     * @throws java.time.DateTimeException when a date would leave the range of dates
     */
    public TimelineEvent movedBy(long steps) {
        HistoricalDate movedStart = start.movedBy(steps);
        HistoricalDate movedEnd = end;
        if (end != null && end.precision() == start.precision()) {
            movedEnd = end.movedBy(steps);
        } else if (end != null) {
            movedEnd = end.movedBy(end.stepsToward(end.startDay() + movedStart.startDay() - start.startDay()));
        }
        return at(movedStart, movedEnd);
    }

    /** The same event under another id and title: a copy of it. */
    public TimelineEvent copyAs(String otherId, String otherTitle) {
        return new TimelineEvent(otherId, start, end, otherTitle, text, category, eraId, sources, note, display,
                places, picture, extras);
    }

    /** The same event with another picture, or none. */
    public TimelineEvent withPicture(Picture otherPicture) {
        return new TimelineEvent(id, start, end, title, text, category, eraId, sources, note, display, places,
                otherPicture, extras);
    }

    public Optional<Picture> pictureShown() {
        return Optional.ofNullable(picture);
    }

    public Optional<HistoricalDate> endDate() {
        return Optional.ofNullable(end);
    }

    public Optional<String> correctionNote() {
        return Optional.ofNullable(note).filter(n -> !n.isBlank());
    }

    /** The time the event covers: a month-precision event covers its whole month. */
    public TimeRange range() {
        return TimeRange.covering(start, end == null ? start : end);
    }

    /** The date for a reader at its true precision, for example "20 March 2003" or "November – December 2004". */
    public String formatDate(Locale locale) {
        return formatDate(locale, EraStyle.BC_AD);
    }

    /** The date for a reader, or the author's {@code display} text where there is one ("Spring 1863"). */
    public String formatDate(Locale locale, EraStyle style) {
        return display != null ? display : HistoricalDate.formatRange(start, end, locale, style);
    }
}
