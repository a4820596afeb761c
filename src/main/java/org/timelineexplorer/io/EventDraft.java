package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.RawValue;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Extras;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;
import java.util.Optional;

/**
 * An event as a teacher types it into a form: every field as text, sources one a line ("Reuters
 * https://www.reuters.com/…"), places as rows, the picture as its four fields. It is checked by the loader itself
 * (see {@link Drafts}), as one event of a file that has the open dataset's eras.
 *
 * @param picture  the picture's fields; all blank for an event without one
 * @param original the event the form edits, or null for a new one: the fields of it the app does not know are
 *                 kept, on the event, on each source the form still lists (the same name and address), on each
 *                 place still in its row with its name, and on the picture while it shows the same file or address
 */
public record EventDraft(String id, String date, String end, String display, String title, String text,
                         String category, String eraId, String sources, String note, List<PlaceDraft> places,
                         PictureDraft picture, TimelineEvent original) {

    /** One row of the places: a name and its latitude and longitude as typed. */
    public record PlaceDraft(String name, String lat, String lon) {

        static PlaceDraft of(Place place) {
            return new PlaceDraft(place.name(), Drafts.numberText(place.lat()), Drafts.numberText(place.lon()));
        }
    }

    /**
     * The picture's fields as typed.
     *
     * @param location a file beside the dataset ("pictures/powell.jpg") or a web address (https://…)
     */
    public record PictureDraft(String location, String caption, String credit, String alt) {

        public static final PictureDraft NONE = new PictureDraft("", "", "", "");

        static PictureDraft of(Picture picture) {
            if (picture == null) {
                return NONE;
            }
            return new PictureDraft(picture.isWeb() ? picture.url().toString() : picture.file(), picture.caption(),
                    picture.credit(), picture.alt());
        }

        boolean isBlank() {
            return location.isBlank() && caption.isBlank() && credit.isBlank() && alt.isBlank();
        }

        /** Whether the location is meant as a web address, so that the loader checks it as one. */
        private boolean isWeb() {
            String typed = location.strip().toLowerCase(java.util.Locale.ROOT);
            return typed.contains("://") || typed.startsWith("http") || typed.startsWith("www.");
        }
    }

    private static final String EVENT_PATH = "events[0]";

    public EventDraft {
        places = places == null ? List.of() : List.copyOf(places);
        picture = picture == null ? PictureDraft.NONE : picture;
    }

    /** A draft of a new event, or of one whose fields are all the app knows. */
    public EventDraft(String id, String date, String end, String display, String title, String text,
                      String category, String eraId, String sources, String note, List<PlaceDraft> places,
                      PictureDraft picture) {
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
                event.note() == null ? "" : event.note(), event.places().stream().map(PlaceDraft::of).toList(),
                PictureDraft.of(event.picture()), event);
    }

    /** Checks the draft as an event among {@code context}'s eras, written in its way of naming years. */
    public Drafts.Checked<TimelineEvent> check(Dataset context) {
        ObjectNode file = Drafts.frame(context, true);
        node(Drafts.item(file, "events", id, title));
        return Drafts.read(file, EVENT_PATH, dataset -> dataset.events().get(0));
    }

    /** Puts the draft's fields but its id and title into {@code event}. */
    private void node(ObjectNode event) {
        event.put("date", date.strip());
        Drafts.putIfGiven(event, "end", end);
        Drafts.putIfGiven(event, "display", display);
        Drafts.putIfGiven(event, "text", text);
        Drafts.putIfGiven(event, "category", category);
        Drafts.putIfGiven(event, "era", eraId);
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
        Drafts.putIfGiven(event, "note", note);
        if (!places.isEmpty()) {
            Drafts.rows(event, "places", places, (place, row) -> {
                Drafts.putIfGiven(row, "name", place.name());
                Drafts.putNumber(row, "lat", place.lat());
                Drafts.putNumber(row, "lon", place.lon());
                keptPlace(places.indexOf(place), place).ifPresent(kept -> putExtras(row, kept.extras()));
            });
        }
        if (!picture.isBlank()) {
            ObjectNode shown = event.putObject("picture");
            Drafts.putIfGiven(shown, picture.isWeb() ? "url" : "file", picture.location());
            Drafts.putIfGiven(shown, "caption", picture.caption());
            Drafts.putIfGiven(shown, "credit", picture.credit());
            Drafts.putIfGiven(shown, "alt", picture.alt());
            if (original != null && PictureDraft.of(original.picture()).location().equals(picture.location())) {
                putExtras(shown, original.picture().extras());
            }
        }
        if (original != null) {
            putExtras(event, original.extras());
        }
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

    /** The original's place in row {@code index}, if the row still names it. */
    private Optional<Place> keptPlace(int index, PlaceDraft row) {
        if (original == null || index < 0 || index >= original.places().size()) {
            return Optional.empty();
        }
        Place place = original.places().get(index);
        return place.name().equals(row.name().strip()) ? Optional.of(place) : Optional.empty();
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
        ObjectNode source = Drafts.JSON.createObjectNode();
        source.put("name", space < 0 ? line : line.substring(0, space).strip());
        source.put("url", space < 0 ? "" : line.substring(space + 1));
        return source;
    }
}
