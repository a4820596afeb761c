package org.timelineexplorer.model;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Puts a {@link Translation}'s texts in the place of the main language's, and takes an edit made to what was shown
 * back apart: into the real object, whose texts stay in the main language, and the translation, which gets the texts
 * that were changed. So the views read {@code event.title()} whatever the language, and edits still apply to the
 * dataset as saved.
 */
public final class Translated {

    /** The texts of an event that may lack a translation, as the detail pane names them. */
    public enum EventField { TITLE, TEXT, NOTE, PLACES, CAPTION, ALT }

    private Translated() {
    }

    /** {@code translated} where there is one, else {@code main}. */
    static String text(String main, String translated) {
        return translated == null ? main : translated;
    }

    static List<TimelineEvent> events(List<TimelineEvent> events, Translation translation) {
        List<TimelineEvent> shown = new ArrayList<>(events.size());
        for (TimelineEvent event : events) {
            shown.add(event(event, translation));
        }
        return shown;
    }

    /** The event as a reader of {@code translation}'s language sees it; the event itself when nothing of it is. */
    public static TimelineEvent event(TimelineEvent event, Translation translation) {
        Translation.EventText words = translation.event(event.id());
        String category = translation.categories().get(event.category());
        if (words == Translation.EventText.NONE && category == null) {
            return event;
        }
        List<Place> places = event.places();
        if (!words.places().isEmpty()) {
            places = new ArrayList<>(places.size());
            for (int i = 0; i < event.places().size(); i++) {
                Place place = event.places().get(i);
                String name = words.place(i);
                places.add(name == null ? place : new Place(name, place.lat(), place.lon(), place.extras()));
            }
        }
        Picture picture = event.picture();
        if (picture != null && (words.caption() != null || words.alt() != null)) {
            picture = new Picture(picture.file(), picture.url(), text(picture.caption(), words.caption()),
                    picture.credit(), text(picture.alt(), words.alt()), picture.extras());
        }
        return new TimelineEvent(event.id(), event.start(), event.end(), text(event.title(), words.title()),
                text(event.text(), words.text()), text(event.category(), category), event.eraId(), event.sources(),
                text(event.note(), words.note()), event.display(), places, picture, event.extras());
    }

    public static Era era(Era era, Translation translation) {
        Translation.EraText words = translation.era(era.id());
        if (words == Translation.EraText.NONE) {
            return era;
        }
        return new Era(era.id(), text(era.title(), words.title()), text(era.summary(), words.summary()), era.start(),
                era.end(), era.color(), era.extras());
    }

    public static FigureSeries series(FigureSeries series, Translation translation) {
        Translation.SeriesText words = translation.series(series.id());
        if (words == Translation.SeriesText.NONE) {
            return series;
        }
        List<FigurePoint> points = series.points().stream().map(p -> words.points().containsKey(p.year())
                ? new FigurePoint(p.year(), p.value(), words.points().get(p.year()), p.highlighted(), p.announced(),
                p.extras()) : p).toList();
        List<Estimate> estimates = series.estimates().stream().map(e -> estimate(e, words.estimates()
                .getOrDefault(e.id(), Translation.EstimateText.NONE))).toList();
        return new FigureSeries(series.id(), text(series.title(), words.title()), text(series.unit(), words.unit()),
                series.style(), series.source(), points, estimates, series.extras());
    }

    private static Estimate estimate(Estimate estimate, Translation.EstimateText words) {
        if (words == Translation.EstimateText.NONE) {
            return estimate;
        }
        return new Estimate(estimate.id(), text(estimate.title(), words.title()),
                estimate.value(), estimate.low(), estimate.high(), estimate.start(), estimate.end(),
                text(estimate.counts(), words.counts()), text(estimate.method(), words.method()), estimate.source(),
                text(estimate.note(), words.note()), estimate.extras());
    }

    /**
     * The texts of {@code event} (as the main language writes it) that {@code translation} lacks and that are shown
     * in the main language instead: only texts the event has count, so an event without a note never lacks one.
     */
    public static Set<EventField> untranslated(TimelineEvent event, Translation translation) {
        Translation.EventText words = translation.event(event.id());
        Set<EventField> missing = EnumSet.noneOf(EventField.class);
        lacks(missing, EventField.TITLE, event.title(), words.title());
        lacks(missing, EventField.TEXT, event.text(), words.text());
        lacks(missing, EventField.NOTE, event.note(), words.note());
        for (int i = 0; i < event.places().size(); i++) {
            if (words.place(i) == null) {
                missing.add(EventField.PLACES);
            }
        }
        if (event.picture() != null) {
            lacks(missing, EventField.CAPTION, event.picture().caption(), words.caption());
            lacks(missing, EventField.ALT, event.picture().alt(), words.alt());
        }
        return missing;
    }

    private static void lacks(Set<EventField> missing, EventField field, String main, String translated) {
        if (main != null && !main.isBlank() && translated == null) {
            missing.add(field);
        }
    }

    /** All the texts of {@code event}, as the translation of an event made in another language than the main one. */
    static Translation.EventText texts(TimelineEvent event) {
        Picture picture = event.picture();
        return new Translation.EventText(event.title(), blankAsNull(event.text()), blankAsNull(event.note()),
                event.places().stream().map(Place::name).toList(), picture == null ? null : blankAsNull(picture.caption()),
                picture == null ? null : picture.alt());
    }

    /** All the texts of {@code series}, as the translation of a series made in another language than the main one. */
    static Translation.SeriesText texts(FigureSeries series) {
        Map<Integer, String> points = new LinkedHashMap<>();
        series.points().stream().filter(p -> p.note() != null && !p.note().isBlank())
                .forEach(p -> points.put(p.year(), p.note()));
        Map<String, Translation.EstimateText> estimates = new LinkedHashMap<>();
        series.estimates().forEach(e -> estimates.put(e.id(), new Translation.EstimateText(e.title(),
                blankAsNull(e.counts()), e.method(), blankAsNull(e.note()))));
        return new Translation.SeriesText(series.title(), blankAsNull(series.unit()), points, estimates);
    }

    /**
     * What becomes of a text's translation when what was shown, {@code shownBefore}, was edited into
     * {@code shownAfter}: unchanged, it stays as it was (translated, or shown in the main language); changed, the new
     * words are its translation; emptied, it has none and the main language's is shown again.
     */
    static String edited(String shownBefore, String shownAfter, String translatedBefore) {
        if (Objects.equals(blankAsNull(shownBefore), blankAsNull(shownAfter))) {
            return translatedBefore;
        }
        return blankAsNull(shownAfter);
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The translation of an event edited while shown in another language than the main one. */
    static Translation.EventText editedText(TimelineEvent shownBefore, TimelineEvent shownAfter,
                                            Translation.EventText before) {
        List<String> places = new ArrayList<>(shownAfter.places().size());
        boolean anyPlace = false;
        for (int i = 0; i < shownAfter.places().size(); i++) {
            String old = i < shownBefore.places().size() ? shownBefore.places().get(i).name() : null;
            String name = edited(old, shownAfter.places().get(i).name(), before.place(i));
            places.add(name == null ? "" : name);
            anyPlace |= name != null;
        }
        Picture pictureBefore = shownBefore.picture();
        Picture pictureAfter = shownAfter.picture();
        String caption = pictureAfter == null ? null : edited(pictureBefore == null ? null : pictureBefore.caption(),
                pictureAfter.caption(), before.caption());
        String alt = pictureAfter == null ? null : edited(pictureBefore == null ? null : pictureBefore.alt(),
                pictureAfter.alt(), before.alt());
        Translation.EventText after = new Translation.EventText(
                edited(shownBefore.title(), shownAfter.title(), before.title()),
                edited(shownBefore.text(), shownAfter.text(), before.text()),
                edited(shownBefore.note(), shownAfter.note(), before.note()),
                anyPlace ? places : List.of(), caption, alt);
        return after.equals(Translation.EventText.NONE) ? Translation.EventText.NONE : after;
    }

    /**
     * The real event after an edit made in another language: everything but the texts as edited, the texts as the
     * main language had them (a place or a picture added in the edit has its words as typed, having no others).
     *
     * @param categories the translation's categories, by which a category chosen in the other language is found
     *                   again in the main one
     */
    static TimelineEvent editedEvent(TimelineEvent realBefore, TimelineEvent shownBefore, TimelineEvent shownAfter,
                                     Map<String, String> categories) {
        List<Place> places = new ArrayList<>(shownAfter.places().size());
        for (int i = 0; i < shownAfter.places().size(); i++) {
            Place place = shownAfter.places().get(i);
            String name = i < realBefore.places().size() ? realBefore.places().get(i).name() : place.name();
            places.add(new Place(name, place.lat(), place.lon(), place.extras()));
        }
        Picture picture = shownAfter.picture();
        if (picture != null && realBefore.picture() != null) {
            picture = new Picture(picture.file(), picture.url(), realBefore.picture().caption(), picture.credit(),
                    realBefore.picture().alt(), picture.extras());
        }
        String category = shownAfter.category().equals(shownBefore.category()) ? realBefore.category()
                : mainCategory(shownAfter.category(), categories);
        return new TimelineEvent(shownAfter.id(), shownAfter.start(), shownAfter.end(), realBefore.title(), realBefore.text(), category,
                shownAfter.eraId(), shownAfter.sources(), realBefore.note(), shownAfter.display(), places, picture,
                shownAfter.extras());
    }

    /** The main language's name of a category shown as {@code shown}: itself when none translates to it. */
    static String mainCategory(String shown, Map<String, String> categories) {
        return categories.entrySet().stream().filter(e -> e.getValue().equals(shown)).map(Map.Entry::getKey)
                .findFirst().orElse(shown);
    }

    /** The real era after an edit made in another language; its texts stay the main language's. */
    static Era editedEra(Era realBefore, Era shownAfter) {
        return new Era(shownAfter.id(), realBefore.title(), realBefore.summary(), shownAfter.start(),
                shownAfter.end(), shownAfter.color(), shownAfter.extras());
    }

    static Translation.EraText editedText(Era shownBefore, Era shownAfter, Translation.EraText before) {
        Translation.EraText after = new Translation.EraText(
                edited(shownBefore.title(), shownAfter.title(), before.title()),
                edited(shownBefore.summary(), shownAfter.summary(), before.summary()));
        return after.equals(Translation.EraText.NONE) ? Translation.EraText.NONE : after;
    }

    /**
     * The real series after an edit made in another language: its own title, unit and notes, and those of its
     * points and estimates the edit kept, stay the main language's; points and estimates added have their words
     * as typed.
     */
    static FigureSeries editedSeries(FigureSeries realBefore, FigureSeries shownAfter) {
        List<FigurePoint> points = shownAfter.points().stream().map(p -> realBefore.pointFor(p.year())
                .map(real -> new FigurePoint(p.year(), p.value(), real.note(), p.highlighted(), p.announced(),
                        p.extras())).orElse(p)).toList();
        List<Estimate> estimates = shownAfter.estimates().stream().map(e -> realBefore.estimates().stream()
                .filter(real -> real.id().equals(e.id())).findFirst()
                .map(real -> new Estimate(e.id(), real.title(), e.value(), e.low(), e.high(), e.start(), e.end(),
                        real.counts(), real.method(), e.source(), real.note(), e.extras())).orElse(e)).toList();
        return new FigureSeries(shownAfter.id(), realBefore.title(), realBefore.unit(), shownAfter.style(),
                shownAfter.source(), points, estimates, shownAfter.extras());
    }

    static Translation.SeriesText editedText(FigureSeries shownBefore, FigureSeries shownAfter,
                                             Translation.SeriesText before) {
        Map<Integer, String> points = new LinkedHashMap<>();
        for (FigurePoint point : shownAfter.points()) {
            String old = shownBefore.pointFor(point.year()).map(FigurePoint::note).orElse(null);
            String note = edited(old, point.note(), before.points().get(point.year()));
            if (note != null) {
                points.put(point.year(), note);
            }
        }
        Map<String, Translation.EstimateText> estimates = new LinkedHashMap<>();
        for (Estimate estimate : shownAfter.estimates()) {
            Estimate old = shownBefore.estimates().stream().filter(e -> e.id().equals(estimate.id())).findFirst()
                    .orElse(null);
            Translation.EstimateText was = before.estimates().getOrDefault(estimate.id(),
                    Translation.EstimateText.NONE);
            Translation.EstimateText now = new Translation.EstimateText(
                    edited(old == null ? null : old.title(), estimate.title(), was.title()),
                    edited(old == null ? null : old.counts(), estimate.counts(), was.counts()),
                    edited(old == null ? null : old.method(), estimate.method(), was.method()),
                    edited(old == null ? null : old.note(), estimate.note(), was.note()));
            if (!now.equals(Translation.EstimateText.NONE)) {
                estimates.put(estimate.id(), now);
            }
        }
        Translation.SeriesText after = new Translation.SeriesText(
                edited(shownBefore.title(), shownAfter.title(), before.title()),
                edited(shownBefore.unit(), shownAfter.unit(), before.unit()), points, estimates);
        return after.equals(Translation.SeriesText.NONE) ? Translation.SeriesText.NONE : after;
    }
}
