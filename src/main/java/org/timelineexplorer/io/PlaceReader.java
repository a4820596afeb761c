package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.model.Extras;
import org.timelineexplorer.model.Place;

import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads where events happened: our format's {@code places}, a list of {@code { "name", "lat", "lon" }}, where every
 * problem is an error at its path, and a TimelineJS or StoryMap slide's {@code location} object ({@code lat},
 * {@code lon}, an optional {@code name}), where a problem is a warning and the place is left out, as the importer
 * does with anything it cannot take.
 */
final class PlaceReader {

    private static final Messages WORDS = Messages.of(PlaceReader.class);

    static final Set<String> PLACE_FIELDS = Set.of("name", "lat", "lon");

    private final Checks checks;

    PlaceReader(Checks checks) {
        this.checks = checks;
    }

    /** The event's {@code places}, or none; errors for each problem, and fields it does not know kept. */
    List<Place> places(ObjectNode event, JsonPath path) {
        return checks.items(event, path, "places", false, (node, placePath) -> {
            ObjectNode place = checks.object(node, placePath, WORDS.text("subject.place"));
            if (place == null) {
                return null;
            }
            Extras extras = checks.keepUnknown(place, placePath, PLACE_FIELDS);
            String name = checks.requiredText(place, placePath, "name");
            return place(place, placePath, name, true, extras);
        });
    }

    /**
     * A TimelineJS slide's {@code location} as a place named by its {@code name}, or {@code fallbackName} (the
     * slide's headline) without one; null, with a warning, if it is not a place.
     */
    Place location(JsonNode node, JsonPath path, String fallbackName, Function<String, String> notImported) {
        if (!node.isObject()) {
            checks.warning(path, WORDS.text("place.notAnObject"));
            return null;
        }
        ObjectNode location = (ObjectNode) node;
        checks.warnUnknown(location, path, PLACE_FIELDS, notImported);
        JsonNode name = location.path("name");
        String text = name.isTextual() && !name.textValue().isBlank() ? name.textValue().strip() : fallbackName;
        return place(location, path, text, false, Extras.NONE);
    }

    private Place place(ObjectNode place, JsonPath path, String name, boolean strict, Extras extras) {
        Double lat = coordinate(place, path, "lat", Place.MAX_LATITUDE, WORDS.text("place.latitude"), strict);
        Double lon = coordinate(place, path, "lon", Place.MAX_LONGITUDE, WORDS.text("place.longitude"), strict);
        return name == null || lat == null || lon == null ? null : new Place(name, lat, lon, extras);
    }

    private Double coordinate(ObjectNode place, JsonPath path, String field, double max, String what,
                              boolean strict) {
        JsonNode node = place.get(field);
        String problem;
        if (node == null) {
            if (strict) {
                checks.required(place, path, field);
                return null;
            }
            checks.warning(path.field(field), WORDS.text("place.missing", field));
            return null;
        } else if (!node.isNumber()) {
            problem = Checks.mustBe(field, Checks.number(), node);
        } else if (!(Math.abs(node.doubleValue()) <= max)) {
            problem = WORDS.text("place.outOfRange", field, node.asText(), what);
        } else {
            return node.doubleValue();
        }
        if (strict) {
            checks.error(path.field(field), problem);
        } else {
            checks.warning(path.field(field), WORDS.text("place.leftOut", problem));
        }
        return null;
    }
}
