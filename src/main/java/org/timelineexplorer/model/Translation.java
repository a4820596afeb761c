package org.timelineexplorer.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dataset's texts in one language other than its main one. Every text is optional: one that is null (or, for a
 * place's name, empty) is not translated, and the main language's text is shown in its place. The maps keep the
 * order the file had them in, so that a file read and written again keeps its layout.
 *
 * @param categories each category as the main language writes it, to its name in this language
 * @param eras       by era id
 * @param events     by event id
 * @param series     by series id
 */
public record Translation(String title, String summary, String credit, Map<String, String> categories,
                          Map<String, EraText> eras, Map<String, EventText> events, Map<String, SeriesText> series) {

    /** A translation of nothing yet. */
    public static final Translation EMPTY = new Translation(null, null, null, Map.of(), Map.of(), Map.of(), Map.of());

    public Translation {
        categories = ordered(categories);
        eras = ordered(eras);
        events = ordered(events);
        series = ordered(series);
    }

    /** An era's texts; null where not translated. */
    public record EraText(String title, String summary) {
        public static final EraText NONE = new EraText(null, null);
    }

    /**
     * An event's texts; null where not translated.
     *
     * @param places one name per place of the event, in the event's order, an empty one where not translated; or
     *               an empty list when none is
     * @param caption the picture's caption
     * @param alt     the picture described for someone who cannot see it
     */
    public record EventText(String title, String text, String note, List<String> places, String caption,
                            String alt) {
        public static final EventText NONE = new EventText(null, null, null, List.of(), null, null);

        public EventText {
            places = List.copyOf(places == null ? List.of() : places);
        }

        /** The translated name of the place at {@code index}, or null. */
        public String place(int index) {
            return index < places.size() && !places.get(index).isEmpty() ? places.get(index) : null;
        }
    }

    /**
     * A figures series' texts; null where not translated.
     *
     * @param points a point's note by the point's year
     */
    public record SeriesText(String title, String unit, Map<Integer, String> points,
                             Map<String, EstimateText> estimates) {
        public static final SeriesText NONE = new SeriesText(null, null, Map.of(), Map.of());

        public SeriesText {
            points = ordered(points);
            estimates = ordered(estimates);
        }
    }

    /** An estimate's texts; null where not translated. */
    public record EstimateText(String title, String counts, String method, String note) {
        public static final EstimateText NONE = new EstimateText(null, null, null, null);
    }

    public EventText event(String id) {
        return events.getOrDefault(id, EventText.NONE);
    }

    public EraText era(String id) {
        return eras.getOrDefault(id, EraText.NONE);
    }

    public SeriesText series(String id) {
        return series.getOrDefault(id, SeriesText.NONE);
    }

    /** The same translation with the event {@code id}'s texts replaced ({@link EventText#NONE} removes them). */
    public Translation withEvent(String id, EventText text) {
        return new Translation(title, summary, credit, categories, eras, put(events, id, text, EventText.NONE),
                series);
    }

    public Translation withEra(String id, EraText text) {
        return new Translation(title, summary, credit, categories, put(eras, id, text, EraText.NONE), events,
                series);
    }

    public Translation withSeries(String id, SeriesText text) {
        return new Translation(title, summary, credit, categories, eras, events,
                put(series, id, text, SeriesText.NONE));
    }

    public Translation withDetails(String otherTitle, String otherSummary, String otherCredit) {
        return new Translation(otherTitle, otherSummary, otherCredit, categories, eras, events, series);
    }

    /** Whether it translates nothing at all. */
    public boolean isEmpty() {
        return title == null && summary == null && credit == null && categories.isEmpty() && eras.isEmpty()
                && events.isEmpty() && series.isEmpty();
    }

    /** A map in the order given, that no one can change. */
    static <K, V> Map<K, V> ordered(Map<K, V> map) {
        return map == null || map.isEmpty() ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }

    /** {@code map} with {@code key} set to {@code value} at its place, or removed when {@code value} is {@code none}. */
    static <K, V> Map<K, V> put(Map<K, V> map, K key, V value, V none) {
        Map<K, V> copy = new LinkedHashMap<>(map);
        if (value.equals(none)) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return ordered(copy);
    }
}
