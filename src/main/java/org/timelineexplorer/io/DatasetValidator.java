package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.model.ChartStyle;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimelineEvent;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Predicate;

/**
 * Checks a parsed file against every rule of the dataset format and builds the model from it. Each part is
 * checked in full even after a problem, so that one reading lists all problems; a part with an error yields no
 * model object, and the dataset is built only when no part had one.
 *
 * <p>Events are checked as the reader parses them when the eras come first (see {@link #takes}), so that the tree
 * of a large file never holds them all; the problems still come out in the same order either way.
 */
final class DatasetValidator implements JsonTreeReader.ListTaker {

    private static final String FORMAT = "timeline-explorer/1";

    private static final int FIRST_YEAR = 1;
    private static final int LAST_YEAR = 9999;
    /** Bits for an event's index when sorting; a file within the size and value limits holds far fewer events. */
    private static final int INDEX_BITS = 24;

    private static final Set<String> ROOT_FIELDS = Set.of("format", "title", "summary", "credit", "eras", "events", "series");
    private static final Set<String> ERA_FIELDS = Set.of("id", "title", "summary", "start", "end", "color");
    private static final Set<String> EVENT_FIELDS =
            Set.of("id", "date", "end", "title", "text", "category", "era", "sources", "note");
    private static final Set<String> SOURCE_FIELDS = Set.of("name", "url");
    private static final Set<String> SERIES_FIELDS = Set.of("id", "title", "unit", "style", "source", "points");
    private static final Set<String> POINT_FIELDS = Set.of("year", "value", "note", "highlight");

    private static final String TEXT = "text";
    private static final String NUMBER = "a number";
    private static final String OBJECT = "an object { … }";
    private static final String LIST = "a list [ … ]";

    private static final JsonPath EVENTS = JsonPath.ROOT.field("events");

    /** Where the problems go when checking is done; they are placed by path, lines and columns found later. */
    private final ProblemList all;
    /**
     * The problems of each part, added to {@link #all} in this order at the end whatever the order the parts were
     * checked in, so that the same file always lists the same problems in the same order.
     */
    private final ProblemList rootProblems = new ProblemList();
    private final ProblemList eraProblems = new ProblemList();
    private final ProblemList eventProblems = new ProblemList();
    private final ProblemList seriesProblems = new ProblemList();
    /** The part being checked. */
    private ProblemList problems = rootProblems;

    private final Map<String, JsonPath> eraIds = new HashMap<>();
    private final Map<String, JsonPath> eventIds = new HashMap<>();
    /** Null until the eras are checked. */
    private List<Era> eras;
    /** The events checked while the file was read, or null when the tree holds them. */
    private List<TimelineEvent> takenEvents;

    /**
     * A validator for one file: pass it to {@link JsonTreeReader#read} so that it can check events as they are
     * read, then call {@link #validate} once with the tree.
     */
    DatasetValidator(ProblemList problems) {
        this.all = problems;
    }

    /**
     * Takes the events as they are read when the eras, which events refer to, came before them, as they do in
     * files we write: a large file then never holds all its events in the tree at once.
     */
    @Override
    public boolean takes(String name, ObjectNode rootSoFar) {
        if (!name.equals("events") || !rootSoFar.has("eras")) {
            return false;
        }
        checkEras(rootSoFar);
        takenEvents = new ArrayList<>();
        return true;
    }

    @Override
    public void item(JsonNode item, int index) {
        problems = eventProblems;
        TimelineEvent event = event(item, EVENTS.index(index), eventIds, eraIds.keySet());
        if (event != null) {
            takenEvents.add(event);
        }
    }

    private void checkEras(ObjectNode file) {
        problems = eraProblems;
        eras = items(file, JsonPath.ROOT, "eras", true, (node, path) -> era(node, path, eraIds));
    }

    /** The dataset, or empty when the file has an error (which is then among the problems). */
    Optional<Dataset> validate(JsonNode rootNode) {
        JsonPath root = JsonPath.ROOT;
        problems = rootProblems;
        if (!rootNode.isObject()) {
            error(root, "the file must hold one JSON object { … }, not " + Text.describe(rootNode));
            all.addAll(rootProblems);
            return Optional.empty();
        }
        ObjectNode file = (ObjectNode) rootNode;
        warnUnknown(file, root, ROOT_FIELDS);
        String format = optionalText(file, root, "format");
        if (format != null && !format.equals(FORMAT)) {
            error(root.field("format"), "format " + Text.quote(format)
                    + " is not one Timeline Explorer reads: write \"" + FORMAT + "\"");
        }
        String title = requiredText(file, root, "title");
        String summary = optionalText(file, root, "summary");
        String credit = optionalText(file, root, "credit");

        if (eras == null) {
            checkEras(file);
        }
        problems = eventProblems;
        List<TimelineEvent> events = takenEvents != null ? takenEvents
                : items(file, root, "events", true, (node, path) -> event(node, path, eventIds, eraIds.keySet()));
        problems = seriesProblems;
        Map<String, JsonPath> seriesIds = new HashMap<>();
        List<FigureSeries> series = items(file, root, "series", false, (node, path) -> series(node, path, seriesIds));

        all.addAll(rootProblems);
        all.addAll(eraProblems);
        all.addAll(eventProblems);
        all.addAll(seriesProblems);
        if (all.errorCount() > 0) {
            return Optional.empty();
        }
        return Optional.of(new Dataset(title, summary, credit, eras, chronological(events), series));
    }

    private Era era(JsonNode node, JsonPath path, Map<String, JsonPath> ids) {
        int errorsBefore = problems.errorCount();
        ObjectNode era = object(node, path, "each era");
        if (era == null) {
            return null;
        }
        warnUnknown(era, path, ERA_FIELDS);
        String id = id(era, path, ids);
        String title = requiredText(era, path, "title");
        String summary = optionalText(era, path, "summary");
        HistoricalDate start = date(era, path, "start", true);
        HistoricalDate end = date(era, path, "end", true);
        checkOrder(start, end, path.field("end"));
        String color = requiredText(era, path, "color");
        if (color != null && !isColor(color)) {
            error(path.field("color"), "color " + Text.quote(color)
                    + " is not a colour: write # and six hexadecimal digits, such as #0072B2");
        }
        return problems.errorCount() > errorsBefore ? null : new Era(id, title, summary, start, end, color);
    }

    private TimelineEvent event(JsonNode node, JsonPath path, Map<String, JsonPath> ids, Set<String> eraIds) {
        int errorsBefore = problems.errorCount();
        ObjectNode event = object(node, path, "each event");
        if (event == null) {
            return null;
        }
        warnUnknown(event, path, EVENT_FIELDS);
        String id = id(event, path, ids);
        HistoricalDate start = date(event, path, "date", true);
        HistoricalDate end = date(event, path, "end", false);
        checkOrder(start, end, path.field("end"));
        String title = requiredText(event, path, "title");
        String text = optionalText(event, path, "text");
        String category = optionalText(event, path, "category");
        String note = optionalText(event, path, "note");
        String era = optionalText(event, path, "era");
        if (era != null && !eraIds.contains(era)) {
            error(path.field("era"), "era " + Text.quote(era) + " is not defined in \"eras\"");
        }
        List<Source> sources = items(event, path, "sources", false, this::source);
        return problems.errorCount() > errorsBefore ? null
                : new TimelineEvent(id, start, end, title, text, category, era, sources, note);
    }

    private FigureSeries series(JsonNode node, JsonPath path, Map<String, JsonPath> ids) {
        int errorsBefore = problems.errorCount();
        ObjectNode series = object(node, path, "each series");
        if (series == null) {
            return null;
        }
        warnUnknown(series, path, SERIES_FIELDS);
        String id = id(series, path, ids);
        String title = requiredText(series, path, "title");
        String unit = optionalText(series, path, "unit");
        ChartStyle style = style(requiredText(series, path, "style"), path.field("style"));
        JsonNode sourceNode = required(series, path, "source");
        Source source = sourceNode == null ? null : source(sourceNode, path.field("source"));
        Map<Integer, JsonPath> years = new HashMap<>();
        List<FigurePoint> points = items(series, path, "points", true, (p, pointPath) -> point(p, pointPath, years));
        return problems.errorCount() > errorsBefore ? null : new FigureSeries(id, title, unit, style, source, points);
    }

    private Source source(JsonNode node, JsonPath path) {
        ObjectNode source = object(node, path, "a source");
        if (source == null) {
            return null;
        }
        warnUnknown(source, path, SOURCE_FIELDS);
        String name = requiredText(source, path, "name");
        String url = requiredText(source, path, "url");
        URI address = url == null ? null : webAddress(url, path.field("url"));
        return name == null || address == null ? null : new Source(name, address);
    }

    private FigurePoint point(JsonNode node, JsonPath path, Map<Integer, JsonPath> years) {
        ObjectNode point = object(node, path, "each point");
        if (point == null) {
            return null;
        }
        warnUnknown(point, path, POINT_FIELDS);
        Integer year = year(point, path, years);
        Double value = value(point, path);
        String note = optionalText(point, path, "note");
        JsonNode highlight = typed(point, path, "highlight", "true or false", JsonNode::isBoolean, false);
        return year == null || value == null ? null
                : new FigurePoint(year, value, note, highlight != null && highlight.booleanValue());
    }

    private Integer year(ObjectNode point, JsonPath path, Map<Integer, JsonPath> years) {
        JsonNode node = typed(point, path, "year", NUMBER, JsonNode::isNumber, true);
        JsonPath yearPath = path.field("year");
        if (node == null) {
            return null;
        }
        if (!node.isIntegralNumber()) {
            error(yearPath, "year must be a whole number, not " + node.asText());
            return null;
        }
        if (!node.canConvertToInt() || node.intValue() < FIRST_YEAR || node.intValue() > LAST_YEAR) {
            error(yearPath, "year " + node.asText() + " is out of range (" + FIRST_YEAR + " to " + LAST_YEAR + ")");
            return null;
        }
        int year = node.intValue();
        JsonPath first = years.putIfAbsent(year, path);
        if (first != null) {
            error(yearPath, "year " + year + " appears twice in this series (first at " + first + ")");
            return null;
        }
        return year;
    }

    private Double value(ObjectNode point, JsonPath path) {
        JsonNode node = typed(point, path, "value", NUMBER, JsonNode::isNumber, true);
        if (node == null) {
            return null;
        }
        double value = node.doubleValue();
        JsonPath valuePath = path.field("value");
        if (!Double.isFinite(value)) {
            error(valuePath, "value is too large");
            return null;
        }
        if (value < 0) {
            error(valuePath, "value must not be negative");
            return null;
        }
        return value;
    }

    private ChartStyle style(String style, JsonPath path) {
        if (style == null) {
            return null;
        }
        return switch (style) {
            case "line" -> ChartStyle.LINE;
            case "bar" -> ChartStyle.BAR;
            default -> {
                error(path, "style " + Text.quote(style) + " is not known: write \"line\" or \"bar\"");
                yield null;
            }
        };
    }

    private URI webAddress(String url, JsonPath path) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // Reported below with the same words as an address of the wrong kind: the fix is the same.
        }
        error(path, "url " + Text.quote(url) + " is not a web address starting with http:// or https://");
        return null;
    }

    /** An id that is required, well formed and not used before in {@code ids} (id to the path that used it). */
    private String id(ObjectNode object, JsonPath path, Map<String, JsonPath> ids) {
        String id = requiredText(object, path, "id");
        JsonPath idPath = path.field("id");
        if (id == null) {
            return null;
        }
        if (!isId(id)) {
            error(idPath, "id " + Text.quote(id) + " may only use letters, digits, \"-\" and \"_\"");
            return null;
        }
        JsonPath first = ids.putIfAbsent(id, path);
        if (first != null) {
            error(idPath, "duplicate id " + Text.quote(id) + " (first used at " + first + ")");
            return null;
        }
        return id;
    }

    /** Like {@code [A-Za-z0-9_-]+}, checked by hand: every event has an id, and a regular expression is slower. */
    private static boolean isId(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(isHexDigit(c) || (c >= 'G' && c <= 'Z') || (c >= 'g' && c <= 'z') || c == '_' || c == '-')) {
                return false;
            }
        }
        return true;
    }

    /** Like {@code #[0-9A-Fa-f]{6}}. */
    private static boolean isColor(String color) {
        if (color.length() != 7 || color.charAt(0) != '#') {
            return false;
        }
        for (int i = 1; i < 7; i++) {
            if (!isHexDigit(color.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
    }

    private HistoricalDate date(ObjectNode object, JsonPath path, String name, boolean required) {
        String text = required ? requiredText(object, path, name) : optionalText(object, path, name);
        if (text == null) {
            return null;
        }
        try {
            return parseDate(text);
        } catch (DateTimeException e) {
            error(path.field(name), e.getMessage());
            return null;
        }
    }

    /**
     * {@link HistoricalDate#parse}, with the usual shapes YYYY, YYYY-MM and YYYY-MM-DD read by hand: a regular
     * expression per date took a tenth of the reading time. Anything else, and every date that is wrong, goes to
     * {@code parse}, so that its messages stay the only ones.
     */
    private static HistoricalDate parseDate(String text) {
        int length = text.length();
        boolean usual = (length == 4 || length == 7 || length == 10) && digits(text, 0, 4)
                && (length < 7 || (text.charAt(4) == '-' && digits(text, 5, 7)))
                && (length < 10 || (text.charAt(7) == '-' && digits(text, 8, 10)));
        if (usual) {
            int year = number(text, 0, 4);
            try {
                return switch (length) {
                    case 4 -> HistoricalDate.ofYear(year);
                    case 7 -> HistoricalDate.ofMonth(year, number(text, 5, 7));
                    default -> HistoricalDate.ofDay(year, number(text, 5, 7), number(text, 8, 10));
                };
            } catch (DateTimeException e) {
                // parse says the same in words that name the text.
            }
        }
        return HistoricalDate.parse(text);
    }

    private static boolean digits(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static int number(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (text.charAt(i) - '0');
        }
        return value;
    }

    /**
     * The events in {@link Dataset#chronological()} order. Sorting numbers made once per event is much faster than
     * comparing dates, which makes two LocalDates per comparison; the dataset then finds its events in order, and
     * its own sort takes one pass. It sorts them anyway, so an order that differed here would cost time only.
     */
    private static List<TimelineEvent> chronological(List<TimelineEvent> events) {
        if (events.size() >= 1 << INDEX_BITS) {
            return events;
        }
        // The date's number above, the event's index below: sorting the numbers sorts by date and keeps the file's
        // order among events of the same date, as the dataset's stable sort does.
        long[] keys = new long[events.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = firstDayThenPrecision(events.get(i).start()) << INDEX_BITS | i;
        }
        Arrays.sort(keys);
        List<TimelineEvent> sorted = new ArrayList<>(keys.length);
        for (long key : keys) {
            sorted.add(events.get((int) (key & ((1 << INDEX_BITS) - 1))));
        }
        // Events of the same date go by title; such runs are short.
        for (int from = 0; from < keys.length; ) {
            int to = from + 1;
            while (to < keys.length && keys[to] >>> INDEX_BITS == keys[from] >>> INDEX_BITS) {
                to++;
            }
            if (to - from > 1) {
                sorted.subList(from, to).sort(Comparator.comparing(TimelineEvent::title));
            }
            from = to;
        }
        return sorted;
    }

    /** Orders as {@link HistoricalDate#compareTo} does: by first day, then by precision. */
    private static long firstDayThenPrecision(HistoricalDate date) {
        int month = Math.max(1, date.month());
        int day = Math.max(1, date.day());
        return (((long) date.year() * 16 + month) * 32 + day) * 4 + date.precision().ordinal();
    }

    /** Compares first days, so that an end "2004-12" after a start "2004-11-07" is fine. */
    private void checkOrder(HistoricalDate start, HistoricalDate end, JsonPath endPath) {
        if (start != null && end != null && end.firstDay().isBefore(start.firstDay())) {
            error(endPath, "end " + end + " is before the start " + start);
        }
    }

    /**
     * The items of a list field, each turned into a model object by {@code item}; items with errors are left
     * out, which is safe because their errors keep the dataset from being built.
     */
    private <T> List<T> items(ObjectNode object, JsonPath path, String name, boolean required,
                              BiFunction<JsonNode, JsonPath, T> item) {
        JsonNode list = typed(object, path, name, LIST, JsonNode::isArray, required);
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

    private ObjectNode object(JsonNode node, JsonPath path, String subject) {
        if (node.isObject()) {
            return (ObjectNode) node;
        }
        error(path, subject + " must be " + OBJECT + ", not " + Text.describe(node));
        return null;
    }

    /** A text that must be there and not blank. */
    private String requiredText(ObjectNode object, JsonPath path, String name) {
        JsonNode node = typed(object, path, name, TEXT, JsonNode::isTextual, true);
        if (node == null) {
            return null;
        }
        if (node.textValue().isBlank()) {
            error(path.field(name), name + " must not be empty");
            return null;
        }
        return node.textValue();
    }

    /** A text that may be left out or be null. */
    private String optionalText(ObjectNode object, JsonPath path, String name) {
        JsonNode node = typed(object, path, name, TEXT, JsonNode::isTextual, false);
        return node == null ? null : node.textValue();
    }

    private JsonNode required(ObjectNode object, JsonPath path, String name) {
        JsonNode node = object.get(name);
        if (node == null) {
            // A missing field has no place of its own: point at the object that lacks it.
            problems.add(Problem.Severity.ERROR, path, path.field(name), "missing required field " + Text.quote(name));
        }
        return node;
    }

    /**
     * The field's value if it has the expected type; otherwise null after reporting it. An optional field that is
     * absent or null is simply null.
     */
    private JsonNode typed(ObjectNode object, JsonPath path, String name, String expected,
                           Predicate<JsonNode> isExpected, boolean isRequired) {
        JsonNode node = isRequired ? required(object, path, name) : object.get(name);
        if (node == null || (!isRequired && node.isNull())) {
            return null;
        }
        if (!isExpected.test(node)) {
            error(path.field(name), name + " must be " + expected + ", not " + Text.describe(node));
            return null;
        }
        return node;
    }

    private void warnUnknown(ObjectNode object, JsonPath path, Set<String> known) {
        object.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                JsonPath fieldPath = path.field(name);
                problems.add(Problem.Severity.WARNING, fieldPath, fieldPath,
                        "unknown field " + Text.quote(name) + " is ignored");
            }
        });
    }

    private void error(JsonPath path, String message) {
        problems.add(Problem.Severity.ERROR, path, path, message);
    }
}
