package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;

/** How values from a file are shown inside messages. */
final class Text {

    private static final Messages WORDS = Messages.of(Text.class);

    /** Long enough to recognise a value, short enough that a hostile 100,000-character string stays readable. */
    private static final int SHOWN_CHARACTERS = 60;

    private Text() {
    }

    /** The text in double quotes, control characters escaped and shortened with "…" when long. */
    static String quote(String text) {
        String shown = text.length() > SHOWN_CHARACTERS ? text.substring(0, SHOWN_CHARACTERS) + "…" : text;
        StringBuilder out = new StringBuilder("\"");
        for (char c : shown.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < ' ') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A value as a teacher would recognise it: {@code "many"}, {@code 42}, {@code a list [ … ]}. */
    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return quote(node.textValue());
        }
        if (node.isArray()) {
            return WORDS.text("value.list");
        }
        if (node.isObject()) {
            return WORDS.text("value.object");
        }
        return node.asText();
    }
}
