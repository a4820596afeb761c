package org.timelineexplorer.io;

import com.fasterxml.jackson.core.JsonGenerator;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.model.Translation;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes a dataset's {@code translations} block, in the order of the README's table and of the translations' own
 * maps (the order they were read or made in). Only what the dataset still has is written: the translation of an
 * event deleted since, of a point whose year is gone, of a category no event has, is dropped, so that the file
 * opens without warnings; a list of places' names is fitted to the event's places, which an edit in the main
 * language may have added or removed.
 */
final class TranslationsWriter {

    private TranslationsWriter() {
    }

    static void write(Dataset dataset, JsonGenerator json) throws IOException {
        Map<String, TimelineEvent> events = byId(dataset.events(), TimelineEvent::id);
        Map<String, FigureSeries> series = byId(dataset.series(), FigureSeries::id);
        Set<String> eraIds = dataset.eras().stream().map(era -> era.id()).collect(Collectors.toSet());
        Set<String> categories = Set.copyOf(dataset.categories());
        json.writeObjectFieldStart(TranslationsReader.FIELD);
        for (Map.Entry<String, Translation> language : dataset.translations().languages().entrySet()) {
            Translation translation = language.getValue();
            json.writeObjectFieldStart(language.getKey());
            NativeJson.optional(json, "title", translation.title());
            NativeJson.optional(json, "summary", translation.summary());
            NativeJson.optional(json, "credit", translation.credit());
            if (translation.categories().keySet().stream().anyMatch(categories::contains)) {
                json.writeObjectFieldStart("categories");
                for (Map.Entry<String, String> category : translation.categories().entrySet()) {
                    if (categories.contains(category.getKey())) {
                        json.writeStringField(category.getKey(), category.getValue());
                    }
                }
                json.writeEndObject();
            }
            if (translation.eras().keySet().stream().anyMatch(eraIds::contains)) {
                json.writeObjectFieldStart("eras");
                for (Map.Entry<String, Translation.EraText> era : translation.eras().entrySet()) {
                    if (eraIds.contains(era.getKey())) {
                        json.writeObjectFieldStart(era.getKey());
                        NativeJson.optional(json, "title", era.getValue().title());
                        NativeJson.optional(json, "summary", era.getValue().summary());
                        json.writeEndObject();
                    }
                }
                json.writeEndObject();
            }
            if (translation.events().keySet().stream().anyMatch(events::containsKey)) {
                json.writeObjectFieldStart("events");
                for (Map.Entry<String, Translation.EventText> text : translation.events().entrySet()) {
                    TimelineEvent event = events.get(text.getKey());
                    if (event != null) {
                        event(event, text.getValue(), json);
                    }
                }
                json.writeEndObject();
            }
            if (translation.series().keySet().stream().anyMatch(series::containsKey)) {
                json.writeObjectFieldStart("series");
                for (Map.Entry<String, Translation.SeriesText> text : translation.series().entrySet()) {
                    FigureSeries translated = series.get(text.getKey());
                    if (translated != null) {
                        series(translated, text.getValue(), json);
                    }
                }
                json.writeEndObject();
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void event(TimelineEvent event, Translation.EventText text, JsonGenerator json)
            throws IOException {
        json.writeObjectFieldStart(event.id());
        NativeJson.optional(json, "title", text.title());
        NativeJson.optional(json, "text", text.text());
        NativeJson.optional(json, "note", text.note());
        if (!text.places().isEmpty() && !event.places().isEmpty()) {
            json.writeArrayFieldStart("places");
            for (int i = 0; i < event.places().size(); i++) {
                String name = text.place(i);
                json.writeString(name == null ? "" : name);
            }
            json.writeEndArray();
        }
        if (event.picture() != null && (text.caption() != null || text.alt() != null)) {
            json.writeObjectFieldStart("picture");
            NativeJson.optional(json, "caption", text.caption());
            NativeJson.optional(json, "alt", text.alt());
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static void series(FigureSeries series, Translation.SeriesText text, JsonGenerator json)
            throws IOException {
        json.writeObjectFieldStart(series.id());
        NativeJson.optional(json, "title", text.title());
        NativeJson.optional(json, "unit", text.unit());
        List<Integer> years = text.points().keySet().stream().filter(y -> series.pointFor(y).isPresent()).toList();
        if (!years.isEmpty()) {
            json.writeObjectFieldStart("points");
            for (int year : years) {
                json.writeStringField(TranslationsReader.yearKey(year), text.points().get(year));
            }
            json.writeEndObject();
        }
        Set<String> estimateIds = series.estimates().stream().map(Estimate::id).collect(Collectors.toSet());
        if (text.estimates().keySet().stream().anyMatch(estimateIds::contains)) {
            json.writeObjectFieldStart(EstimateReader.FIELD);
            for (Map.Entry<String, Translation.EstimateText> estimate : text.estimates().entrySet()) {
                if (estimateIds.contains(estimate.getKey())) {
                    Translation.EstimateText words = estimate.getValue();
                    json.writeObjectFieldStart(estimate.getKey());
                    NativeJson.optional(json, "title", words.title());
                    NativeJson.optional(json, "counts", words.counts());
                    NativeJson.optional(json, "method", words.method());
                    NativeJson.optional(json, "note", words.note());
                    json.writeEndObject();
                }
            }
            json.writeEndObject();
        }
        json.writeEndObject();
    }

    private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
        Map<String, T> byId = new HashMap<>(items.size() * 2);
        items.forEach(item -> byId.putIfAbsent(id.apply(item), item));
        return byId;
    }
}
