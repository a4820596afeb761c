package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.model.Translation;
import org.timelineexplorer.model.Translations;

import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Reads a native file's main {@code language} and its {@code translations} block, checked against the dataset
 * read so far.
 *
 * <p>An id that names no event, era, series or estimate, a category no event has and a point's year that its series
 * lacks are <em>warnings</em>, and the entry is left out (so Save drops it): translations are written beside the
 * main text, often by someone else and later, and an event renamed or removed in the main text since must not keep a
 * class from opening the file, while leaving its stale translation out shows nothing wrongly. What would show
 * something wrongly is an <em>error</em>: a text that is not text, a {@code places} list that does not give one name
 * per place (the names would land on the wrong places), a translation into the file's own language, and a language
 * tag that is not one.
 */
final class TranslationsReader {

    static final String LANGUAGE = "language";
    static final String FIELD = "translations";

    private static final Messages TEXTS = Messages.named("org.timelineexplorer.io.translations");
    private static final Set<String> TRANSLATION_FIELDS =
            Set.of("title", "summary", "credit", "categories", "eras", "events", "series");
    private static final Set<String> ERA_FIELDS = Set.of("title", "summary");
    private static final Set<String> EVENT_FIELDS = Set.of("title", "text", "note", "places", "picture");
    private static final Set<String> PICTURE_FIELDS = Set.of("caption", "alt");
    private static final Set<String> SERIES_FIELDS = Set.of("title", "unit", "points", "estimates");
    private static final Set<String> ESTIMATE_FIELDS = Set.of("title", "counts", "method", "note");

    private final Checks checks;
    private final Map<String, TimelineEvent> events;
    private final Set<String> eventIds;
    private final Set<String> eraIds;
    private final Map<String, FigureSeries> series;
    private final Set<String> categories;

    /**
     * @param eventIds the ids of all events, those with errors too, so that their translations are not reported
     *                 as naming no event
     */
    TranslationsReader(Checks checks, List<TimelineEvent> events, Set<String> eventIds, List<Era> eras,
                       List<FigureSeries> series) {
        this.checks = checks;
        this.events = events.stream().collect(Collectors.toMap(TimelineEvent::id, e -> e, (a, b) -> a));
        this.eventIds = eventIds;
        this.eraIds = eras.stream().map(Era::id).collect(Collectors.toSet());
        this.series = series.stream().collect(Collectors.toMap(FigureSeries::id, s -> s, (a, b) -> a));
        this.categories = events.stream().map(TimelineEvent::category).collect(Collectors.toSet());
    }

    /** The file's main language, {@code "en"} when it names none, or null after an error. */
    String language(ObjectNode file) {
        String tag = checks.optionalText(file, JsonPath.ROOT, LANGUAGE);
        if (tag == null) {
            return file.has(LANGUAGE) && !file.get(LANGUAGE).isNull() ? null : Dataset.DEFAULT_LANGUAGE;
        }
        if (!isTag(tag)) {
            checks.error(JsonPath.ROOT.field(LANGUAGE), TEXTS.text("language.malformed", Text.quote(tag)));
            return null;
        }
        return tag;
    }

    /** The file's translations; {@code mainLanguage} is null when the file's own was wrong. */
    Translations translations(ObjectNode file, String mainLanguage) {
        JsonNode node = checks.typed(file, JsonPath.ROOT, FIELD, Checks.object(), JsonNode::isObject, false);
        if (node == null) {
            return Translations.NONE;
        }
        JsonPath path = JsonPath.ROOT.field(FIELD);
        Map<String, Translation> languages = new LinkedHashMap<>();
        fields((ObjectNode) node, (tag, value) -> {
            JsonPath tagPath = path.field(tag);
            if (!isTag(tag)) {
                checks.error(tagPath, TEXTS.text("language.malformed", Text.quote(tag)));
            } else if (tag.equals(mainLanguage)) {
                checks.error(tagPath, TEXTS.text("language.main", Text.quote(tag)));
            } else {
                if (Language.forTag(tag).filter(l -> l.tag().equals(tag)).isEmpty()) {
                    checks.warning(tagPath, TEXTS.text("language.not.shown", Text.quote(tag)));
                }
                Translation translation = translation(value, tagPath);
                if (translation != null) {
                    languages.put(tag, translation);
                }
            }
        });
        return new Translations(languages);
    }

    private Translation translation(JsonNode node, JsonPath path) {
        ObjectNode block = checks.object(node, path, TEXTS.text("subject.translation"));
        if (block == null) {
            return null;
        }
        leaveOutUnknown(block, path, TRANSLATION_FIELDS);
        Map<String, String> categoryNames = entries(block, path, "categories", (value, at, category) -> {
            if (!categories.contains(category)) {
                checks.warning(at, TEXTS.text("unknown.category", Text.quote(category)));
                return null;
            }
            return text(value, at);
        });
        Map<String, Translation.EraText> eras = entries(block, path, "eras", (value, at, id) ->
                known(eraIds.contains(id), at, "unknown.era", id) ? era(value, at) : null);
        Map<String, Translation.EventText> eventTexts = entries(block, path, "events", (value, at, id) ->
                known(eventIds.contains(id), at, "unknown.event", id) ? event(value, at, events.get(id)) : null);
        Map<String, Translation.SeriesText> seriesTexts = entries(block, path, "series", (value, at, id) ->
                known(series.containsKey(id), at, "unknown.series", id) ? series(value, at, series.get(id)) : null);
        return new Translation(checks.optionalText(block, path, "title"), checks.optionalText(block, path, "summary"),
                checks.optionalText(block, path, "credit"), categoryNames, eras, eventTexts, seriesTexts);
    }

    private boolean known(boolean isKnown, JsonPath at, String key, String id) {
        if (!isKnown) {
            checks.warning(at, TEXTS.text(key, Text.quote(id)));
        }
        return isKnown;
    }

    private Translation.EraText era(JsonNode node, JsonPath path) {
        ObjectNode era = checks.object(node, path, TEXTS.text("subject.era"));
        if (era == null) {
            return null;
        }
        leaveOutUnknown(era, path, ERA_FIELDS);
        return new Translation.EraText(text(era, path, "title"), text(era, path, "summary"));
    }

    /** @param event the event translated, or null when it had errors of its own */
    private Translation.EventText event(JsonNode node, JsonPath path, TimelineEvent event) {
        ObjectNode texts = checks.object(node, path, TEXTS.text("subject.event"));
        if (texts == null) {
            return null;
        }
        leaveOutUnknown(texts, path, EVENT_FIELDS);
        List<String> places = places(texts, path, event);
        String caption = null;
        String alt = null;
        JsonNode pictureNode = checks.typed(texts, path, "picture", Checks.object(), JsonNode::isObject, false);
        if (pictureNode != null) {
            ObjectNode picture = (ObjectNode) pictureNode;
            JsonPath picturePath = path.field("picture");
            leaveOutUnknown(picture, picturePath, PICTURE_FIELDS);
            caption = text(picture, picturePath, "caption");
            alt = text(picture, picturePath, "alt");
        }
        return new Translation.EventText(text(texts, path, "title"), text(texts, path, "text"),
                text(texts, path, "note"), places, caption, alt);
    }

    private List<String> places(ObjectNode texts, JsonPath path, TimelineEvent event) {
        JsonNode list = checks.typed(texts, path, "places", Checks.list(), JsonNode::isArray, false);
        if (list == null) {
            return List.of();
        }
        JsonPath listPath = path.field("places");
        if (event != null && list.size() != event.places().size()) {
            checks.error(listPath, TEXTS.text("places.count", list.size(), event.places().size()));
        }
        List<String> names = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode name = list.get(i);
            if (name.isNull() || (name.isTextual() && name.textValue().isBlank())) {
                names.add("");
            } else if (name.isTextual()) {
                names.add(name.textValue());
            } else {
                checks.error(listPath.index(i), TEXTS.text("place.type", Text.describe(name)));
            }
        }
        return names;
    }

    private Translation.SeriesText series(JsonNode node, JsonPath path, FigureSeries translated) {
        ObjectNode texts = checks.object(node, path, TEXTS.text("subject.series"));
        if (texts == null) {
            return null;
        }
        leaveOutUnknown(texts, path, SERIES_FIELDS);
        Set<Integer> years = translated.points().stream().map(FigurePoint::year).collect(Collectors.toSet());
        Map<Integer, String> points = new LinkedHashMap<>();
        entries(texts, path, "points", (value, at, yearText) -> {
            Integer year = year(yearText);
            if (year == null || !years.contains(year)) {
                checks.warning(at, TEXTS.text("unknown.year", Text.quote(yearText)));
                return null;
            }
            String note = text(value, at);
            if (note != null) {
                points.put(year, note);
            }
            return note;
        });
        Set<String> estimateIds = translated.estimates().stream().map(Estimate::id).collect(Collectors.toSet());
        Map<String, Translation.EstimateText> estimates = entries(texts, path, "estimates", (value, at, id) ->
                known(estimateIds.contains(id), at, "unknown.estimate", id) ? estimate(value, at) : null);
        return new Translation.SeriesText(text(texts, path, "title"), text(texts, path, "unit"), points, estimates);
    }

    private Translation.EstimateText estimate(JsonNode node, JsonPath path) {
        ObjectNode estimate = checks.object(node, path, TEXTS.text("subject.estimate"));
        if (estimate == null) {
            return null;
        }
        leaveOutUnknown(estimate, path, ESTIMATE_FIELDS);
        return new Translation.EstimateText(text(estimate, path, "title"), text(estimate, path, "counts"),
                text(estimate, path, "method"), text(estimate, path, "note"));
    }

    /** A point's year as the file writes it: {@code "2007"}, or as a date's year is written ({@code "500 BC"}). */
    private static Integer year(String text) {
        try {
            HistoricalDate date = HistoricalDate.parse(text.strip());
            return date.precision() == DatePrecision.YEAR && !date.approximate()
                    && date.year() >= Integer.MIN_VALUE ? (int) date.year() : null;
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** How the file writes a point's year as a key of {@code points}. */
    static String yearKey(int year) {
        return year > 0 ? Integer.toString(year) : HistoricalDate.yearText(year, EraStyle.BC_AD);
    }

    /** An entry's value read into a model object, or null to leave it out. */
    private interface Entry<T> {
        T read(JsonNode value, JsonPath at, String key);
    }

    /** The entries of the object in field {@code name} that {@code entry} reads, in the file's order. */
    private <T> Map<String, T> entries(ObjectNode object, JsonPath path, String name, Entry<T> entry) {
        JsonNode node = checks.typed(object, path, name, Checks.object(), JsonNode::isObject, false);
        Map<String, T> read = new LinkedHashMap<>();
        if (node != null) {
            JsonPath objectPath = path.field(name);
            fields((ObjectNode) node, (key, value) -> {
                T item = entry.read(value, objectPath.field(key), key);
                if (item != null) {
                    read.put(key, item);
                }
            });
        }
        return read;
    }

    private static void fields(ObjectNode object, BiConsumer<String, JsonNode> each) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            each.accept(field.getKey(), field.getValue());
        }
    }

    /** A translated text, or null when left empty (which means not translated) or after reporting it is not text. */
    private String text(ObjectNode object, JsonPath path, String name) {
        String text = checks.optionalText(object, path, name);
        return text == null || text.isBlank() ? null : text;
    }

    private String text(JsonNode value, JsonPath at) {
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            checks.error(at, TEXTS.text("text.type", Text.describe(value)));
            return null;
        }
        return value.textValue().isBlank() ? null : value.textValue();
    }

    private void leaveOutUnknown(ObjectNode object, JsonPath path, Set<String> known) {
        checks.warnUnknown(object, path, known, name -> TEXTS.text("unknown.field", Text.quote(name)));
    }

    /**
     * Whether {@code tag} is a well-formed BCP 47 language tag such as {@code "fr"} or {@code "ar-IQ"}, with a
     * language of two or three letters (ISO 639): BCP 47's longer ones are reserved, and a word such as
     * {@code "english"} is a mistake.
     */
    static boolean isTag(String tag) {
        Locale locale = Locale.forLanguageTag(tag);
        int letters = locale.getLanguage().length();
        return (letters == 2 || letters == 3) && locale.toLanguageTag().equalsIgnoreCase(tag);
    }
}
