package org.timelineexplorer.io;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A place in the data such as {@code events[12].date}, written the same way by the tree reader and the validator.
 *
 * <p>A path is a chain of steps, each a field name or a list index, and is written out as text only when a problem
 * names it. A large file has millions of values but few problems, so building the text of every path up front
 * would cost far more than reading the file.
 */
final class JsonPath {

    /** The file as a whole, written {@value Problem#WHOLE_FILE}. */
    static final JsonPath ROOT = new JsonPath(null, null, -1);

    private final JsonPath parent;
    /** The field name of this step, or null for a list index. */
    private final String name;
    private final int index;

    private JsonPath(JsonPath parent, String name, int index) {
        this.parent = parent;
        this.name = name;
        this.index = index;
    }

    JsonPath field(String fieldName) {
        return new JsonPath(this, fieldName, -1);
    }

    JsonPath index(int listIndex) {
        return new JsonPath(this, null, listIndex);
    }

    boolean isRoot() {
        return parent == null;
    }

    /** The field name of the last step, or null when the last step is a list index or this is the root. */
    String name() {
        return name;
    }

    /** The list index of the last step; meaningful only when {@link #name()} is null and this is not the root. */
    int index() {
        return index;
    }

    /** The steps from the root to here, the root itself left out. */
    Deque<JsonPath> steps() {
        Deque<JsonPath> steps = new ArrayDeque<>();
        for (JsonPath step = this; !step.isRoot(); step = step.parent) {
            steps.addFirst(step);
        }
        return steps;
    }

    @Override
    public String toString() {
        if (isRoot()) {
            return Problem.WHOLE_FILE;
        }
        String before = parent.toString();
        if (name == null) {
            return before + "[" + index + "]";
        }
        // A name with spaces, dots or quotes is bracketed so that the path stays unambiguous and on one line.
        boolean plain = isPlainName(name);
        String step = plain ? name : "[" + Text.quote(name) + "]";
        if (parent.isRoot()) {
            return step;
        }
        return plain ? before + "." + step : before + step;
    }

    /** Like {@code [A-Za-z_$][A-Za-z0-9_$-]*}. */
    private static boolean isPlainName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        char first = name.charAt(0);
        if (!(isLetter(first) || first == '_' || first == '$')) {
            return false;
        }
        for (int i = 1; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(isLetter(c) || (c >= '0' && c <= '9') || c == '_' || c == '$' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
