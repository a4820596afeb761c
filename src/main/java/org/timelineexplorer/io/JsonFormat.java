package org.timelineexplorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;

/**
 * The JSON formats the app tells apart, and the one place that tells them apart: by the shape of the start of the
 * file. Adding a format is adding a constant here and its {@link JsonMapper}.
 */
enum JsonFormat {

    /** Timeline Explorer's own format, described in the README. */
    NATIVE {
        @Override
        JsonMapper mapper(ProblemList problems, String fallbackTitle) {
            return new DatasetValidator(problems);
        }
    },

    /** <a href="https://timeline.knightlab.com/docs/json-format.html">TimelineJS's JSON</a>. */
    TIMELINE_JS {
        @Override
        JsonMapper mapper(ProblemList problems, String fallbackTitle) {
            return new TimelineJsImporter(problems, fallbackTitle);
        }
    },

    /** <a href="https://visjs.github.io/vis-timeline/docs/timeline/">vis-timeline</a>'s items (and groups). */
    VIS_TIMELINE {
        @Override
        JsonMapper mapper(ProblemList problems, String fallbackTitle) {
            return new VisTimelineImporter(problems, fallbackTitle);
        }
    };

    /** A new mapper for one file, reporting into {@code problems}. */
    abstract JsonMapper mapper(ProblemList problems, String fallbackTitle);

    /**
     * The format of the JSON {@code text}. Only its start is read: a {@code format} field means ours; a title slide
     * ({@code "title": { … }}) or an event with a {@code start_date} means TimelineJS; a list of items with
     * {@code start} or {@code content} (or an object holding such an {@code items} list) means vis-timeline. Anything
     * else, broken JSON included, is read as ours, whose reader says what is wrong and where.
     */
    static JsonFormat of(char[] text, int length, JsonFactory factory) {
        try (JsonParser parser = factory.createParser(text, 0, length)) {
            JsonToken first = parser.nextToken();
            if (first == JsonToken.START_ARRAY) {
                return firstItemHasAnyOf(parser, "start", "content") ? VIS_TIMELINE : NATIVE;
            }
            if (first != JsonToken.START_OBJECT) {
                return NATIVE;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("format")) {
                    return NATIVE;
                }
                if (field.equals("title") && value == JsonToken.START_OBJECT) {
                    return TIMELINE_JS;
                }
                if (field.equals("events") && value == JsonToken.START_ARRAY) {
                    return firstItemHasAnyOf(parser, "start_date") ? TIMELINE_JS : NATIVE;
                }
                if (field.equals("items") && value == JsonToken.START_ARRAY) {
                    return firstItemHasAnyOf(parser, "start", "content") ? VIS_TIMELINE : NATIVE;
                }
                parser.skipChildren();
            }
            return NATIVE;
        } catch (IOException | RuntimeException e) {
            // Broken JSON, or a breached limit: the native reader reports it in plain words with its place.
            return NATIVE;
        }
    }

    /** With the parser at the start of a list: whether its first item is an object with one of {@code fields}. */
    private static boolean firstItemHasAnyOf(JsonParser parser, String... fields) throws IOException {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            return false;
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            for (String field : fields) {
                if (name.equals(field)) {
                    return true;
                }
            }
            parser.nextToken();
            parser.skipChildren();
        }
        return false;
    }
}
