package org.timelineexplorer.tools;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * Inserts places into a dataset file by event id, keeping the file as it is laid out: each event named in the
 * places file gets a {@code "places"} list as its last field, indented as its other fields, and nothing else in the
 * file changes. The places file is {@code { "places": { "event-id": [ { "name", "lat", "lon", "from" } ] } }}
 * (see {@code /work/briefs/places/}); {@code from} says where the coordinates come from and is not inserted. Events
 * that have places already are left as they are and listed. Run:
 * <pre>
 * mvn -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.timelineexplorer.tools.PlaceInserter \
 *     -Dexec.args="PLACES.json DATASET.json [OUT.json]"
 * </pre>
 * Without OUT the dataset file is rewritten in place.
 */
public final class PlaceInserter {

    private PlaceInserter() {
    }

    public static void main(String[] args) throws IOException {
        Path placesFile = Path.of(args[0]);
        Path dataset = Path.of(args[1]);
        Path out = args.length > 2 ? Path.of(args[2]) : dataset;
        JsonNode places = new ObjectMapper().readTree(placesFile.toFile()).path("places");
        String text = Files.readString(dataset, StandardCharsets.UTF_8);
        Result result = insert(text, places);
        Files.writeString(out, result.text(), StandardCharsets.UTF_8);
        System.out.println(out + ": places for " + result.inserted() + " events"
                + (result.skipped().isEmpty() ? "" : "; left as they were, having places already: "
                + result.skipped())
                + (result.unknown().isEmpty() ? "" : "; ids not in the dataset: " + result.unknown()));
    }

    /** The dataset text with the places inserted, and what was done. */
    record Result(String text, int inserted, List<String> skipped, List<String> unknown) {
    }

    /** One event object of the dataset: its id, where it ends, and whether it has places. */
    private record EventSpan(String id, int closingBrace, boolean hasPlaces) {
    }

    static Result insert(String text, JsonNode places) throws IOException {
        List<EventSpan> events = eventSpans(text);
        StringBuilder result = new StringBuilder(text);
        List<String> skipped = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (Iterator<String> ids = places.fieldNames(); ids.hasNext(); ) {
            String id = ids.next();
            if (events.stream().noneMatch(e -> e.id().equals(id))) {
                unknown.add(id);
            }
        }
        int inserted = 0;
        // From the end, so that the offsets of the events before stay true.
        for (int i = events.size() - 1; i >= 0; i--) {
            EventSpan event = events.get(i);
            JsonNode list = places.get(event.id());
            if (list == null || list.isEmpty()) {
                continue;
            }
            if (event.hasPlaces()) {
                skipped.add(event.id());
                continue;
            }
            int end = event.closingBrace();
            int lastValueEnd = end;
            while (lastValueEnd > 0 && Character.isWhitespace(text.charAt(lastValueEnd - 1))) {
                lastValueEnd--;
            }
            String fieldIndent = indentOfLineBefore(text, lastValueEnd);
            String step = fieldIndent.length() >= 2 ? fieldIndent.substring(0, 2) : "  ";
            result.insert(lastValueEnd, ",\n" + fieldIndent + "\"places\": " + placesJson(list, fieldIndent, step));
            inserted++;
        }
        return new Result(result.toString(), inserted, reversed(skipped), unknown);
    }

    private static List<String> reversed(List<String> list) {
        List<String> copy = new ArrayList<>(list);
        Collections.reverse(copy);
        return copy;
    }

    /**
     * The whitespace that starts the line on which {@code offset} lies: the indent of the event's last field (or of
     * the closing bracket of its last list, which stands at the field's indent).
     */
    private static String indentOfLineBefore(String text, int offset) {
        int lineStart = text.lastIndexOf('\n', offset - 1) + 1;
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(lineStart, i);
    }

    private static String placesJson(JsonNode list, String indent, String step) throws IOException {
        StringBuilder json = new StringBuilder("[\n");
        for (int i = 0; i < list.size(); i++) {
            JsonNode place = list.get(i);
            String inner = indent + step + step;
            json.append(indent).append(step).append("{\n")
                    .append(inner).append("\"name\": ").append(quote(place.path("name").asText())).append(",\n")
                    .append(inner).append("\"lat\": ").append(number(place.path("lat").asDouble())).append(",\n")
                    .append(inner).append("\"lon\": ").append(number(place.path("lon").asDouble())).append('\n')
                    .append(indent).append(step).append('}').append(i < list.size() - 1 ? ",\n" : "\n");
        }
        return json.append(indent).append(']').toString();
    }

    private static String quote(String text) throws IOException {
        return new ObjectMapper().writeValueAsString(text);
    }

    private static String number(double value) {
        String text = String.format(Locale.ROOT, "%.4f", value);
        return text.replaceFirst("0+$", "").replaceFirst("\\.$", "");
    }

    /** The events of the root's {@code "events"} list, read with a streaming parser that knows where it is. */
    private static List<EventSpan> eventSpans(String text) throws IOException {
        List<EventSpan> spans = new ArrayList<>();
        try (JsonParser parser = new JsonFactory().createParser(text)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw new IOException("a dataset is an object");
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                parser.nextToken();
                if (!field.equals("events")) {
                    parser.skipChildren();
                    continue;
                }
                while (parser.nextToken() == JsonToken.START_OBJECT) {
                    String id = null;
                    boolean hasPlaces = false;
                    while (parser.nextToken() == JsonToken.FIELD_NAME) {
                        String name = parser.currentName();
                        parser.nextToken();
                        if (name.equals("id")) {
                            id = parser.getText();
                        } else if (name.equals("places")) {
                            hasPlaces = true;
                        }
                        parser.skipChildren();
                    }
                    spans.add(new EventSpan(id, (int) parser.currentTokenLocation().getCharOffset(), hasPlaces));
                }
            }
        }
        return spans;
    }
}
