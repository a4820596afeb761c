package org.timelineexplorer.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A whole timeline as loaded from one file: its eras, events and figure series. Events are kept in date order.
 *
 * @param credit   the line printed under exported images, naming the sources
 * @param eraStyle how the file's dates name the years before AD 1 ("44 BC" or "44 BCE")
 * @param extras   the fields of the file's top level the app does not know, kept for saving
 * @param language the BCP 47 tag of the language its texts are written in ({@value #DEFAULT_LANGUAGE} unless the
 *                 file says otherwise)
 * @param translations its texts in other languages, which {@link #shownIn} puts in the place of these
 */
public record Dataset(String title, String summary, String credit, List<Era> eras, List<TimelineEvent> events,
                      List<FigureSeries> series, EraStyle eraStyle, Extras extras, String language,
                      Translations translations) {

    /** The language of a file that names none: every file written before translations were. */
    public static final String DEFAULT_LANGUAGE = "en";

    private static final Comparator<TimelineEvent> CHRONOLOGICAL =
            Comparator.comparing(TimelineEvent::start).thenComparing(TimelineEvent::title);

    public Dataset {
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        credit = credit == null ? "" : credit;
        eras = eras.stream().sorted(Comparator.comparing(Era::start)).toList();
        events = events instanceof ChronologicalEvents ? events : events.stream().sorted(CHRONOLOGICAL).toList();
        series = List.copyOf(series);
        eraStyle = eraStyle == null ? EraStyle.BC_AD : eraStyle;
        extras = Extras.orNone(extras);
        language = language == null ? DEFAULT_LANGUAGE : language;
        translations = Translations.orNone(translations);
    }

    /** A dataset in English, without translations. */
    public Dataset(String title, String summary, String credit, List<Era> eras, List<TimelineEvent> events,
                   List<FigureSeries> series, EraStyle eraStyle, Extras extras) {
        this(title, summary, credit, eras, events, series, eraStyle, extras, DEFAULT_LANGUAGE, Translations.NONE);
    }

    public Dataset(String title, String summary, String credit, List<Era> eras, List<TimelineEvent> events,
                   List<FigureSeries> series, EraStyle eraStyle) {
        this(title, summary, credit, eras, events, series, eraStyle, Extras.NONE);
    }

    /** A dataset whose dates say BC and AD. */
    public Dataset(String title, String summary, String credit, List<Era> eras, List<TimelineEvent> events,
                   List<FigureSeries> series) {
        this(title, summary, credit, eras, events, series, EraStyle.BC_AD, Extras.NONE);
    }

    /** The same timeline with other events (pictures moved, say), everything else kept. */
    public Dataset withEvents(List<TimelineEvent> otherEvents) {
        return new Dataset(title, summary, credit, eras, otherEvents, series, eraStyle, extras, language,
                translations);
    }

    /** The same timeline with other translations. */
    public Dataset withTranslations(Translations otherTranslations) {
        return new Dataset(title, summary, credit, eras, events, series, eraStyle, extras, language,
                otherTranslations);
    }

    /**
     * The timeline as a reader of {@code otherLanguage} sees it: every text translated into it put in the place of
     * the main language's, the others left as they are (see {@link Translated#untranslated} for which). The answer
     * is in {@code otherLanguage} and has no translations; it is this dataset itself, not a copy, when there is no
     * translation into that language or it is the main one.
     */
    public Dataset shownIn(String otherLanguage) {
        if (otherLanguage.equals(language) || !translations.has(otherLanguage)) {
            return this;
        }
        Translation translation = translations.in(otherLanguage);
        return new Dataset(Translated.text(title, translation.title()), Translated.text(summary, translation.summary()),
                Translated.text(credit, translation.credit()),
                eras.stream().map(era -> Translated.era(era, translation)).toList(),
                Translated.events(events, translation), series.stream().map(s -> Translated.series(s, translation)).toList(),
                eraStyle, extras, otherLanguage, Translations.NONE);
    }

    /** A timeline with nothing in it yet but its title: what File → New timeline starts from. */
    public static Dataset empty(String title) {
        return new Dataset(title, "", "", List.of(), List.of(), List.of());
    }

    /** Orders events by date, as every view lists them. */
    public static Comparator<TimelineEvent> chronological() {
        return CHRONOLOGICAL;
    }

    public Optional<Era> era(String id) {
        return eras.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<TimelineEvent> event(String id) {
        return events.stream().filter(e -> e.id().equals(id)).findFirst();
    }

    public Optional<FigureSeries> series(String id) {
        return series.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    /** Everything the dataset covers, eras and events together; one year around today when it is empty. */
    public TimeRange span() {
        double start = Stream.concat(eras.stream().map(Era::range), events.stream().map(TimelineEvent::range))
                .mapToDouble(TimeRange::start).min().orElse(Double.NaN);
        double end = Stream.concat(eras.stream().map(Era::range), events.stream().map(TimelineEvent::range))
                .mapToDouble(TimeRange::end).max().orElse(Double.NaN);
        if (Double.isNaN(start)) {
            double today = java.time.LocalDate.now().toEpochDay();
            return new TimeRange(today - 183, today + 183);
        }
        return new TimeRange(start, end);
    }

    /** What "show everything" shows: the whole span with a little room at the ends (see {@link TimeRange#padded}). */
    public TimeRange overview() {
        return span().padded();
    }

    /** The distinct categories, blank ones left out, in alphabetical order. */
    public List<String> categories() {
        return categoriesOf(events);
    }

    /** The distinct categories of {@code events}, blank ones left out, in alphabetical order. */
    public static List<String> categoriesOf(List<TimelineEvent> events) {
        return events.stream().map(TimelineEvent::category).filter(c -> !c.isBlank()).distinct().sorted().toList();
    }
}
