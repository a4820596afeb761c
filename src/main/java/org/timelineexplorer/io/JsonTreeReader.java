package org.timelineexplorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a Jackson tree from JSON text while remembering where each value starts, by path. Jackson's own tree
 * forgets locations, and its duplicate-key check stops at the first duplicate; walking the parser ourselves keeps
 * both and lets the validator point at the exact line and column of every problem.
 */
final class JsonTreeReader {

    /** The parsed file: its root value and the location of every value by path. */
    record Tree(JsonNode root, Map<String, JsonLocation> locations) {
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code [^)]*\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)'");
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.+?)'");

    private final ProblemList problems;
    private final Map<String, JsonLocation> locations = new HashMap<>();

    private JsonTreeReader(ProblemList problems) {
        this.problems = problems;
    }

    /**
     * Parses {@code text}; duplicate keys are added to {@code problems} and parsing goes on. Malformed JSON and
     * breached limits stop it: they are added too and the answer is empty.
     */
    static Optional<Tree> read(char[] text, int length, JsonFactory factory, ProblemList problems) {
        JsonTreeReader reader = new JsonTreeReader(problems);
        try (JsonParser parser = factory.createParser(text, 0, length)) {
            return reader.readRoot(parser);
        } catch (IOException e) {
            // A char array cannot fail to be read; only parsing can throw here, and parse errors are caught inside.
            throw new IllegalStateException(e);
        }
    }

    private Optional<Tree> readRoot(JsonParser parser) throws IOException {
        JsonNode root;
        try {
            if (parser.nextToken() == null) {
                problems.add(Problem.error(parser.currentLocation(), Problem.WHOLE_FILE,
                        "the file is empty: it must hold one JSON object { … }"));
                return Optional.empty();
            }
            root = readValue(parser, Problem.WHOLE_FILE);
        } catch (JsonProcessingException e) {
            problems.add(Problem.error(locationOf(e, parser), Problem.WHOLE_FILE, plainWords(e)));
            return Optional.empty();
        }
        try {
            if (parser.nextToken() != null) {
                problems.add(trailingText(parser.currentTokenLocation()));
                return Optional.empty();
            }
        } catch (JsonProcessingException e) {
            problems.add(trailingText(locationOf(e, parser)));
            return Optional.empty();
        }
        return Optional.of(new Tree(root, Map.copyOf(locations)));
    }

    private static Problem trailingText(JsonLocation at) {
        return Problem.error(at, Problem.WHOLE_FILE,
                "there is more text after the end of the data: the file must hold exactly one JSON object { … }");
    }

    private JsonNode readValue(JsonParser parser, String path) throws IOException {
        locations.put(path, parser.currentTokenLocation());
        return switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser, path);
            case START_ARRAY -> readArray(parser, path);
            case VALUE_STRING -> NODES.textNode(parser.getText());
            case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
                case INT -> NODES.numberNode(parser.getIntValue());
                case LONG -> NODES.numberNode(parser.getLongValue());
                default -> NODES.numberNode(parser.getBigIntegerValue());
            };
            case VALUE_NUMBER_FLOAT -> decimal(parser);
            case VALUE_TRUE -> NODES.booleanNode(true);
            case VALUE_FALSE -> NODES.booleanNode(false);
            case VALUE_NULL -> NODES.nullNode();
            default -> throw new IllegalStateException("a value cannot start with " + parser.currentToken());
        };
    }

    /**
     * Kept exact so that messages show the number as written (1e999, not Infinity); figures become doubles later,
     * where an exponent too large for one is reported.
     */
    private static JsonNode decimal(JsonParser parser) throws IOException {
        try {
            return NODES.numberNode(parser.getDecimalValue());
        } catch (NumberFormatException e) {
            // An exponent beyond even BigDecimal's range (1e9999999999): a double holds it as infinity or zero.
            return NODES.numberNode(parser.getDoubleValue());
        }
    }

    private ObjectNode readObject(JsonParser parser, String path) throws IOException {
        ObjectNode object = NODES.objectNode();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String fieldPath = JsonPath.field(path, name);
            JsonLocation nameAt = parser.currentTokenLocation();
            parser.nextToken();
            if (object.has(name)) {
                JsonLocation first = locations.get(fieldPath);
                problems.add(Problem.error(nameAt, fieldPath, "the field " + Text.quote(name)
                        + " appears twice in this object (first at line " + first.getLineNr() + ")"));
                parser.skipChildren();
            } else {
                object.set(name, readValue(parser, fieldPath));
            }
        }
        return object;
    }

    private ArrayNode readArray(JsonParser parser, String path) throws IOException {
        ArrayNode array = NODES.arrayNode();
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            array.add(readValue(parser, JsonPath.index(path, array.size())));
        }
        return array;
    }

    private static JsonLocation locationOf(JsonProcessingException e, JsonParser parser) {
        // Jackson gives no location with a breached limit; the token being read is the one that breached it.
        return e.getLocation() != null ? e.getLocation() : parser.currentTokenLocation();
    }

    /** Jackson's message retold for someone who has never read the JSON grammar. */
    private static String plainWords(JsonProcessingException e) {
        String original = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return limitMessage(original);
        }
        if (original.startsWith("Unexpected end-of-input")) {
            return original.contains("closing quote")
                    ? "the file ends inside a text: its closing \" is missing"
                    : "the file ends too early: a closing } or ] is missing";
        }
        Matcher character = UNEXPECTED_CHARACTER.matcher(original);
        if (character.lookingAt()) {
            return unexpectedCharacter(character.group(1), original);
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(original);
        if (token.lookingAt()) {
            return Text.quote(token.group(1)) + " is not a value: write text in double quotes, a number, true, "
                    + "false or null";
        }
        Matcher close = CLOSE_MARKER.matcher(original);
        if (close.lookingAt()) {
            return "this " + close.group(1) + " does not match the bracket it should close: "
                    + "every { needs its } and every [ its ]";
        }
        Matcher escape = ESCAPE.matcher(original);
        if (escape.lookingAt()) {
            return "\\" + escape.group(1) + " is not allowed in a text: write \\\\ for a backslash";
        }
        if (original.contains("(CTRL-CHAR")) {
            return original.startsWith("Illegal unquoted character")
                    ? "a text cannot contain a line break or tab: write \\n or \\t instead"
                    : "an invisible control character is not allowed here: only spaces, tabs and line breaks may "
                    + "stand between values";
        }
        if (original.contains("Leading zeroes")) {
            return "a number cannot start with 0 (write 7, not 07)";
        }
        if (original.startsWith("Non-standard token")) {
            return "NaN and Infinity are not numbers in JSON";
        }
        return "this is not valid JSON: " + original.replaceAll(" \\(code \\d+\\)", "").lines().findFirst().orElse("");
    }

    private static String unexpectedCharacter(String found, String original) {
        String shown = "'" + found + "'";
        boolean startsAValue = "\"{[-0123456789tfn".contains(found);
        if (original.contains("double-quote to start field name")) {
            return found.equals("}")
                    ? "a comma before } must be followed by another field"
                    : "expected a field name in double quotes, found " + shown;
        }
        if (original.contains("separate Object entries")) {
            return found.equals("\"")
                    ? "a comma is missing before this field"
                    : "expected a comma or } after this field, found " + shown;
        }
        if (original.contains("separate Array entries")) {
            return startsAValue
                    ? "a comma is missing before this value"
                    : "expected a comma or ] after this value, found " + shown;
        }
        if (found.equals("]")) {
            return "a comma before ] must be followed by another value";
        }
        return "expected a value (text in double quotes, a number, true, false, null, [ or {), found " + shown;
    }

    private static String limitMessage(String original) {
        // Jackson does not say which limit was hit except in its message, whose wording the tests pin down.
        if (original.startsWith("Document nesting depth")) {
            return "the data is nested too deeply: at most " + DatasetReader.MAX_DEPTH + " levels of { } and [ ]";
        }
        if (original.startsWith("String value length")) {
            return String.format(Locale.ROOT, "a text is too long: at most %,d characters", DatasetReader.MAX_STRING_LENGTH);
        }
        if (original.startsWith("Name length")) {
            return "a field name is too long";
        }
        if (original.startsWith("Number value length")) {
            return "a number is too long: at most " + DatasetReader.MAX_NUMBER_LENGTH + " characters";
        }
        if (original.startsWith("Token count")) {
            return String.format(Locale.ROOT, "the file holds too many values: at most %,d", DatasetReader.MAX_VALUES);
        }
        if (original.startsWith("Document length")) {
            return DatasetReader.TOO_LARGE;
        }
        return "the file goes beyond a safety limit: " + original;
    }
}
