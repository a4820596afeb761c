package org.timelineexplorer.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The fields of one object of a file that this version of the app does not know (written by a newer version, or
 * added by hand or by another program), kept so that saving the file does not drop them. The app shows and edits
 * none of them; it writes them back after the fields it knows, in the order they were read.
 *
 * @param fields in the order the file had them, each name once
 */
public record Extras(List<Field> fields) {

    /** No fields beyond those the app knows: what every object the app makes itself has. */
    public static final Extras NONE = new Extras(List.of());

    /**
     * One field as the file had it.
     *
     * @param json its value as JSON text ({@code "red"}, {@code 12}, {@code {"a":[1,2]}}), kept as text because the
     *             model knows nothing of JSON readers; the writer lays it out again in the file's layout
     */
    public record Field(String name, String json) {
        public Field {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(json, "json");
        }
    }

    public Extras {
        fields = List.copyOf(fields);
        Set<String> names = new HashSet<>();
        for (Field field : fields) {
            if (!names.add(field.name())) {
                throw new IllegalArgumentException("the field " + field.name() + " appears twice");
            }
        }
    }

    /** {@code extras}, or {@link #NONE} for null: what the records' constructors keep. */
    static Extras orNone(Extras extras) {
        return extras == null ? NONE : extras;
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }
}
