package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.OkabeIto;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.model.Slug;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.model.Translation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app's own spreadsheet layout, written by File → Export → Spreadsheet (CSV) and {@code convert}, and read
 * back: one row per thing, its kind in the {@value #ROW_TYPE} column ({@code title}, {@code era}, {@code event},
 * {@code series}, {@code point}, {@code estimate}), so that the title, the eras, the events and the figures with their
 * estimates travel in one file; a point and an estimate name their series in the Series column. Dates
 * are in separate Year, Month, Day and Time cells (see {@link SheetDate}), which spreadsheet programs leave alone;
 * "c." and BC are written in the Year cell ({@code c. 44 BC}). Each source takes two columns, {@code Source N} and
 * {@code Source N URL}, as many pairs as the event with the most sources needs (three at least); each place three,
 * {@code Place N}, {@code Place N Lat} and {@code Place N Lon} (one at least), see {@link Repeated}. An event's
 * picture is in Picture (a file's path or a web address), Picture Caption, Picture Credit and Picture Alt.
 *
 * <p>Reading builds the native format's tree from the rows and checks it with the native format's own
 * {@link DatasetValidator}, so that a spreadsheet obeys exactly the rules of a JSON file; its problems are then
 * placed by row and column.
 */
final class AppSheet implements Spreadsheet.Layout {

    static final String ROW_TYPE = "Row type";
    private static final List<String> COLUMNS = List.of(ROW_TYPE, "ID", "Year", "Month", "Day", "Time", "End Year",
            "End Month", "End Day", "End Time", "Display Date", "Title", "Text", "Category", "Era", "Note", "Color",
            "Series", "Value", "Low", "High", "Highlight", "Announced", "Unit", "Chart style", "Counts", "Method",
            "Credit", "Era style", "Picture", "Picture Caption", "Picture Credit", "Picture Alt");
    /** An event's picture's columns by its JSON field; the Picture cell holds a file's path or a web address. */
    private static final Map<String, String> PICTURE_COLUMNS = Map.of("file", "Picture", "url", "Picture",
            "caption", "Picture Caption", "credit", "Picture Credit", "alt", "Picture Alt");
    /** The JSON field of each column where the native format names it differently. */
    private static final Map<String, String> COLUMN_OF_FIELD = Map.of("id", "ID", "date", "Year", "start", "Year",
            "end", "End Year", "display", "Display Date", "era", "Era", "style", "Chart style", "highlight",
            "Highlight", "eraStyle", "Era style", "summary", "Text");
    private static final Pattern PATH = Pattern.compile(
            "(eras|events|series)\\[(\\d+)](?:\\.(points|estimates)\\[(\\d+)])?"
            + "(?:\\.(?:(sources|places)\\[(\\d+)]\\.|(source|picture)\\.)?(\\w+))?.*");
    private static final String YES = "yes";
    private static final int ID_LENGTH = 40;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    /** Quotes only the cells that need them (a separator, a quote mark, a line break), as spreadsheets do. */
    private static final CsvMapper WRITER = CsvMapper.builder()
            .enable(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    /** The row each era, event, series, point and estimate of the tree came from, by its place in the tree. */
    private List<Integer> eraRows;
    private List<Integer> eventRows;
    private List<Integer> seriesRows;
    private List<List<Integer>> pointRows;
    private List<List<Integer>> estimateRows;
    private int titleRow;
    /**
     * By row, the column number of each item of an event's list ({@code sources}, {@code places}) where the teacher
     * left earlier columns empty, so that the tree's second place can be the sheet's Place 3.
     */
    private Map<Integer, Map<String, List<Integer>>> itemNumbers;

    // ---- reading ----

    @Override
    public Optional<Dataset> map(Spreadsheet.Header header, Spreadsheet.Rows rows, SheetProblems problems) {
        List<String> unknown = header.names().stream().map(String::strip)
                .filter(name -> !name.isEmpty() && !isKnown(name)).toList();
        if (!unknown.isEmpty()) {
            problems.warning(1, null, "columns Timeline Explorer does not know are ignored: "
                    + String.join(", ", unknown));
        }
        // The events are checked as they are read, never all held in the tree, when the eras they name come before
        // them, as in the files the app writes; a sheet sorted otherwise is read again with the events in the tree.
        SheetProblems firstPass = new SheetProblems();
        Reading reading = new Reading(header, firstPass, true);
        rows.forEach(reading::row);
        if (reading.eraAfterEvents) {
            reading = new Reading(header, problems, false);
            rows.forEach(reading::row);
        } else {
            problems.addAll(firstPass);
        }
        return reading.finish(problems);
    }

    /** One pass over the rows: the native tree built from them, and the native validator checking it. */
    private final class Reading {
        private final Spreadsheet.Header header;
        private final SheetProblems problems;
        private final boolean streaming;
        private final ObjectNode root = NODES.objectNode();
        private final ArrayNode eras;
        private final ArrayNode events;
        private final ArrayNode series = NODES.arrayNode();
        private final Map<String, ObjectNode> seriesById = new HashMap<>();
        private final ProblemList checked = new ProblemList();
        private final DatasetValidator validator = new DatasetValidator(checked);
        /** The languages the sheet has translated columns for. */
        private final Set<String> languages;
        private boolean titled;
        private boolean eventsStarted;
        private boolean eraAfterEvents;

        Reading(Spreadsheet.Header header, SheetProblems problems, boolean streaming) {
            this.header = header;
            this.problems = problems;
            this.streaming = streaming;
            eraRows = new ArrayList<>();
            eventRows = new ArrayList<>();
            seriesRows = new ArrayList<>();
            pointRows = new ArrayList<>();
            estimateRows = new ArrayList<>();
            titleRow = 2;
            itemNumbers = new HashMap<>();
            languages = SheetTranslations.languages(header.names());
            root.put("format", DatasetValidator.FORMAT);
            eras = root.putArray("eras");
            events = root.putArray("events");
        }

        void row(Spreadsheet.Row row) {
            TimelineJsSheet.checkRagged(header, row, problems);
            Cells cells = new Cells(header, row, problems);
            String type = cells.get(ROW_TYPE).toLowerCase(Locale.ROOT);
            switch (type) {
                case "title" -> {
                    if (titled) {
                        problems.error(row.number(), ROW_TYPE, "the file has two title rows (the first is row "
                                + titleRow + ")");
                        return;
                    }
                    titled = true;
                    titleRow = row.number();
                    cells.text(root, "title", "Title");
                    cells.text(root, "summary", "Text");
                    cells.text(root, "credit", "Credit");
                    cells.text(root, "eraStyle", "Era style");
                    cells.text(root, TranslationsReader.LANGUAGE, SheetTranslations.LANGUAGE);
                    translated(cells, language -> language,
                            Map.of("Title", "title", "Text", "summary", "Credit", "credit"), 0);
                }
                case "era" -> {
                    eraAfterEvents |= streaming && eventsStarted;
                    String id = cells.era(eras, eraRows);
                    translated(cells, language -> entry(language, "eras", id),
                            Map.of("Title", "title", "Text", "summary"), 0);
                }
                case "event" -> {
                    if (streaming && !eventsStarted) {
                        validator.takes("events", root);
                    }
                    eventsStarted = true;
                    ObjectNode event = cells.event(eventRows);
                    if (!cells.numbersWithGaps.isEmpty()) {
                        itemNumbers.put(row.number(), cells.numbersWithGaps);
                    }
                    if (event != null) {
                        translated(cells, language -> entry(language, "events", event.get("id").textValue()),
                                Map.of("Title", "title", "Text", "text", "Note", "note",
                                        "Picture Caption", "picture.caption", "Picture Alt", "picture.alt"),
                                event.has("places") ? event.get("places").size() : 0);
                        if (event.has("category")) {
                            translated(cells, language -> SheetTranslations.child(language, "categories"),
                                    Map.of("Category", event.get("category").textValue()), 0);
                        }
                        if (streaming) {
                            validator.item(event, eventRows.size() - 1);
                        } else {
                            events.add(event);
                        }
                    }
                }
                case "series" -> {
                    ObjectNode added = cells.series(series, seriesRows);
                    translated(cells, language -> entry(language, "series", cells.get("ID")),
                            Map.of("Title", "title", "Unit", "unit"), 0);
                    pointRows.add(new ArrayList<>());
                    estimateRows.add(new ArrayList<>());
                    seriesById.putIfAbsent(cells.get("ID"), added);
                }
                case "point" -> {
                    ObjectNode owner = owner(cells, row, "point");
                    if (owner != null) {
                        cells.point((ArrayNode) owner.get("points"), pointRows.get(seriesIndex(owner)));
                        translated(cells, language -> SheetTranslations.child(
                                entry(language, "series", cells.get("Series")), "points"),
                                Map.of("Note", cells.get("Year")), 0);
                    }
                }
                case "estimate" -> {
                    ObjectNode owner = owner(cells, row, "estimate");
                    if (owner != null) {
                        cells.estimate(owner, estimateRows.get(seriesIndex(owner)));
                        translated(cells, language -> SheetTranslations.child(SheetTranslations.child(
                                entry(language, "series", cells.get("Series")), EstimateReader.FIELD), cells.get("ID")),
                                Map.of("Title", "title", "Counts", "counts", "Method", "method", "Note", "note"), 0);
                    }
                }
                default -> problems.error(row.number(), ROW_TYPE, (type.isEmpty() ? "the row type is missing"
                        : "row type " + Text.quote(type) + " is not known") + ": write title, era, event, series, "
                        + "point or estimate");
            }
        }

        /**
         * The row's translated cells into the tree's translations, where {@code into} finds the object they go into
         * from a language's; nothing when the sheet has no translated columns.
         */
        private void translated(Cells cells, UnaryOperator<ObjectNode> into, Map<String, String> fields,
                                int placeCount) {
            if (!languages.isEmpty()) {
                SheetTranslations.read(root, languages, cells::get, into, fields, placeCount);
            }
        }

        /** The object of {@code id} in the language's {@code part} ({@code eras}, {@code events}, {@code series}). */
        private static ObjectNode entry(ObjectNode language, String part, String id) {
            return SheetTranslations.child(SheetTranslations.child(language, part), id);
        }

        /** The series a point or estimate row names in its Series column, or null when none came before (told). */
        private ObjectNode owner(Cells cells, Spreadsheet.Row row, String kind) {
            String id = cells.get("Series");
            ObjectNode owner = seriesById.get(id);
            if (owner == null) {
                problems.error(row.number(), "Series", id.isEmpty() ? "a " + kind + " names its series' ID"
                        : "series " + Text.quote(id) + " has no series row before this " + kind);
            }
            return owner;
        }

        private int seriesIndex(ObjectNode owner) {
            return seriesRows.indexOf(owner.get("row").intValue());
        }

        Optional<Dataset> finish(SheetProblems into) {
            if (!titled) {
                into.error(2, ROW_TYPE, "the file has no title row (Row type \"title\"), which names the timeline");
            }
            for (int i = 0; i < series.size(); i++) {
                ((ObjectNode) series.get(i)).remove("row");
            }
            if (!series.isEmpty()) {
                root.set("series", series);
            }
            // Checked even after a cell's error, so that one reading lists every problem; that cell's row is out.
            Optional<Dataset> dataset = validator.map(root);
            for (Problem problem : checked.toList()) {
                place(problem, into);
            }
            return dataset;
        }
    }

    private static boolean isKnown(String name) {
        return COLUMNS.stream().anyMatch(c -> c.equalsIgnoreCase(name))
                || Repeated.ALL.stream().anyMatch(group -> group.names(name))
                || name.equalsIgnoreCase(SheetTranslations.LANGUAGE) || SheetTranslations.isTranslated(name);
    }

    /**
     * The columns repeated for each item of an event's list, numbered from the second item on ({@code Source},
     * {@code Source URL}, {@code Source 2}, {@code Source 2 URL}, …), as many as the event with the most items needs;
     * a series and an estimate take their one source in the first source columns.
     *
     * @param itemFields the JSON fields of one item, each in the column of the same place in {@code suffixes}
     * @param numbers    whether the fields after the name are numbers
     */
    private record Repeated(String label, String field, int atLeast, Function<TimelineEvent, List<?>> items,
                            List<String> itemFields, List<String> suffixes, boolean numbers) {

        static final Repeated SOURCES = new Repeated("Source", "sources", 3, TimelineEvent::sources,
                List.of("name", "url"), List.of("", " URL"), false);
        static final Repeated PLACES = new Repeated("Place", "places", 1, TimelineEvent::places,
                List.of("name", "lat", "lon"), List.of("", " Lat", " Lon"), true);
        static final List<Repeated> ALL = List.of(SOURCES, PLACES);

        static Repeated ofField(String field) {
            return ALL.stream().filter(group -> group.field.equals(field)).findFirst().orElseThrow();
        }

        boolean names(String column) {
            return Pattern.matches("(?i)" + label + "(?: \\d+)?(?:" + String.join("|", suffixes) + ")", column);
        }

        /** The column of the item's field, the first item being number 1. */
        String column(int n, String itemField) {
            return label + (n == 1 ? "" : " " + n) + suffixes.get(itemFields.indexOf(itemField));
        }

        boolean inHeader(Spreadsheet.Header header, int n) {
            return itemFields.stream().anyMatch(itemField -> header.has(column(n, itemField)));
        }

        /** How many items the columns must hold for every event of the dataset. */
        int count(Dataset dataset) {
            return Math.max(atLeast, dataset.events().stream().mapToInt(e -> items.apply(e).size()).max().orElse(0));
        }

        /** The columns of {@code count} items, in order. */
        List<String> columns(int count) {
            List<String> columns = new ArrayList<>();
            for (int n = 1; n <= count; n++) {
                for (String itemField : itemFields) {
                    columns.add(column(n, itemField));
                }
            }
            return columns;
        }
    }

    /** A problem of the native checks, told by the row and column its value came from. */
    private void place(Problem problem, SheetProblems problems) {
        Matcher m = PATH.matcher(problem.path());
        int row;
        String column;
        if (m.matches()) {
            int index = Integer.parseInt(m.group(2));
            row = switch (m.group(1)) {
                case "eras" -> eraRows.get(index);
                case "events" -> eventRows.get(index);
                default -> m.group(3) == null ? seriesRows.get(index)
                        : (m.group(3).equals("points") ? pointRows : estimateRows).get(index)
                                .get(Integer.parseInt(m.group(4)));
            };
            String list = m.group(5) != null ? m.group(5) : m.group(7);
            Integer n = m.group(6) == null ? null : itemNumbers.getOrDefault(row, Map.of())
                    .getOrDefault(list, List.of()).stream().skip(Integer.parseInt(m.group(6))).findFirst()
                    .orElse(Integer.parseInt(m.group(6)) + 1);
            column = columnOf(m.group(8), list, n);
        } else {
            row = titleRow;
            // A root field's path is its name ("title"); the whole file's is "$".
            String field = problem.path().equals(Problem.WHOLE_FILE) ? "" : problem.path();
            column = field.isEmpty() ? null : columnOf(field, null, null);
        }
        if (problem.isError()) {
            problems.error(row, column, problem.message());
        } else {
            problems.warning(row, column, problem.message());
        }
    }

    /**
     * The column of a field, or of a field of an item of {@code list} ({@code sources}, {@code places}, or a series'
     * one {@code source}) in the columns numbered {@code n} (none for the one source).
     */
    private static String columnOf(String field, String list, Integer n) {
        if (field == null) {
            return null;
        }
        if ("picture".equals(list)) {
            return PICTURE_COLUMNS.getOrDefault(field, "Picture");
        }
        if (list != null) {
            return Repeated.ofField(list.equals("source") ? "sources" : list).column(n == null ? 1 : n, field);
        }
        String column = COLUMN_OF_FIELD.get(field);
        return column != null ? column : Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    /** One row's cells by column name, turned into the native format's values. */
    private static final class Cells {
        private final Spreadsheet.Header header;
        private final Spreadsheet.Row row;
        private final SheetProblems problems;
        private boolean failed;
        /** The column number of each item of a list read, where it is not the item's place in the list. */
        final Map<String, List<Integer>> numbersWithGaps = new HashMap<>();

        Cells(Spreadsheet.Header header, Spreadsheet.Row row, SheetProblems problems) {
            this.header = header;
            this.row = row;
            this.problems = problems;
        }

        String get(String column) {
            return row.cell(header.column(column));
        }

        void text(ObjectNode into, String field, String column) {
            String value = get(column);
            if (!value.isEmpty()) {
                into.put(field, value);
            }
        }

        /** Adds the row's era, and gives its id. */
        String era(ArrayNode eras, List<Integer> rows) {
            ObjectNode era = NODES.objectNode();
            id(era, "era");
            text(era, "title", "Title");
            text(era, "summary", "Text");
            date(era, "start", SheetDate.Columns.START);
            date(era, "end", SheetDate.Columns.END);
            text(era, "color", "Color");
            if (!era.has("color")) {
                // A teacher adding an era in her spreadsheet need not know the palette: the next colour of it.
                era.put("color", OkabeIto.ERA_COLOURS.get(eras.size() % OkabeIto.ERA_COLOURS.size()));
            }
            add(eras, era, rows);
            return era.get("id").textValue();
        }

        /** The event's tree, or null when a cell of it was wrong (reported already). */
        ObjectNode event(List<Integer> rows) {
            ObjectNode event = NODES.objectNode();
            id(event, "event");
            date(event, "date", SheetDate.Columns.START);
            date(event, "end", SheetDate.Columns.END);
            text(event, "display", "Display Date");
            text(event, "title", "Title");
            text(event, "text", "Text");
            text(event, "category", "Category");
            text(event, "era", "Era");
            items(event, Repeated.SOURCES);
            text(event, "note", "Note");
            items(event, Repeated.PLACES);
            picture(event);
            if (failed) {
                return null;
            }
            rows.add(row.number());
            return event;
        }

        /** The event's picture from its four cells, when any has something. */
        void picture(ObjectNode event) {
            ObjectNode picture = NODES.objectNode();
            String where = get("Picture");
            if (!where.isEmpty()) {
                boolean web = where.regionMatches(true, 0, "http://", 0, 7)
                        || where.regionMatches(true, 0, "https://", 0, 8);
                picture.put(web ? "url" : "file", where);
            }
            text(picture, "caption", "Picture Caption");
            text(picture, "credit", "Picture Credit");
            text(picture, "alt", "Picture Alt");
            if (!picture.isEmpty()) {
                event.set("picture", picture);
            }
        }

        ObjectNode series(ArrayNode series, List<Integer> rows) {
            ObjectNode one = withIdAndTitle();
            text(one, "unit", "Unit");
            text(one, "style", "Chart style");
            theSource(one);
            one.putArray("points");
            one.put("row", row.number());
            rows.add(row.number());
            series.add(one);
            return one;
        }

        void point(ArrayNode points, List<Integer> rows) {
            ObjectNode point = NODES.objectNode();
            String yearCell = get("Year");
            if (yearCell.isEmpty()) {
                problems.error(row.number(), "Year", "a point needs its year");
                return;
            }
            try {
                HistoricalDate year = SheetDate.year(yearCell, "Year");
                if (year.year() > 0 && !year.approximate() && !year.precision().isYearsAgo()) {
                    point.put("year", year.year());
                } else {
                    point.put("year", year.toIsoString());
                }
            } catch (SheetDate.CellException e) {
                problems.error(row.number(), e.column(), e.getMessage());
                return;
            }
            if (get("Value").isEmpty()) {
                problems.error(row.number(), "Value", "a point needs its value");
                return;
            }
            number(point, "value", "Value");
            text(point, "note", "Note");
            yesOrNo(point, "highlight", "Highlight");
            yesOrNo(point, "announced", "Announced");
            add(points, point, rows);
        }

        /** An estimate of the series, unless a cell of it was wrong; the native checks ask for what is missing. */
        void estimate(ObjectNode series, List<Integer> rows) {
            ObjectNode estimate = withIdAndTitle();
            number(estimate, "value", "Value");
            number(estimate, "low", "Low");
            number(estimate, "high", "High");
            date(estimate, "start", SheetDate.Columns.START);
            date(estimate, "end", SheetDate.Columns.END);
            text(estimate, "counts", "Counts");
            text(estimate, "method", "Method");
            theSource(estimate);
            text(estimate, "note", "Note");
            ArrayNode estimates = series.has(EstimateReader.FIELD) ? (ArrayNode) series.get(EstimateReader.FIELD)
                    : series.putArray(EstimateReader.FIELD);
            add(estimates, estimate, rows);
        }

        /** A number cell, commas of thousands allowed; an empty cell leaves the field out. */
        private void number(ObjectNode into, String field, String column) {
            String value = get(column);
            if (value.isEmpty()) {
                return;
            }
            try {
                into.put(field, new BigDecimal(value.replace(",", "")));
            } catch (NumberFormatException e) {
                problems.error(row.number(), column, Text.quote(value) + " is not a number");
                failed = true;
            }
        }

        /** A yes/no cell as true or false; an empty cell leaves the field out. */
        private void yesOrNo(ObjectNode into, String field, String column) {
            String cell = get(column).toLowerCase(Locale.ROOT);
            if (cell.isEmpty()) {
                return;
            }
            if (!cell.equals(YES) && !cell.equals("no")) {
                problems.error(row.number(), column, "write yes or no, or leave it empty");
                failed = true;
                return;
            }
            into.put(field, cell.equals(YES));
        }

        /**
         * A tree with the ID and Title cells as written, for a series or an estimate: the native checks ask for an
         * empty one, as no ID is made up for them (points and estimates name a series by the ID its row gives).
         */
        private ObjectNode withIdAndTitle() {
            ObjectNode item = NODES.objectNode();
            text(item, "id", "ID");
            text(item, "title", "Title");
            return item;
        }

        /** The ID cell; where a teacher left it empty, one made of the title and the row's number. */
        private void id(ObjectNode into, String kind) {
            String id = get("ID");
            into.put("id", !id.isEmpty() ? id : Slug.of(get("Title"), ID_LENGTH, kind) + "-" + row.number());
        }

        /** The one source of a series or an estimate, in the first pair of source columns. */
        private void theSource(ObjectNode into) {
            ArrayNode source = NODES.arrayNode();
            item(source, Repeated.SOURCES, 1);
            if (!source.isEmpty()) {
                into.set("source", source.get(0));
            }
        }

        /** The event's list of the group's items, from as many of its numbered columns as the header has. */
        private void items(ObjectNode event, Repeated group) {
            ArrayNode items = NODES.arrayNode();
            List<Integer> numbers = new ArrayList<>();
            for (int n = 1; group.inHeader(header, n); n++) {
                if (item(items, group, n)) {
                    numbers.add(n);
                }
            }
            if (!items.isEmpty()) {
                event.set(group.field, items);
            }
            if (!numbers.isEmpty() && numbers.get(numbers.size() - 1) != numbers.size()) {
                numbersWithGaps.put(group.field, numbers);
            }
        }

        /**
         * Item {@code n} of the group, left out (false) when all its cells are empty; the native checks ask for what
         * the others miss.
         */
        private boolean item(ArrayNode items, Repeated group, int n) {
            if (group.itemFields.stream().allMatch(field -> get(group.column(n, field)).isEmpty())) {
                return false;
            }
            ObjectNode item = items.addObject();
            for (String field : group.itemFields) {
                String column = group.column(n, field);
                if (group.numbers && !field.equals("name")) {
                    number(item, field, column);
                } else {
                    text(item, field, column);
                }
            }
            return true;
        }

        private void date(ObjectNode into, String field, SheetDate.Columns columns) {
            try {
                HistoricalDate date = SheetDate.read(get(columns.year()), get(columns.month()), get(columns.day()),
                        get(columns.time()), columns);
                if (date != null) {
                    into.put(field, SheetDate.isoText(date));
                }
            } catch (SheetDate.CellException e) {
                problems.error(row.number(), e.column(), e.getMessage());
                failed = true;
            }
        }

        /** Adds the item unless a cell of it was wrong already: the native checks would only repeat that. */
        private void add(ArrayNode list, ObjectNode item, List<Integer> rows) {
            if (!failed) {
                list.add(item);
                rows.add(row.number());
            }
        }
    }

    // ---- writing ----

    /** The dataset in this layout, UTF-8 with a byte order mark, by which Excel knows the encoding. */
    static byte[] bytes(Dataset dataset) {
        List<String> header = new ArrayList<>(COLUMNS);
        for (Repeated group : Repeated.ALL) {
            header.addAll(group.columns(group.count(dataset)));
        }
        header.addAll(SheetTranslations.columns(dataset));
        Map<String, Integer> at = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            at.put(header.get(i), i);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024 + dataset.events().size() * 200);
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
             SequenceWriter rows = WRITER.writerFor(String[].class)
                     .with(CsvSchema.emptySchema().withLineSeparator("\r\n")).writeValues(text)) {
            rows.write(header.toArray(String[]::new));
            Line title = new Line(at).set(ROW_TYPE, "title").set("Title", dataset.title())
                    .set("Text", dataset.summary()).set("Credit", dataset.credit());
            if (dataset.eraStyle() != EraStyle.BC_AD) {
                title.set("Era style", dataset.eraStyle().jsonName());
            }
            if (at.containsKey(SheetTranslations.LANGUAGE)) {
                title.set(SheetTranslations.LANGUAGE, dataset.language());
            }
            SheetTranslations.fill(dataset, title::set, (t, texts) -> texts.put("Title", t.title())
                    .put("Text", t.summary()).put("Credit", t.credit()));
            rows.write(title.cells);
            for (Era era : dataset.eras()) {
                Line line = new Line(at).set(ROW_TYPE, "era").set("ID", era.id())
                        .dates(era.start(), era.end()).set("Title", era.title()).set("Text", era.summary())
                        .set("Color", era.color());
                SheetTranslations.fill(dataset, line::set, (t, texts) -> texts.put("Title", t.era(era.id()).title())
                        .put("Text", t.era(era.id()).summary()));
                rows.write(line.cells);
            }
            for (TimelineEvent event : dataset.events()) {
                Line line = new Line(at).set(ROW_TYPE, "event").set("ID", event.id())
                        .dates(event.start(), event.end()).set("Display Date", event.display())
                        .set("Title", event.title()).set("Text", event.text()).set("Category", event.category())
                        .set("Era", event.eraId()).set("Note", event.note());
                for (int i = 0; i < event.sources().size(); i++) {
                    line.source(i + 1, event.sources().get(i));
                }
                for (int i = 0; i < event.places().size(); i++) {
                    line.place(i + 1, event.places().get(i));
                }
                Picture picture = event.picture();
                if (picture != null) {
                    line.set("Picture", picture.isWeb() ? picture.url().toString() : picture.file())
                            .set("Picture Caption", picture.caption()).set("Picture Credit", picture.credit())
                            .set("Picture Alt", picture.alt());
                }
                SheetTranslations.fill(dataset, line::set, (t, texts) -> {
                    Translation.EventText words = t.event(event.id());
                    texts.put("Title", words.title()).put("Text", words.text()).put("Note", words.note())
                            .put("Category", t.categories().get(event.category()))
                            .places(words.places().subList(0, Math.min(words.places().size(), event.places().size())));
                    if (picture != null) {
                        texts.put("Picture Caption", words.caption()).put("Picture Alt", words.alt());
                    }
                });
                rows.write(line.cells);
            }
            for (FigureSeries series : dataset.series()) {
                Line seriesLine = new Line(at).set(ROW_TYPE, "series").set("ID", series.id())
                        .set("Title", series.title()).set("Unit", series.unit())
                        .set("Chart style", series.style().name().toLowerCase(Locale.ROOT))
                        .source(1, series.source());
                SheetTranslations.fill(dataset, seriesLine::set, (t, texts) -> texts
                        .put("Title", t.series(series.id()).title()).put("Unit", t.series(series.id()).unit()));
                rows.write(seriesLine.cells);
                for (FigurePoint point : series.points()) {
                    Line line = new Line(at).set(ROW_TYPE, "point").set("Series", series.id())
                            .set("Year", HistoricalDate.yearText(point.year(), EraStyle.BC_AD))
                            .set("Value", number(point.value())).set("Note", point.note())
                            .set("Highlight", point.highlighted() ? YES : "")
                            .set("Announced", point.announced() ? YES : "");
                    SheetTranslations.fill(dataset, line::set, (t, texts) -> texts
                            .put("Note", t.series(series.id()).points().get(point.year())));
                    rows.write(line.cells);
                }
                for (Estimate estimate : series.estimates()) {
                    Line line = new Line(at).set(ROW_TYPE, "estimate").set("Series", series.id())
                            .set("ID", estimate.id()).dates(estimate.start(), estimate.end())
                            .set("Title", estimate.title()).set("Value", number(estimate.value()))
                            .set("Low", estimate.hasRange() ? number(estimate.low()) : "")
                            .set("High", estimate.hasRange() ? number(estimate.high()) : "")
                            .set("Counts", estimate.counts()).set("Method", estimate.method())
                            .source(1, estimate.source()).set("Note", estimate.note());
                    SheetTranslations.fill(dataset, line::set, (t, texts) -> {
                        Translation.EstimateText words = t.series(series.id()).estimates()
                                .getOrDefault(estimate.id(), Translation.EstimateText.NONE);
                        texts.put("Title", words.title()).put("Counts", words.counts())
                                .put("Method", words.method()).put("Note", words.note());
                    });
                    rows.write(line.cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        return out.toByteArray();
    }

    /** A plain decimal, never with an exponent, which some spreadsheet programs would take for text. */
    private static String number(double value) {
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** One row being written, its cells placed by column name. */
    private static final class Line {
        /** Each column's place in the row, by its name. */
        private final Map<String, Integer> at;
        final String[] cells;

        Line(Map<String, Integer> at) {
            this.at = at;
            cells = new String[at.size()];
            Arrays.fill(cells, "");
        }

        Line set(String column, String value) {
            cells[at.get(column)] = value == null ? "" : value;
            return this;
        }

        Line dates(HistoricalDate start, HistoricalDate end) {
            System.arraycopy(SheetDate.cells(start), 0, cells, at.get("Year"), 4);
            System.arraycopy(SheetDate.cells(end), 0, cells, at.get("End Year"), 4);
            return this;
        }

        Line source(int n, Source source) {
            return set(Repeated.SOURCES.column(n, "name"), source.name())
                    .set(Repeated.SOURCES.column(n, "url"), source.url().toString());
        }

        Line place(int n, Place place) {
            return set(Repeated.PLACES.column(n, "name"), place.name())
                    .set(Repeated.PLACES.column(n, "lat"), number(place.lat()))
                    .set(Repeated.PLACES.column(n, "lon"), number(place.lon()));
        }
    }
}
