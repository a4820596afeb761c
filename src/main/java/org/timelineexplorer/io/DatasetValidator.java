package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.model.ChartStyle;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.Extras;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.model.Translations;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a parsed file against every rule of the dataset format and builds the model from it. Each part is
 * checked in full even after a problem, so that one reading lists all problems; a part with an error yields no
 * model object, and the dataset is built only when no part had one.
 *
 * <p>Events are checked as the reader parses them when the eras come first (see {@link #takes}), so that the tree
 * of a large file never holds them all; the problems still come out in the same order either way.
 */
final class DatasetValidator implements JsonMapper {

    private static final Messages WORDS = Messages.of(DatasetValidator.class);

    /**
     * The version of the format this app writes, and the newest it reads; it reads every earlier one too. How the
     * format grows, and when the version goes up, is written in the README ("Format versions").
     */
    static final int FORMAT_VERSION = 1;
    static final String FORMAT_PREFIX = "timeline-explorer/";
    static final String FORMAT = FORMAT_PREFIX + FORMAT_VERSION;

    private static final Set<String> ROOT_FIELDS =
            Set.of("format", TranslationsReader.LANGUAGE, "title", "summary", "credit", "eraStyle", "eras", "events",
                    "series", TranslationsReader.FIELD);
    private static final Set<String> ERA_FIELDS = Set.of("id", "title", "summary", "start", "end", "color");
    private static final Set<String> EVENT_FIELDS =
            Set.of("id", "date", "end", "display", "title", "text", "category", "era", "sources", "note", "places",
                    "picture");
    private static final Set<String> SOURCE_FIELDS = Set.of("name", "url");
    private static final Set<String> SERIES_FIELDS =
            Set.of("id", "title", "unit", "style", "source", "points", EstimateReader.FIELD);
    private static final Set<String> POINT_FIELDS = Set.of("year", "value", "note", "highlight", "announced");

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
    private final ProblemList translationProblems = new ProblemList();
    /** Checks values, reporting into the list of the part being checked. */
    private final Checks checks = new Checks(rootProblems);
    private final PlaceReader placeReader = new PlaceReader(checks);
    private final PictureReader pictureReader = new PictureReader(checks);

    private final Map<String, JsonPath> eraIds = new HashMap<>();
    private final Map<String, JsonPath> eventIds = new HashMap<>();
    /** Null until the eras are checked. */
    private List<Era> eras;
    /** The events checked while the file was read, or null when the tree holds them. */
    private List<TimelineEvent> takenEvents;

    /**
     * A validator for one file: pass it to {@link JsonTreeReader#read} so that it can check events as they are
     * read, then call {@link #map} once with the tree.
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
        checks.reportTo(eventProblems);
        TimelineEvent event = event(item, EVENTS.index(index), eventIds, eraIds.keySet());
        if (event != null) {
            takenEvents.add(event);
        }
    }

    private void checkEras(ObjectNode file) {
        checks.reportTo(eraProblems);
        eras = checks.items(file, JsonPath.ROOT, "eras", true, (node, path) -> era(node, path, eraIds));
    }

    /** The dataset, or empty when the file has an error (which is then among the problems). */
    @Override
    public Optional<Dataset> map(JsonNode rootNode) {
        JsonPath root = JsonPath.ROOT;
        checks.reportTo(rootProblems);
        if (!rootNode.isObject()) {
            checks.error(root, WORDS.text("dataset.notAnObject", Text.describe(rootNode)));
            all.addAll(rootProblems);
            return Optional.empty();
        }
        ObjectNode file = (ObjectNode) rootNode;
        JsonNode formatNode = file.get("format");
        int version = formatNode != null && formatNode.isTextual() ? version(formatNode.textValue()) : FORMAT_VERSION;
        if (version > FORMAT_VERSION) {
            // A newer version may mean things this one would misread, so nothing else of it is checked or shown.
            checks.reportTo(all);
            checks.error(root.field("format"), WORDS.text("dataset.newerVersion", version, FORMAT_VERSION));
            return Optional.empty();
        }
        Extras extras = checks.keepUnknown(file, root, ROOT_FIELDS);
        String format = checks.optionalText(file, root, "format");
        if (format != null && version < 1) {
            checks.error(root.field("format"), WORDS.text("dataset.format", Text.quote(format), FORMAT));
        }
        String title = checks.requiredText(file, root, "title");
        String summary = checks.optionalText(file, root, "summary");
        String credit = checks.optionalText(file, root, "credit");
        EraStyle eraStyle = eraStyle(checks.optionalText(file, root, "eraStyle"));

        if (eras == null) {
            checkEras(file);
        }
        checks.reportTo(eventProblems);
        List<TimelineEvent> events = takenEvents != null ? takenEvents
                : checks.items(file, root, "events", true, (node, path) -> event(node, path, eventIds, eraIds.keySet()));
        checks.reportTo(seriesProblems);
        Map<String, JsonPath> seriesIds = new HashMap<>();
        List<FigureSeries> series = checks.items(file, root, "series", false, (node, path) -> series(node, path, seriesIds));
        checks.reportTo(translationProblems);
        TranslationsReader translationsReader = new TranslationsReader(checks, events, eventIds.keySet(), eras, series);
        String language = translationsReader.language(file);
        Translations translations = translationsReader.translations(file, language);

        all.addAll(rootProblems);
        all.addAll(eraProblems);
        all.addAll(eventProblems);
        all.addAll(seriesProblems);
        all.addAll(translationProblems);
        if (all.errorCount() > 0) {
            return Optional.empty();
        }
        return Optional.of(new Dataset(title, summary, credit, eras, EventOrder.chronological(events), series,
                eraStyle, extras, language, translations));
    }

    private EraStyle eraStyle(String name) {
        EraStyle style = name == null ? EraStyle.BC_AD : EraStyle.named(name);
        if (style == null) {
            checks.error(JsonPath.ROOT.field("eraStyle"), WORDS.text("dataset.eraStyle", Text.quote(name),
                    EraStyle.BC_AD.jsonName(), EraStyle.BCE_CE.jsonName()));
        }
        return style;
    }

    private Era era(JsonNode node, JsonPath path, Map<String, JsonPath> ids) {
        int errorsBefore = checks.errorCount();
        ObjectNode era = checks.object(node, path, WORDS.text("subject.era"));
        if (era == null) {
            return null;
        }
        Extras extras = checks.keepUnknown(era, path, ERA_FIELDS);
        String id = id(era, path, ids);
        String title = checks.requiredText(era, path, "title");
        String summary = checks.optionalText(era, path, "summary");
        HistoricalDate start = date(era, path, "start", true);
        HistoricalDate end = date(era, path, "end", true);
        checkOrder(start, end, path.field("end"));
        String color = checks.requiredText(era, path, "color");
        if (color != null && !isColor(color)) {
            checks.error(path.field("color"), WORDS.text("era.color", Text.quote(color)));
        }
        return checks.errorCount() > errorsBefore ? null : new Era(id, title, summary, start, end, color, extras);
    }

    private TimelineEvent event(JsonNode node, JsonPath path, Map<String, JsonPath> ids, Set<String> eraIds) {
        int errorsBefore = checks.errorCount();
        ObjectNode event = checks.object(node, path, WORDS.text("subject.event"));
        if (event == null) {
            return null;
        }
        Extras extras = checks.keepUnknown(event, path, EVENT_FIELDS);
        String id = id(event, path, ids);
        HistoricalDate start = date(event, path, "date", true);
        HistoricalDate end = date(event, path, "end", false);
        checkOrder(start, end, path.field("end"));
        String title = checks.requiredText(event, path, "title");
        String text = checks.optionalText(event, path, "text");
        String category = checks.optionalText(event, path, "category");
        String note = checks.optionalText(event, path, "note");
        String display = checks.optionalText(event, path, "display");
        String era = checks.optionalText(event, path, "era");
        if (era != null && !eraIds.contains(era)) {
            checks.error(path.field("era"), WORDS.text("event.era", Text.quote(era)));
        }
        List<Source> sources = checks.items(event, path, "sources", false, this::source);
        List<Place> places = placeReader.places(event, path);
        Picture picture = pictureReader.picture(event, path);
        return checks.errorCount() > errorsBefore ? null
                : new TimelineEvent(id, start, end, title, text, category, era, sources, note, display, places,
                picture, extras);
    }

    private FigureSeries series(JsonNode node, JsonPath path, Map<String, JsonPath> ids) {
        int errorsBefore = checks.errorCount();
        ObjectNode series = checks.object(node, path, WORDS.text("subject.series"));
        if (series == null) {
            return null;
        }
        Extras extras = checks.keepUnknown(series, path, SERIES_FIELDS);
        String id = id(series, path, ids);
        String title = checks.requiredText(series, path, "title");
        String unit = checks.optionalText(series, path, "unit");
        ChartStyle style = style(checks.requiredText(series, path, "style"), path.field("style"));
        JsonNode sourceNode = checks.required(series, path, "source");
        Source source = sourceNode == null ? null : source(sourceNode, path.field("source"));
        Map<Integer, JsonPath> years = new HashMap<>();
        List<FigurePoint> points = checks.items(series, path, "points", true, (p, pointPath) -> point(p, pointPath, years));
        List<Estimate> estimates = new EstimateReader(checks, this::id, this::source).read(series, path);
        return checks.errorCount() > errorsBefore ? null
                : new FigureSeries(id, title, unit, style, source, points, estimates, extras);
    }

    private Source source(JsonNode node, JsonPath path) {
        ObjectNode source = checks.object(node, path, WORDS.text("subject.source"));
        if (source == null) {
            return null;
        }
        Extras extras = checks.keepUnknown(source, path, SOURCE_FIELDS);
        String name = checks.requiredText(source, path, "name");
        String url = checks.requiredText(source, path, "url");
        URI address = url == null ? null : webAddress(url, path.field("url"));
        return name == null || address == null ? null : new Source(name, address, extras);
    }

    private FigurePoint point(JsonNode node, JsonPath path, Map<Integer, JsonPath> years) {
        ObjectNode point = checks.object(node, path, WORDS.text("subject.point"));
        if (point == null) {
            return null;
        }
        Extras extras = checks.keepUnknown(point, path, POINT_FIELDS);
        Integer year = year(point, path, years);
        Double value = value(point, path);
        String note = checks.optionalText(point, path, "note");
        JsonNode highlight = checks.typed(point, path, "highlight", Checks.trueOrFalse(), JsonNode::isBoolean, false);
        JsonNode announced = checks.typed(point, path, "announced", Checks.trueOrFalse(), JsonNode::isBoolean, false);
        return year == null || value == null ? null
                : new FigurePoint(year, value, note, highlight != null && highlight.booleanValue(),
                announced != null && announced.booleanValue(), extras);
    }

    /**
     * A point's year: a whole number for AD ({@code 2007}) or a year written as text in any form a date takes
     * ({@code "500 BC"}, {@code "12 thousand years ago"}), kept as a signed year (-500 for 500 BC).
     */
    private Integer year(ObjectNode point, JsonPath path, Map<Integer, JsonPath> years) {
        JsonNode node = checks.typed(point, path, "year", WORDS.text("type.numberOrText"),
                n -> n.isNumber() || n.isTextual(), true);
        JsonPath yearPath = path.field("year");
        if (node == null) {
            return null;
        }
        Integer year = node.isTextual() ? textYear(node.textValue(), yearPath) : numberYear(node, yearPath);
        if (year == null) {
            return null;
        }
        JsonPath first = years.putIfAbsent(year, path);
        if (first != null) {
            checks.error(yearPath, WORDS.text("point.yearTwice", HistoricalDate.yearText(year, EraStyle.BC_AD), first));
            return null;
        }
        return year;
    }

    private Integer numberYear(JsonNode node, JsonPath yearPath) {
        if (!node.isIntegralNumber()) {
            checks.error(yearPath, WORDS.text("point.yearNotWhole", node.asText()));
            return null;
        }
        if (node.canConvertToInt() && node.intValue() <= 0) {
            checks.error(yearPath, WORDS.text("point.yearNotPositive", node.asText()));
            return null;
        }
        if (!node.canConvertToInt() || node.intValue() > HistoricalDate.LAST_YEAR) {
            checks.error(yearPath, WORDS.text("point.yearOutOfRange", node.asText(), HistoricalDate.LAST_YEAR));
            return null;
        }
        return node.intValue();
    }

    private Integer textYear(String text, JsonPath yearPath) {
        HistoricalDate date;
        try {
            date = HistoricalDate.parse(text);
        } catch (DateTimeException e) {
            checks.error(yearPath, e.getMessage());
            return null;
        }
        if (date.precision().compareTo(DatePrecision.YEAR) > 0 || date.approximate()) {
            checks.error(yearPath, WORDS.text("point.yearOnly"));
            return null;
        }
        if (date.year() < Integer.MIN_VALUE) {
            checks.error(yearPath, WORDS.text("point.yearTooEarly",
                    HistoricalDate.yearText(Integer.MIN_VALUE, EraStyle.BC_AD)));
            return null;
        }
        return (int) date.year();
    }

    private Double value(ObjectNode point, JsonPath path) {
        JsonNode node = checks.typed(point, path, "value", Checks.number(), JsonNode::isNumber, true);
        if (node == null) {
            return null;
        }
        double value = node.doubleValue();
        JsonPath valuePath = path.field("value");
        if (!Double.isFinite(value)) {
            checks.error(valuePath, WORDS.text("point.valueTooLarge"));
            return null;
        }
        if (value < 0) {
            checks.error(valuePath, WORDS.text("point.valueNegative"));
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
                checks.error(path, WORDS.text("series.style", Text.quote(style)));
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
        checks.error(path, WORDS.text("source.url", Text.quote(url)));
        return null;
    }

    /** An id that is required, well formed and not used before in {@code ids} (id to the path that used it). */
    private String id(ObjectNode object, JsonPath path, Map<String, JsonPath> ids) {
        String id = checks.requiredText(object, path, "id");
        JsonPath idPath = path.field("id");
        if (id == null) {
            return null;
        }
        if (!isId(id)) {
            checks.error(idPath, WORDS.text("id.letters", Text.quote(id)));
            return null;
        }
        JsonPath first = ids.putIfAbsent(id, path);
        if (first != null) {
            checks.error(idPath, WORDS.text("id.duplicate", Text.quote(id), first));
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
        String text = required ? checks.requiredText(object, path, name) : checks.optionalText(object, path, name);
        if (text == null) {
            return null;
        }
        try {
            return parseDate(text);
        } catch (DateTimeException e) {
            checks.error(path.field(name), e.getMessage());
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

    /** Compares first days, so that an end "2004-12" after a start "2004-11-07" is fine. */
    private void checkOrder(HistoricalDate start, HistoricalDate end, JsonPath endPath) {
        if (start != null && end != null && end.startsBefore(start)) {
            checks.error(endPath, WORDS.text("end.beforeStart", end, start));
        }
    }


    /** The N of {@code timeline-explorer/N}, or -1 when {@code format} is not written that way. */
    private static int version(String format) {
        String number = format.startsWith(FORMAT_PREFIX) ? format.substring(FORMAT_PREFIX.length()) : "";
        if (number.isEmpty() || number.length() > 9 || !digits(number, 0, number.length()) || number.charAt(0) == '0') {
            return -1;
        }
        return Integer.parseInt(number);
    }
}
