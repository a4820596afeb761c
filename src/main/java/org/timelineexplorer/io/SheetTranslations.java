package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Translation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dataset's language and translations in the app's spreadsheet layout ({@link AppSheet}): the main language in a
 * {@value #LANGUAGE} column of the title row, and each translated text in a column named as the text's own with
 * {@code @} and the language's tag: {@code Title@fr}, {@code Text@ar}, {@code Place 2@fr}. A row's translated cells
 * hold that row's texts in the language (a title row's Title, Text and Credit; an era's Title and Text; an event's
 * Title, Text, Note, Category, Place N, Picture Caption and Picture Alt; a series' Title and Unit; a point's Note;
 * an estimate's Title, Counts, Method and Note); an empty cell is a text not translated.
 *
 * <p>Reading puts the cells into the native tree's {@code translations}, which the native checks then read, so a
 * spreadsheet's translations obey the same rules as a JSON file's.
 */
final class SheetTranslations {

    static final String LANGUAGE = "Language";
    /** The columns whose texts may be translated, in the order their translations are written. */
    private static final List<String> TRANSLATED = List.of("Title", "Text", "Category", "Note", "Unit", "Counts",
            "Method", "Credit", "Picture Caption", "Picture Alt");
    private static final Pattern TRANSLATED_COLUMN = Pattern.compile("(?i)(.+?)\\s*@\\s*([A-Za-z0-9-]+)");
    private static final Pattern PLACE = Pattern.compile("(?i)Place(?: (\\d+))?");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private SheetTranslations() {
    }

    /** Whether {@code column} is the translation of a text column, such as {@code Title@fr}. */
    static boolean isTranslated(String column) {
        Matcher m = TRANSLATED_COLUMN.matcher(column.strip());
        return m.matches() && (TRANSLATED.stream().anyMatch(c -> c.equalsIgnoreCase(m.group(1)))
                || PLACE.matcher(m.group(1)).matches());
    }

    // ---- writing ----

    /** The columns the dataset's translations need, after the others. */
    static List<String> columns(Dataset dataset) {
        List<String> columns = new ArrayList<>();
        if (!dataset.language().equals(Dataset.DEFAULT_LANGUAGE) || !dataset.translations().isEmpty()) {
            columns.add(LANGUAGE);
        }
        int places = dataset.events().stream().mapToInt(e -> e.places().size()).max().orElse(0);
        for (String tag : dataset.translations().languages().keySet()) {
            TRANSLATED.forEach(column -> columns.add(column + "@" + tag));
            for (int n = 1; n <= places; n++) {
                columns.add(placeColumn(n) + "@" + tag);
            }
        }
        return columns;
    }

    private static String placeColumn(int n) {
        return n == 1 ? "Place" : "Place " + n;
    }

    /**
     * Sets a row's translated cells, in every language the dataset has: {@code texts} puts the row's texts of one
     * translation by the column of the text they translate (a text not translated is left out, or null).
     */
    static void fill(Dataset dataset, BiConsumer<String, String> set, BiConsumer<Translation, Texts> texts) {
        dataset.translations().languages().forEach((tag, translation) -> {
            Texts row = new Texts();
            texts.accept(translation, row);
            row.cells.forEach((column, value) -> set.accept(column + "@" + tag, value));
        });
    }

    /** The texts of one row in one language, by the column of the text they translate. */
    static final class Texts {
        private final Map<String, String> cells = new LinkedHashMap<>();

        Texts put(String column, String value) {
            if (value != null) {
                cells.put(column, value);
            }
            return this;
        }

        Texts places(List<String> names) {
            for (int i = 0; i < names.size(); i++) {
                put(placeColumn(i + 1), names.get(i).isEmpty() ? null : names.get(i));
            }
            return this;
        }
    }

    // ---- reading ----

    /** The languages the header has translated columns for, in the header's order. */
    static Set<String> languages(List<String> header) {
        Set<String> tags = new LinkedHashSet<>();
        for (String name : header) {
            Matcher m = TRANSLATED_COLUMN.matcher(name.strip());
            if (m.matches() && isTranslated(name)) {
                tags.add(m.group(2));
            }
        }
        return tags;
    }

    /**
     * Reads one row's translated cells into the tree's {@code translations}: {@code into} gives, from a language's
     * object, the object the row's texts go into (made when first asked for, so that a row without translated cells
     * adds nothing), and {@code fields} maps the row's columns to that object's fields ({@code picture.caption} for
     * a field of its {@code picture}); an event's {@code placeCount} places take the Place N columns.
     */
    static void read(ObjectNode root, Set<String> tags, UnaryOperator<String> cell,
                     UnaryOperator<ObjectNode> into, Map<String, String> fields, int placeCount) {
        for (String tag : tags) {
            ObjectNode target = null;
            for (Map.Entry<String, String> field : fields.entrySet()) {
                String value = cell.apply(field.getKey() + "@" + tag);
                if (!value.isEmpty()) {
                    target = target != null ? target : into.apply(language(root, tag));
                    put(target, field.getValue(), value);
                }
            }
            if (placeCount > 0) {
                ArrayNode names = NODES.arrayNode();
                boolean any = false;
                for (int n = 1; n <= placeCount; n++) {
                    String value = cell.apply(placeColumn(n) + "@" + tag);
                    names.add(value);
                    any |= !value.isEmpty();
                }
                if (any) {
                    target = target != null ? target : into.apply(language(root, tag));
                    target.set("places", names);
                }
            }
        }
    }

    /** Sets {@code field} of {@code object}; a field {@code picture.caption} goes into its {@code picture} object. */
    private static void put(ObjectNode object, String field, String value) {
        int dot = field.indexOf('.');
        if (dot < 0) {
            object.put(field, value);
        } else {
            child(object, field.substring(0, dot)).put(field.substring(dot + 1), value);
        }
    }

    private static ObjectNode language(ObjectNode root, String tag) {
        return child(child(root, TranslationsReader.FIELD), tag);
    }

    /** The object in {@code name} of {@code parent}, made when it has none yet. */
    static ObjectNode child(ObjectNode parent, String name) {
        return parent.has(name) && parent.get(name).isObject() ? (ObjectNode) parent.get(name) : parent.putObject(name);
    }
}
