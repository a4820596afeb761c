package org.timelineexplorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.Extras;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimelineEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a dataset in the app's own JSON format, in one canonical layout: the fields of every object in the order
 * of the README's table, two spaces of indent, {@code "name": value}, a newline at the end, and an optional field
 * only when it has a value. So a file the app wrote and opens again is written back byte for byte the same, and a
 * teacher's file under version control changes only where she changed it. The fields of an object the app does not
 * know ({@link Extras}) follow its known ones, in the order they were read, laid out the same way.
 *
 * <p>Every date is written in the form {@link HistoricalDate#toIsoString()} gives, which the reader reads back as the
 * same date (BC, "c.", a time of day with its offset, years ago).
 */
public final class NativeJson {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final DefaultPrettyPrinter LAYOUT = new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));

    private NativeJson() {
    }

    /** The file's bytes, UTF-8. */
    public static byte[] bytes(Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + dataset.events().size() * 256);
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(new DefaultPrettyPrinter(LAYOUT));
            write(dataset, json);
            json.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    private static void write(Dataset dataset, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", DatasetValidator.FORMAT);
        // Left out when it says what a file without it means, so that today's files are written back as they were.
        if (!dataset.language().equals(Dataset.DEFAULT_LANGUAGE) || !dataset.translations().isEmpty()) {
            json.writeStringField(TranslationsReader.LANGUAGE, dataset.language());
        }
        json.writeStringField("title", dataset.title());
        optional(json, "summary", dataset.summary());
        optional(json, "credit", dataset.credit());
        if (dataset.eraStyle() != EraStyle.BC_AD) {
            json.writeStringField("eraStyle", dataset.eraStyle().jsonName());
        }
        json.writeArrayFieldStart("eras");
        for (Era era : dataset.eras()) {
            json.writeStartObject();
            json.writeStringField("id", era.id());
            json.writeStringField("title", era.title());
            optional(json, "summary", era.summary());
            json.writeStringField("start", era.start().toIsoString());
            json.writeStringField("end", era.end().toIsoString());
            json.writeStringField("color", era.color());
            extras(era.extras(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("events");
        for (TimelineEvent event : dataset.events()) {
            event(event, json);
        }
        json.writeEndArray();
        if (!dataset.series().isEmpty()) {
            json.writeArrayFieldStart("series");
            for (FigureSeries series : dataset.series()) {
                series(series, json);
            }
            json.writeEndArray();
        }
        if (!dataset.translations().isEmpty()) {
            TranslationsWriter.write(dataset, json);
        }
        extras(dataset.extras(), json);
        json.writeEndObject();
    }

    private static void event(TimelineEvent event, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", event.id());
        json.writeStringField("date", event.start().toIsoString());
        if (event.end() != null) {
            json.writeStringField("end", event.end().toIsoString());
        }
        optional(json, "display", event.display());
        json.writeStringField("title", event.title());
        optional(json, "text", event.text());
        optional(json, "category", event.category());
        optional(json, "era", event.eraId());
        sources(event.sources(), json);
        if (!event.places().isEmpty()) {
            json.writeArrayFieldStart("places");
            for (Place place : event.places()) {
                json.writeStartObject();
                json.writeStringField("name", place.name());
                json.writeNumberField("lat", place.lat());
                json.writeNumberField("lon", place.lon());
                extras(place.extras(), json);
                json.writeEndObject();
            }
            json.writeEndArray();
        }
        if (event.picture() != null) {
            picture(event.picture(), json);
        }
        // Written even when empty: the reader keeps an empty note as empty, so the dataset reads back equal.
        if (event.note() != null) {
            json.writeStringField("note", event.note());
        }
        extras(event.extras(), json);
        json.writeEndObject();
    }

    private static void picture(Picture picture, JsonGenerator json) throws IOException {
        json.writeObjectFieldStart("picture");
        if (picture.isWeb()) {
            json.writeStringField("url", picture.url().toString());
        } else {
            json.writeStringField("file", picture.file());
        }
        optional(json, "caption", picture.caption());
        optional(json, "credit", picture.credit());
        json.writeStringField("alt", picture.alt());
        extras(picture.extras(), json);
        json.writeEndObject();
    }

    private static void sources(List<Source> sources, JsonGenerator json) throws IOException {
        if (sources.isEmpty()) {
            return;
        }
        json.writeArrayFieldStart("sources");
        for (Source source : sources) {
            source(source, json);
        }
        json.writeEndArray();
    }

    private static void source(Source source, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("name", source.name());
        json.writeStringField("url", source.url().toString());
        extras(source.extras(), json);
        json.writeEndObject();
    }

    private static void series(FigureSeries series, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", series.id());
        json.writeStringField("title", series.title());
        optional(json, "unit", series.unit());
        json.writeStringField("style", series.style().name().toLowerCase(java.util.Locale.ROOT));
        json.writeFieldName("source");
        source(series.source(), json);
        json.writeArrayFieldStart("points");
        for (FigurePoint point : series.points()) {
            json.writeStartObject();
            json.writeFieldName("year");
            if (point.year() > 0) {
                json.writeNumber(point.year());
            } else {
                // The reader refuses a minus sign, which programs read differently: a year before AD 1 is text.
                json.writeString(HistoricalDate.yearText(point.year(), EraStyle.BC_AD));
            }
            json.writeFieldName("value");
            number(point.value(), json);
            if (point.note() != null) {
                json.writeStringField("note", point.note());
            }
            if (point.highlighted()) {
                json.writeBooleanField("highlight", true);
            }
            if (point.announced()) {
                json.writeBooleanField("announced", true);
            }
            extras(point.extras(), json);
            json.writeEndObject();
        }
        json.writeEndArray();
        if (!series.estimates().isEmpty()) {
            json.writeArrayFieldStart(EstimateReader.FIELD);
            for (Estimate estimate : series.estimates()) {
                estimate(estimate, json);
            }
            json.writeEndArray();
        }
        extras(series.extras(), json);
        json.writeEndObject();
    }

    private static void estimate(Estimate estimate, JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", estimate.id());
        json.writeStringField("title", estimate.title());
        json.writeFieldName("value");
        number(estimate.value(), json);
        if (estimate.hasRange()) {
            json.writeFieldName("low");
            number(estimate.low(), json);
            json.writeFieldName("high");
            number(estimate.high(), json);
        }
        json.writeStringField("start", estimate.start().toIsoString());
        json.writeStringField("end", estimate.end().toIsoString());
        optional(json, "counts", estimate.counts());
        json.writeStringField("method", estimate.method());
        json.writeFieldName("source");
        source(estimate.source(), json);
        if (estimate.note() != null) {
            json.writeStringField("note", estimate.note());
        }
        extras(estimate.extras(), json);
        json.writeEndObject();
    }

    /**
     * The fields the app does not know, each value copied token by token so that it takes the file's layout; a
     * number keeps the digits it was read with.
     */
    private static void extras(Extras extras, JsonGenerator json) throws IOException {
        for (Extras.Field field : extras.fields()) {
            json.writeFieldName(field.name());
            try (JsonParser value = FACTORY.createParser(field.json())) {
                for (JsonToken token = value.nextToken(); token != null; token = value.nextToken()) {
                    if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
                        json.writeNumber(value.getText());
                    } else {
                        json.copyCurrentEvent(value);
                    }
                }
            }
        }
    }

    /** A whole number as one ({@code 160000}, not {@code 160000.0}), as teachers write them. */
    private static void number(double value, JsonGenerator json) throws IOException {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            json.writeNumber((long) value);
        } else {
            json.writeNumber(value);
        }
    }

    static void optional(JsonGenerator json, String name, String value) throws IOException {
        if (value != null && !value.isEmpty()) {
            json.writeStringField(name, value);
        }
    }
}
