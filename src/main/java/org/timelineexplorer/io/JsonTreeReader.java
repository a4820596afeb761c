package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;
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
import com.fasterxml.jackson.databind.node.TextNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds a Jackson tree from JSON text and finds again where values start. Jackson's own tree forgets locations, and
 * its duplicate-key check stops at the first duplicate; walking the parser ourselves reports every duplicate, and
 * {@link #locate} lets the validator point at the exact line and column of every problem.
 *
 * <p>Locations are not kept while the tree is built: a large file has millions of values and few problems, so the
 * places of the values that problems name are found afterwards, in one more pass over the text that steps only into
 * the objects and lists on the way to them.
 */
final class JsonTreeReader {

    private static final Messages WORDS = Messages.of(JsonTreeReader.class);

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern UNEXPECTED_CHARACTER = Pattern.compile("Unexpected character \\('(.+?)' \\(code [^)]*\\)\\)");
    private static final Pattern UNRECOGNIZED_TOKEN = Pattern.compile("Unrecognized token '(.*?)'");
    private static final Pattern CLOSE_MARKER = Pattern.compile("Unexpected close marker '(.)'");
    private static final Pattern ESCAPE = Pattern.compile("Unrecognized character escape '(.+?)'");

    /**
     * Takes the items of one list of the root object as they are read, so that the tree need not hold them: the
     * validator checks a large file's events one by one, and the memory they took in the tree is freed at once.
     */
    interface ListTaker {

        /**
         * True to take the items of the list in the root field {@code name} rather than keep them in the tree,
         * which then holds an empty list there; {@code rootSoFar} holds the root's fields read before it.
         */
        boolean takes(String name, ObjectNode rootSoFar);

        /** The item at {@code index} of the list taken. */
        void item(JsonNode item, int index);
    }

    /** The longest text that is looked up among those read before, and the number of them remembered. */
    private static final int SHORT_TEXT = 16;
    private static final int SHORT_TEXTS_KEPT = 1024;
    /** How many objects are read between two looks at the progress, so that looking costs nothing. */
    private static final int OBJECTS_PER_PROGRESS = 4_096;

    private final ProblemList problems;
    private final ListTaker taker;
    private final OpeningProgress progress;
    /** The text's length in characters, which progress is counted against. */
    private final int length;
    /**
     * The steps from the root to the value being read: at depth d, the field name, or null and the list index in
     * {@link #indexes}. Kept in arrays rather than as paths so that a path is made only for a problem.
     */
    private String[] names = new String[DatasetReader.MAX_DEPTH + 1];
    private int[] indexes = new int[DatasetReader.MAX_DEPTH + 1];
    /** Whether the container at depth d is reading one of its values (the one named in names or indexes). */
    private boolean[] inValue = new boolean[DatasetReader.MAX_DEPTH + 1];
    /** The depth of the innermost container being read, -1 before the first. */
    private int innermost = -1;
    private int objectsRead;
    /** Short texts read so far, by a hash of their characters; a newer text takes the place of an older one. */
    private final TextNode[] shortTexts = new TextNode[SHORT_TEXTS_KEPT];

    private JsonTreeReader(ProblemList problems, ListTaker taker, OpeningProgress progress, int length) {
        this.problems = problems;
        this.taker = taker;
        this.progress = progress;
        this.length = length;
    }

    /**
     * Parses {@code text}; duplicate keys are added to {@code problems} and parsing goes on. Malformed JSON and
     * breached limits stop it: they are added too, at the place and path where they were found, and the answer is
     * empty.
     *
     * @param taker    is offered each list in the root object, and takes its items if it wants them
     * @param progress hears how far the reading has got, as the share of the text read
     * @return the root value
     * @throws java.util.concurrent.CancellationException when {@code progress} says the reading is no longer wanted
     */
    static Optional<JsonNode> read(char[] text, int length, JsonFactory factory, ProblemList problems,
                                   ListTaker taker, OpeningProgress progress) {
        JsonTreeReader reader = new JsonTreeReader(problems, taker, progress, length);
        try (JsonParser parser = factory.createParser(text, 0, length)) {
            return reader.readRoot(parser);
        } catch (IOException e) {
            // A char array cannot fail to be read; only parsing can throw here, and parse errors are caught inside.
            throw new IllegalStateException(e);
        }
    }

    private Optional<JsonNode> readRoot(JsonParser parser) throws IOException {
        JsonNode root;
        try {
            if (parser.nextToken() == null) {
                problems.add(Problem.error(parser.currentLocation(), Problem.WHOLE_FILE,
                        WORDS.text("json.empty")));
                return Optional.empty();
            }
            root = readValue(parser, 0);
        } catch (JsonProcessingException e) {
            problems.add(Problem.error(locationOf(e, parser), pathBeingRead().toString(), plainWords(e)));
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
        return Optional.of(root);
    }

    private static Problem trailingText(JsonLocation at) {
        return Problem.error(at, Problem.WHOLE_FILE,
                WORDS.text("json.trailing"));
    }

    /** The value at the current token, {@code depth} steps below the root. */
    private JsonNode readValue(JsonParser parser, int depth) throws IOException {
        return switch (parser.currentToken()) {
            case START_OBJECT -> readObject(parser, depth);
            case START_ARRAY -> readArray(parser, depth);
            case VALUE_STRING -> text(parser);
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
     * The text at the current token. A short text is often the same as one read a moment ago (a month, a day, a
     * category, a source's name), and then is that text's node again: a large file then makes and keeps far fewer
     * objects. Nodes are immutable, so sharing them is safe.
     */
    private JsonNode text(JsonParser parser) throws IOException {
        int textLength = parser.getTextLength();
        if (textLength > SHORT_TEXT) {
            return NODES.textNode(parser.getText());
        }
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int hash = 0;
        for (int i = 0; i < textLength; i++) {
            hash = 31 * hash + chars[offset + i];
        }
        int slot = (hash ^ (hash >>> 16)) & (shortTexts.length - 1);
        TextNode seen = shortTexts[slot];
        if (seen != null && sameText(seen.textValue(), chars, offset, textLength)) {
            return seen;
        }
        TextNode node = NODES.textNode(new String(chars, offset, textLength));
        shortTexts[slot] = node;
        return node;
    }

    private static boolean sameText(String text, char[] chars, int offset, int length) {
        if (text.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (text.charAt(i) != chars[offset + i]) {
                return false;
            }
        }
        return true;
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

    private ObjectNode readObject(JsonParser parser, int depth) throws IOException {
        FieldMap fields = new FieldMap();
        ObjectNode object = new ObjectNode(NODES, fields);
        enter(depth);
        names[depth] = null;
        if (++objectsRead % OBJECTS_PER_PROGRESS == 0) {
            reportProgress(parser);
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            names[depth] = name;
            inValue[depth] = true;
            if (fields.containsKey(name)) {
                JsonLocation nameAt = parser.currentTokenLocation();
                parser.nextToken();
                JsonPath fieldPath = pathTo(depth).field(name);
                // The first one's line is found with the other places, when the problems are handed out.
                String quoted = Text.quote(name);
                problems.addWithFirstLine(nameAt, fieldPath, line -> WORDS.text("json.twice", quoted, line), fieldPath);
                parser.skipChildren();
            } else {
                parser.nextToken();
                boolean taken = depth == 0 && parser.currentToken() == JsonToken.START_ARRAY
                        && taker.takes(name, object);
                fields.add(name, taken ? readTakenArray(parser, depth + 1) : readValue(parser, depth + 1));
            }
            inValue[depth] = false;
        }
        innermost = depth - 1;
        return object;
    }

    private ArrayNode readArray(JsonParser parser, int depth) throws IOException {
        ArrayNode array = NODES.arrayNode();
        enter(depth);
        names[depth] = null;
        while (nextItem(parser, depth, array.size())) {
            array.add(readValue(parser, depth + 1));
            inValue[depth] = false;
        }
        innermost = depth - 1;
        return array;
    }

    /** Hands the items of a list to the taker one by one and keeps none; the tree holds an empty list instead. */
    private ArrayNode readTakenArray(JsonParser parser, int depth) throws IOException {
        enter(depth);
        names[depth] = null;
        int index = 0;
        while (nextItem(parser, depth, index)) {
            taker.item(readValue(parser, depth + 1), index++);
            inValue[depth] = false;
        }
        innermost = depth - 1;
        return NODES.arrayNode();
    }

    /** Moves to the item at {@code index} of the list at {@code depth}; false at the list's end. */
    private boolean nextItem(JsonParser parser, int depth, int index) throws IOException {
        // Set first, so that a syntax error before the item (a missing comma) names the item it stands before.
        indexes[depth] = index;
        inValue[depth] = true;
        if (parser.nextToken() == JsonToken.END_ARRAY) {
            inValue[depth] = false;
            return false;
        }
        return true;
    }

    private void enter(int depth) {
        // Jackson stops at MAX_DEPTH already; growing keeps this correct should that limit ever be raised.
        if (depth >= names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indexes = Arrays.copyOf(indexes, depth * 2);
            inValue = Arrays.copyOf(inValue, depth * 2);
        }
        innermost = depth;
        inValue[depth] = false;
    }

    /** Tells the progress how far the text is read, and stops the reading if it is no longer wanted. */
    private void reportProgress(JsonParser parser) {
        if (progress.isCancelled()) {
            throw new CancellationException("the reading was cancelled");
        }
        progress.update(Math.min(1, (double) parser.currentLocation().getCharOffset() / Math.max(1, length)));
    }

    /** The path of the value being read, or of the innermost object or list when it is between two values. */
    private JsonPath pathBeingRead() {
        if (innermost < 0) {
            return JsonPath.ROOT;
        }
        JsonPath path = pathTo(innermost);
        if (!inValue[innermost]) {
            return path;
        }
        return names[innermost] != null ? path.field(names[innermost]) : path.index(indexes[innermost]);
    }

    /** The path of the container being read at {@code depth}. */
    private JsonPath pathTo(int depth) {
        JsonPath path = JsonPath.ROOT;
        for (int d = 0; d < depth; d++) {
            path = names[d] != null ? path.field(names[d]) : path.index(indexes[d]);
        }
        return path;
    }

    /**
     * Where each of the values {@code paths} point to starts; a path that names no value is left out. Of a field
     * that appears twice, the first is the one in the tree, so it is the one found. In malformed JSON the values
     * before the syntax error are found, which are all that problems can name.
     */
    static Map<JsonPath, JsonLocation> locate(char[] text, int length, JsonFactory factory,
                                              Collection<JsonPath> paths) {
        Step root = new Step();
        for (JsonPath path : paths) {
            Step step = root;
            for (JsonPath next : path.steps()) {
                step = next.name() != null
                        ? step.fields.computeIfAbsent(next.name(), n -> new Step())
                        : step.items.computeIfAbsent(next.index(), i -> new Step());
            }
            step.ends.add(path);
        }
        Map<JsonPath, JsonLocation> found = new IdentityHashMap<>();
        try (JsonParser parser = factory.createParser(text, 0, length)) {
            parser.nextToken();
            visit(parser, root, found);
        } catch (JsonProcessingException e) {
            // Reported when the tree was read; nothing after it was read then either.
        } catch (IOException e) {
            // A char array cannot fail to be read.
            throw new IllegalStateException(e);
        }
        return found;
    }

    /** One step of the paths looked for: the paths that end here, and the steps on from here. */
    private static final class Step {
        final List<JsonPath> ends = new ArrayList<>();
        final Map<String, Step> fields = new HashMap<>();
        final Map<Integer, Step> items = new HashMap<>();
    }

    private static void visit(JsonParser parser, Step step, Map<JsonPath, JsonLocation> found) throws IOException {
        if (!step.ends.isEmpty()) {
            JsonLocation at = parser.currentTokenLocation();
            step.ends.forEach(path -> found.put(path, at));
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT && !step.fields.isEmpty()) {
            Set<String> seen = new HashSet<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                parser.nextToken();
                Step next = seen.add(name) ? step.fields.get(name) : null;
                if (next == null) {
                    parser.skipChildren();
                } else {
                    visit(parser, next, found);
                }
            }
        } else if (token == JsonToken.START_ARRAY && !step.items.isEmpty()) {
            int index = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                Step next = step.items.get(index++);
                if (next == null) {
                    parser.skipChildren();
                } else {
                    visit(parser, next, found);
                }
            }
        } else {
            parser.skipChildren();
        }
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
            return WORDS.text(original.contains("closing quote") ? "json.endsInText" : "json.endsEarly");
        }
        Matcher character = UNEXPECTED_CHARACTER.matcher(original);
        if (character.lookingAt()) {
            return unexpectedCharacter(character.group(1), original);
        }
        Matcher token = UNRECOGNIZED_TOKEN.matcher(original);
        if (token.lookingAt()) {
            return WORDS.text("json.notAValue", Text.quote(token.group(1)));
        }
        Matcher close = CLOSE_MARKER.matcher(original);
        if (close.lookingAt()) {
            return WORDS.text("json.closeMismatch", close.group(1));
        }
        Matcher escape = ESCAPE.matcher(original);
        if (escape.lookingAt()) {
            return WORDS.text("json.escape", "\\" + escape.group(1));
        }
        if (original.contains("(CTRL-CHAR")) {
            return WORDS.text(original.startsWith("Illegal unquoted character") ? "json.breakInText" : "json.control");
        }
        if (original.contains("Leading zeroes")) {
            return WORDS.text("json.leadingZero");
        }
        if (original.startsWith("Non-standard token")) {
            return WORDS.text("json.nan");
        }
        // Jackson's own words, in English, are the best there is for what nobody foresaw.
        return WORDS.text("json.invalid", original.replaceAll(" \\(code \\d+\\)", "").lines().findFirst().orElse(""));
    }

    private static String unexpectedCharacter(String found, String original) {
        String shown = "'" + found + "'";
        boolean startsAValue = "\"{[-0123456789tfn".contains(found);
        if (original.contains("double-quote to start field name")) {
            return found.equals("}") ? WORDS.text("json.commaBeforeBrace") : WORDS.text("json.fieldName", shown);
        }
        if (original.contains("separate Object entries")) {
            return found.equals("\"") ? WORDS.text("json.commaBeforeField") : WORDS.text("json.afterField", shown);
        }
        if (original.contains("separate Array entries")) {
            return startsAValue ? WORDS.text("json.commaBeforeValue") : WORDS.text("json.afterValue", shown);
        }
        if (found.equals("]")) {
            return WORDS.text("json.commaBeforeBracket");
        }
        return WORDS.text("json.value", shown);
    }

    private static String limitMessage(String original) {
        // Jackson does not say which limit was hit except in its message, whose wording the tests pin down.
        if (original.startsWith("Document nesting depth")) {
            return WORDS.text("json.tooDeep", DatasetReader.MAX_DEPTH);
        }
        if (original.startsWith("String value length")) {
            return WORDS.text("json.textTooLong", DatasetReader.MAX_STRING_LENGTH);
        }
        if (original.startsWith("Name length")) {
            return WORDS.text("json.nameTooLong");
        }
        if (original.startsWith("Number value length")) {
            return WORDS.text("json.numberTooLong", DatasetReader.MAX_NUMBER_LENGTH);
        }
        if (original.startsWith("Token count")) {
            return WORDS.text("json.tooManyValues", DatasetReader.MAX_VALUES);
        }
        if (original.startsWith("Document length")) {
            return DatasetReader.tooLarge();
        }
        return WORDS.text("json.limit", original);
    }
}
