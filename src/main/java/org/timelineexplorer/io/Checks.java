package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Extras;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The checks every JSON format's mapper makes of the values it reads, each reporting what is wrong by path, in the
 * same words whatever the format: a missing field, a value of the wrong type, an unknown field.
 */
final class Checks {

    private static final Messages WORDS = Messages.of(Checks.class);

    private ProblemList problems;

    Checks(ProblemList problems) {
        this.problems = problems;
    }

    /** Sends the problems found from now on to {@code problems}. */
    void reportTo(ProblemList problems) {
        this.problems = problems;
    }

    /** The errors in the list reported to now, to tell whether a part just checked had one. */
    int errorCount() {
        return problems.errorCount();
    }

    void error(JsonPath path, String message) {
        problems.add(Problem.Severity.ERROR, path, path, message);
    }

    void warning(JsonPath path, String message) {
        problems.add(Problem.Severity.WARNING, path, path, message);
    }

    /** A problem about {@code path}, shown at the place of the value {@code place} points to. */
    void add(Problem.Severity severity, JsonPath place, JsonPath path, String message) {
        problems.add(severity, place, path, message);
    }

    /** The node as an object, or null after reporting that {@code subject} must be one. */
    ObjectNode object(JsonNode node, JsonPath path, String subject) {
        if (node.isObject()) {
            return (ObjectNode) node;
        }
        error(path, mustBe(subject, object(), node));
        return null;
    }

    JsonNode required(ObjectNode object, JsonPath path, String name) {
        JsonNode node = object.get(name);
        if (node == null) {
            // A missing field has no place of its own: point at the object that lacks it.
            add(Problem.Severity.ERROR, path, path.field(name), WORDS.text("field.missing", Text.quote(name)));
        }
        return node;
    }

    /**
     * The field's value if it has the expected type; otherwise null after reporting it. An optional field that is
     * absent or null is simply null.
     */
    JsonNode typed(ObjectNode object, JsonPath path, String name, String expected, Predicate<JsonNode> isExpected,
                   boolean isRequired) {
        JsonNode node = isRequired ? required(object, path, name) : object.get(name);
        if (node == null || (!isRequired && node.isNull())) {
            return null;
        }
        if (!isExpected.test(node)) {
            error(path.field(name), mustBe(name, expected, node));
            return null;
        }
        return node;
    }

    /** A text that must be there and not blank. */
    String requiredText(ObjectNode object, JsonPath path, String name) {
        JsonNode node = typed(object, path, name, text(), JsonNode::isTextual, true);
        if (node == null) {
            return null;
        }
        if (node.textValue().isBlank()) {
            error(path.field(name), WORDS.text("field.empty", name));
            return null;
        }
        return node.textValue();
    }

    /** A text that may be left out or be null. */
    String optionalText(ObjectNode object, JsonPath path, String name) {
        JsonNode node = typed(object, path, name, text(), JsonNode::isTextual, false);
        return node == null ? null : node.textValue();
    }

    /**
     * The items of a list field, each turned into a model object by {@code item}; items that give null (they had
     * errors, which keep the dataset from being built, or are left out with a warning) are not in the list.
     */
    <T> List<T> items(ObjectNode object, JsonPath path, String name, boolean required,
                      BiFunction<JsonNode, JsonPath, T> item) {
        JsonNode list = typed(object, path, name, list(), JsonNode::isArray, required);
        List<T> result = new ArrayList<>();
        if (list != null) {
            JsonPath listPath = path.field(name);
            for (int i = 0; i < list.size(); i++) {
                T value = item.apply(list.get(i), listPath.index(i));
                if (value != null) {
                    result.add(value);
                }
            }
        }
        return result;
    }

    /**
     * A warning for each field of {@code object} not in {@code known}, in the words {@code message} gives.
     *
     * @return the names of those fields, in the object's order
     */
    List<String> warnUnknown(ObjectNode object, JsonPath path, Set<String> known, Function<String, String> message) {
        List<String> unknown = new ArrayList<>(0);
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                warning(path.field(name), message.apply(name));
                unknown.add(name);
            }
        }
        return unknown;
    }

    /**
     * The fields of {@code object} not in {@code known}, kept as they are for the writer to write back, each with a
     * warning that says so: our own format's objects lose nothing on a save, whatever version wrote them.
     */
    Extras keepUnknown(ObjectNode object, JsonPath path, Set<String> known) {
        List<String> unknown = warnUnknown(object, path, known, Checks::keptField);
        if (unknown.isEmpty()) {
            return Extras.NONE;
        }
        List<Extras.Field> kept = new ArrayList<>(unknown.size());
        for (String name : unknown) {
            // The tree's text of a value is compact JSON, which the writer lays out again in the file's layout.
            kept.add(new Extras.Field(name, object.get(name).toString()));
        }
        return new Extras(kept);
    }

    /** The warning for a field of our format that this version does not know. */
    static String keptField(String name) {
        return WORDS.text("field.kept", Text.quote(name));
    }

    /** "{@code subject} must be {@code expected}, not" what {@code node} is: a value of the wrong type. */
    static String mustBe(String subject, String expected, JsonNode node) {
        return WORDS.text("value.mustBe", subject, expected, Text.describe(node));
    }

    /** The types a value may be expected to have, as messages name them in the language in use. */
    static String text() {
        return WORDS.text("type.text");
    }

    static String number() {
        return WORDS.text("type.number");
    }

    static String object() {
        return WORDS.text("value.object");
    }

    static String list() {
        return WORDS.text("value.list");
    }

    static String trueOrFalse() {
        return WORDS.text("type.boolean");
    }
}
