package org.timelineexplorer.io;

import java.util.regex.Pattern;

/** Paths such as {@code events[12].date}, written the same way by the tree reader and the validator. */
final class JsonPath {

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$-]*");

    private JsonPath() {
    }

    static String field(String parent, String name) {
        // A name with spaces, dots or quotes is bracketed so that the path stays unambiguous and on one line.
        String step = PLAIN_NAME.matcher(name).matches() ? name : "[" + Text.quote(name) + "]";
        if (parent.equals(Problem.WHOLE_FILE)) {
            return step;
        }
        return step.startsWith("[") ? parent + step : parent + "." + step;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
