package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Extras;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimelineEvent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An event as a teacher types it into a form: every field as text, sources one a line ("Reuters
 * https://www.reuters.com/…"). It is checked by the loader itself, as one event of a file that has the open
 * dataset's eras, so that the form shows exactly the messages a file would get and no rule is written twice.
 *
 * @param places   kept as they are: the form does not edit them
 * @param picture  kept as it is, or null
 * @param original the event the form edits, or null for a new one: the fields of it the app does not know, on the
 *                 event and on each source the form still lists (the same name and address), are kept
 */
public record EventDraft(String id, String date, String end, String display, String title, String text,
                         String category, String eraId, String sources, String note, List<Place> places,
                         Picture picture, TimelineEvent original) {

    /** Form fields, by the name the format gives them, with the loader's message for each that has a problem. */
    public record Checked(Optional<TimelineEvent> event, Map<String, String> problems) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DatasetReader READER = new DatasetReader();
    private static final String EVENT_PATH = "events[0]";

    public EventDraft {
        places = places == null ? List.of() : List.copyOf(places);
    }

    /** A draft of a new event, or of one whose fields are all the app knows. */
    public EventDraft(String id, String date, String end, String display, String title, String text,
                      String category, String eraId, String sources, String note, List<Place> places,
                      Picture picture) {
        this(id, date, end, display, title, text, category, eraId, sources, note, places, picture, null);
    }

    /** The form filled with {@code event}. */
    public static EventDraft of(TimelineEvent event) {
        StringBuilder sources = new StringBuilder();
        for (Source source : event.sources()) {
            sources.append(sources.isEmpty() ? "" : "\n").append(source.name()).append(' ').append(source.url());
        }
        return new EventDraft(event.id(), event.start().toIsoString(),
                event.end() == null ? "" : event.end().toIsoString(), event.display() == null ? "" : event.display(),
                event.title(), event.text(), event.category(), event.eraId(), sources.toString(),
                event.note() == null ? "" : event.note(), event.places(), event.picture(), event);
    }

    /** Checks the draft as an event among {@code context}'s eras, written in its way of naming years. */
    public Checked check(Dataset context) {
        Dataset frame = new Dataset(context.title().isBlank() ? "Timeline" : context.title(), "", "",
                context.eras(), List.of(), List.of(), context.eraStyle());
        try {
            ObjectNode root = (ObjectNode) JSON.readTree(NativeJson.bytes(frame));
            root.putArray("events").add(node());
            LoadResult result = READER.read(JSON.writeValueAsBytes(root), "form");
            Map<String, String> problems = new LinkedHashMap<>();
            for (Problem problem : result.errors()) {
                problems.merge(field(problem.path()), problem.message(), (a, b) -> a + "; " + b);
            }
            // The picture was checked when it was read, and the form does not change it, its extras included.
            return new Checked(result.dataset().map(d -> d.events().get(0).withPicture(picture)), problems);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private ObjectNode node() {
        ObjectNode event = JSON.createObjectNode();
        event.put("id", id);
        event.put("date", date.strip());
        putIfGiven(event, "end", end);
        putIfGiven(event, "display", display);
        event.put("title", title.strip());
        putIfGiven(event, "text", text);
        putIfGiven(event, "category", category);
        if (eraId != null && !eraId.isBlank()) {
            event.put("era", eraId);
        }
        ArrayNode list = event.putArray("sources");
        for (String line : sources.split("\\R")) {
            if (!line.isBlank()) {
                ObjectNode source = source(line.strip());
                keptSource(source).ifPresent(kept -> putExtras(source, kept.extras()));
                list.add(source);
            }
        }
        if (list.isEmpty()) {
            event.remove("sources");
        }
        putIfGiven(event, "note", note);
        if (!places.isEmpty()) {
            ArrayNode where = event.putArray("places");
            for (Place place : places) {
                ObjectNode placeNode = where.addObject().put("name", place.name()).put("lat", place.lat())
                        .put("lon", place.lon());
                putExtras(placeNode, place.extras());
            }
        }
        if (original != null) {
            putExtras(event, original.extras());
        }
        return event;
    }

    /** The original's source that a line of the form still names, with the same address, if there is one. */
    private Optional<Source> keptSource(ObjectNode line) {
        if (original == null) {
            return Optional.empty();
        }
        return original.sources().stream()
                .filter(source -> source.name().equals(line.path("name").asText())
                        && source.url().toString().equals(line.path("url").asText()))
                .findFirst();
    }

    /** Fields the app does not know, written as they were read, so that the loader reads them back the same. */
    private static void putExtras(ObjectNode node, Extras extras) {
        for (Extras.Field field : extras.fields()) {
            node.putRawValue(field.name(), new RawValue(field.json()));
        }
    }

    /** "Reuters https://…": the name, then the address as the line's last word. */
    private static ObjectNode source(String line) {
        int space = line.lastIndexOf(' ');
        ObjectNode source = JSON.createObjectNode();
        source.put("name", space < 0 ? line : line.substring(0, space).strip());
        source.put("url", space < 0 ? "" : line.substring(space + 1));
        return source;
    }

    private static void putIfGiven(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value.strip());
        }
    }

    /** The form field a problem's path names: {@code events[0].sources[1].url} is the sources field. */
    private static String field(String path) {
        if (!path.startsWith(EVENT_PATH + ".")) {
            return "event";
        }
        String rest = path.substring(EVENT_PATH.length() + 1);
        int end = 0;
        while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
            end++;
        }
        return rest.substring(0, end);
    }
}
