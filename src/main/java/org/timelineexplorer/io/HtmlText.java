package org.timelineexplorer.io;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HTML reduced to plain text, for formats whose texts may hold HTML (TimelineJS; later its spreadsheet template and
 * vis-timeline): paragraphs and line breaks become line breaks, tags go, entities are decoded, runs of spaces become
 * one.
 */
final class HtmlText {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</li\\s*>|</div\\s*>|</h[1-6]\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#\\d{1,7}|[a-zA-Z]+);");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r\\u00A0]+");
    private static final Pattern SPACES_AROUND_BREAK = Pattern.compile(" *\n *");
    private static final Pattern BLANK_LINES = Pattern.compile("\n{3,}");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—", "hellip", "…", "rsquo", "’");

    private HtmlText() {
    }

    static String plain(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        if (isPlainAlready(html)) {
            // Most texts are: the patterns below would cost more than the rest of reading the file.
            return html;
        }
        String text = BREAK.matcher(html).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(decoded, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        m.appendTail(decoded);
        text = SPACES.matcher(decoded).replaceAll(" ");
        text = SPACES_AROUND_BREAK.matcher(text).replaceAll("\n");
        return BLANK_LINES.matcher(text).replaceAll("\n\n").strip();
    }

    /** The character an entity's name stands for; the entity as written when it stands for none. */
    private static String decode(String name, String written) {
        if (name.charAt(0) != '#') {
            return ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), written);
        }
        boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
        int codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(codePoint) && codePoint != 0 ? Character.toString(codePoint) : written;
    }

    /** No tag, entity, line break or tab, no run of spaces and none at either end: nothing to change. */
    private static boolean isPlainAlready(String text) {
        char previous = ' ';
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '<' || c == '&' || c < ' ' || c == '\u00A0' || (c == ' ' && previous == ' ')) {
                return false;
            }
            previous = c;
        }
        return previous != ' ' && !Character.isWhitespace(text.charAt(0)) && !Character.isWhitespace(previous);
    }
}
