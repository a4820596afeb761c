package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.model.Dataset;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * What the forms' drafts ({@link EventDraft}, {@link EraDraft}, {@link SeriesDraft}, {@link DetailsDraft}) share:
 * a draft is written as one item of a file that has the open dataset's title, eras and way of naming years, and that
 * file is read by the loader itself, so that a form shows exactly the messages a file would get and no rule is
 * written twice.
 */
public final class Drafts {

    /**
     * A draft as the loader read it: the item when it has no problem, and each problem by where it is inside the
     * item, as the format names it: {@code "date"}, {@code "places[1].lat"}; {@code ""} for the item as a whole.
     */
    public record Checked<T>(Optional<T> value, Map<String, String> problems) {

        public Checked {
            problems = Collections.unmodifiableMap(new LinkedHashMap<>(problems)); // in the order the loader found them
        }

        /**
         * The messages about {@code field} and everything inside it ({@code "places"} has those of
         * {@code "places[1].lat"}), joined with "; ", or null when it has none.
         */
        public String problem(String field) {
            StringBuilder messages = new StringBuilder();
            problems.forEach((path, message) -> {
                if (path.equals(field) || path.startsWith(field + ".") || path.startsWith(field + "[")) {
                    messages.append(messages.isEmpty() ? "" : "; ").append(message);
                }
            });
            return messages.isEmpty() ? null : messages.toString();
        }
    }

    static final ObjectMapper JSON = new ObjectMapper();
    private static final DatasetReader READER = new DatasetReader();
    /** A number as JSON writes it; anything else typed where a number goes is passed on as text, for the loader. */
    private static final Pattern JSON_NUMBER = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

    private Drafts() {
    }

    /**
     * A file with {@code context}'s title and way of naming years, its eras when {@code withEras} (for an event,
     * which may name one), and nothing else, for a draft to be put in.
     */
    static ObjectNode frame(Dataset context, boolean withEras) {
        Dataset frame = new Dataset(context.title().isBlank() ? "Timeline" : context.title(), "", "",
                withEras ? context.eras() : List.of(), List.of(), List.of(), context.eraStyle());
        try {
            return (ObjectNode) JSON.readTree(NativeJson.bytes(frame));
        } catch (IOException e) {
            throw new UncheckedIOException("reading what was just written cannot fail", e);
        }
    }

    /**
     * Reads {@code file} as the loader reads a file; each error is keyed by its path inside {@code itemPath}
     * ({@code "events[0]"}, or {@code ""} for the file's own fields).
     *
     * @param item the draft's item in the dataset read
     */
    static <T> Checked<T> read(ObjectNode file, String itemPath, Function<Dataset, T> item) {
        try {
            LoadResult result = READER.read(JSON.writeValueAsBytes(file), "form");
            Map<String, String> problems = new LinkedHashMap<>();
            for (Problem problem : result.errors()) {
                problems.merge(inside(problem.path(), itemPath), problem.message(), (a, b) -> a + "; " + b);
            }
            return new Checked<>(result.dataset().map(item), problems);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
    }

    /** {@code events[0].places[1].lat} inside {@code events[0]} is {@code places[1].lat}. */
    private static String inside(String path, String itemPath) {
        if (itemPath.isEmpty()) {
            return path.equals(Problem.WHOLE_FILE) ? "" : path;
        }
        if (path.startsWith(itemPath + ".")) {
            return path.substring(itemPath.length() + 1);
        }
        return "";
    }

    /** A new object at the end of {@code file}'s list {@code list}, holding the draft's id and title, stripped. */
    static ObjectNode item(ObjectNode file, String list, String id, String title) {
        ObjectNode item = file.withArray(list).addObject();
        item.put("id", id);
        item.put("title", title.strip());
        return item;
    }

    /** Puts {@code list} into {@code item}: an object for each row, which {@code cells} fills. */
    static <R> void rows(ObjectNode item, String list, List<R> rows, BiConsumer<R, ObjectNode> cells) {
        ArrayNode array = item.putArray(list);
        rows.forEach(row -> cells.accept(row, array.addObject()));
    }

    /** Puts {@code value}, stripped, unless it is blank: the format leaves an optional field out. */
    static void putIfGiven(ObjectNode node, String name, String value) {
        if (value != null && !value.isBlank()) {
            node.put(name, value.strip());
        }
    }

    /**
     * Puts what was typed where a number goes: as a number when it is written as one, otherwise as text, so that
     * the loader says what is wrong with it ("lat must be a number, not \"north\""); left out when blank.
     */
    static void putNumber(ObjectNode node, String name, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (JSON_NUMBER.matcher(value).matches()) {
            node.put(name, new BigDecimal(value));
        } else if (!value.isEmpty()) {
            node.put(name, value);
        }
    }

    /** A number as a form shows it: {@code 160000}, not {@code 160000.0}. */
    static String numberText(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
