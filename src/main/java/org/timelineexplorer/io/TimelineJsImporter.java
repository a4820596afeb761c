package org.timelineexplorer.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a file in <a href="https://timeline.knightlab.com/docs/json-format.html">TimelineJS's JSON format</a> as a
 * dataset, so that a teacher's existing TimelineJS timeline opens directly.
 *
 * <p>What is kept: the title slide's headline and text (as the dataset's title and summary); each event's
 * {@code start_date} and {@code end_date} at the precision their fields give (a year alone is a year, year and month
 * a month, year, month and day a day); {@code text.headline} and {@code text.text} (HTML reduced to plain text);
 * {@code group} as the category; {@code media.url} as a source link; {@code eras} as eras, coloured in turn from a
 * palette that colour-blind readers can tell apart. Events get ids made of their headline and position
 * ({@code fall-of-baghdad-3}), so the same file always gives the same ids.
 *
 * <p>Everything else (times of day, {@code display_date}, backgrounds, non-link media, unknown fields) is reported as
 * a {@linkplain Problem.Severity#WARNING warning} naming its JSON path and line, never dropped silently. Problems that leave an event without a date or a
 * title are errors: the file then does not open.
 */
public final class TimelineJsImporter {

    /** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies. */
    private static final List<String> ERA_COLOURS =
            List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#999999");

    private static final Set<String> ROOT_FIELDS = Set.of("title", "events", "eras", "scale");
    private static final Set<String> SLIDE_FIELDS =
            Set.of("start_date", "end_date", "text", "group", "display_date", "media", "unique_id");
    private static final Set<String> DATE_FIELDS =
            Set.of("year", "month", "day", "hour", "minute", "second", "millisecond", "display_date", "format");
    private static final Set<String> TEXT_FIELDS = Set.of("headline", "text");
    private static final Set<String> MEDIA_FIELDS = Set.of("url", "caption", "credit", "thumbnail", "alt", "title", "link",
            "link_target");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final List<Problem> issues = new ArrayList<>();
    private final Map<String, JsonLocation> locations;

    private TimelineJsImporter(Map<String, JsonLocation> locations) {
        this.locations = locations;
    }

    /**
     * True when {@code root} has TimelineJS's shape: an {@code events} list whose entries have a
     * {@code start_date} object, or a {@code title} that is an object (a title slide) rather than text.
     */
    public static boolean looksLikeTimelineJs(JsonNode root) {
        if (root == null || !root.isObject() || root.has("format")) {
            return false;
        }
        if (root.path("title").isObject()) {
            return true;
        }
        JsonNode events = root.path("events");
        if (!events.isArray() || events.isEmpty()) {
            return false;
        }
        for (JsonNode event : events) {
            if (event.path("start_date").isObject()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Imports a file. Problems come as {@link Problem}s: errors when the file cannot open, warnings for what was left
     * out; an unreadable file or broken JSON is an error rather than an exception.
     */
    public static LoadResult read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return LoadResult.failed(file.toString(), new Problem(Problem.Severity.ERROR, 0, 0, Problem.WHOLE_FILE,
                    "the file cannot be read: " + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName())));
        }
        String fallbackTitle = Optional.ofNullable(file.getFileName()).map(Path::toString)
                .map(n -> n.replaceFirst("(?i)\\.json$", "")).orElse("Imported timeline");
        return read(text, file.toString(), fallbackTitle);
    }

    /**
     * Imports JSON text.
     *
     * @param source        what to call the file in the result
     * @param fallbackTitle the dataset's title when the file has no title slide, usually the file's name
     */
    public static LoadResult read(String json, String source, String fallbackTitle) {
        JsonNode root;
        Map<String, JsonLocation> locations;
        try {
            root = MAPPER.readTree(json);
            locations = locate(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            return LoadResult.failed(source, new Problem(Problem.Severity.ERROR,
                    at == null ? 0 : Math.max(0, at.getLineNr()), at == null ? 0 : Math.max(0, at.getColumnNr()),
                    Problem.WHOLE_FILE, "this is not valid JSON: " + e.getOriginalMessage()));
        }
        TimelineJsImporter importer = new TimelineJsImporter(locations);
        Dataset dataset = importer.convert(root, fallbackTitle);
        boolean failed = dataset == null || importer.issues.stream().anyMatch(Problem::isError);
        return new LoadResult(source, failed ? null : dataset, importer.issues);
    }

    private Dataset convert(JsonNode root, String fallbackTitle) {
        if (root == null || !root.isObject()) {
            error("$", "a TimelineJS file is an object with an \"events\" list");
            return null;
        }
        unknownFields(root, "", ROOT_FIELDS);
        if (root.has("scale") && !"human".equals(root.path("scale").asText())) {
            warning("scale", "only \"human\" dates (years 1 to 9999) are supported; \"" + root.path("scale").asText()
                    + "\" is ignored");
        }
        String title = fallbackTitle;
        String summary = "";
        JsonNode slide = root.path("title");
        if (slide.isObject()) {
            unknownFields(slide, "title", Set.of("text", "media", "unique_id"));
            title = plain(slide.path("text").path("headline").asText("")).strip();
            if (title.isEmpty()) {
                title = fallbackTitle;
            }
            summary = plain(slide.path("text").path("text").asText(""));
            if (slide.has("media")) {
                warning("title.media", "the title slide's media is not shown");
            }
        } else if (slide.isTextual()) {
            title = slide.asText().isBlank() ? fallbackTitle : plain(slide.asText());
        }

        List<Era> eras = new ArrayList<>();
        JsonNode eraNodes = root.path("eras");
        if (eraNodes.isArray()) {
            for (int i = 0; i < eraNodes.size(); i++) {
                era(eraNodes.get(i), "eras[" + i + "]", i).ifPresent(eras::add);
            }
        } else if (!eraNodes.isMissingNode()) {
            warning("eras", "\"eras\" should be a list; ignored");
        }

        List<TimelineEvent> events = new ArrayList<>();
        JsonNode eventNodes = root.path("events");
        if (!eventNodes.isArray()) {
            error(eventNodes.isMissingNode() ? "$" : "events", "a TimelineJS file needs an \"events\" list");
        } else {
            for (int i = 0; i < eventNodes.size(); i++) {
                event(eventNodes.get(i), "events[" + i + "]", i, eras).ifPresent(events::add);
            }
        }
        return new Dataset(title, summary, "", eras, events, List.of());
    }

    private Optional<Era> era(JsonNode node, String path, int index) {
        if (!node.isObject()) {
            error(path, "an era is an object with start_date, end_date and text");
            return Optional.empty();
        }
        unknownFields(node, path, Set.of("start_date", "end_date", "text", "unique_id"));
        Optional<HistoricalDate> start = date(node.path("start_date"), path + ".start_date", true);
        Optional<HistoricalDate> end = date(node.path("end_date"), path + ".end_date", true);
        String headline = plain(node.path("text").path("headline").asText("")).strip();
        if (headline.isEmpty()) {
            headline = "Era " + (index + 1);
            warning(path + ".text.headline", "the era has no headline; it is called \"" + headline + "\"");
        }
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (end.get().lastDay().isBefore(start.get().firstDay())) {
            error(path + ".end_date", "the era ends (" + end.get() + ") before it starts (" + start.get() + ")");
            return Optional.empty();
        }
        return Optional.of(new Era(slug(headline) + "-" + (index + 1), headline,
                plain(node.path("text").path("text").asText("")), start.get(), end.get(),
                ERA_COLOURS.get(index % ERA_COLOURS.size())));
    }

    private Optional<TimelineEvent> event(JsonNode node, String path, int index, List<Era> eras) {
        if (!node.isObject()) {
            error(path, "an event is an object with a start_date and a text");
            return Optional.empty();
        }
        unknownFields(node, path, SLIDE_FIELDS);
        Optional<HistoricalDate> start = date(node.path("start_date"), path + ".start_date", true);
        Optional<HistoricalDate> end = node.has("end_date")
                ? date(node.path("end_date"), path + ".end_date", false) : Optional.empty();
        if (start.isPresent() && end.isPresent() && end.get().lastDay().isBefore(start.get().firstDay())) {
            warning(path + ".end_date", "the end (" + end.get() + ") is before the start (" + start.get()
                    + "); the end is left out");
            end = Optional.empty();
        }
        if (start.isPresent() && end.isPresent() && end.get().equals(start.get())) {
            end = Optional.empty();
        }
        JsonNode text = node.path("text");
        if (text.isObject()) {
            unknownFields(text, path + ".text", TEXT_FIELDS);
        }
        String body = plain(text.path("text").asText(""));
        String headline = plain(text.path("headline").asText("")).strip();
        if (headline.isEmpty()) {
            String words = firstWords(body);
            if (words.isEmpty()) {
                error(path + ".text.headline", "the event has neither a headline nor a text");
                return Optional.empty();
            }
            headline = words;
            warning(path + ".text.headline", "the event has no headline; its text's first words are used");
        }
        if (node.has("display_date")) {
            warning(path + ".display_date", "display_date \"" + node.path("display_date").asText()
                    + "\" is not shown; the date is shown from start_date at its precision");
        }
        List<Source> sources = new ArrayList<>();
        JsonNode media = node.path("media");
        if (media.isObject()) {
            media(media, path + ".media").ifPresent(sources::add);
        } else if (!media.isMissingNode()) {
            warning(path + ".media", "media should be an object with a url; ignored");
        }
        if (start.isEmpty()) {
            return Optional.empty();
        }
        HistoricalDate first = start.get();
        String eraId = eras.stream().filter(e -> e.range().contains(TimeRange.covering(first, first).start()))
                .map(Era::id).findFirst().orElse(null);
        String category = node.path("group").isValueNode() ? node.path("group").asText("").strip() : "";
        return Optional.of(new TimelineEvent(slug(headline) + "-" + (index + 1), first, end.orElse(null), headline,
                body, category, eraId, sources, null));
    }

    private Optional<Source> media(JsonNode media, String path) {
        unknownFields(media, path, MEDIA_FIELDS);
        for (String shown : List.of("thumbnail", "alt", "title", "link", "link_target")) {
            if (media.has(shown)) {
                warning(path + "." + shown, "media " + shown + " is not shown");
            }
        }
        String url = media.path("url").asText("").strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (!url.matches("(?i)https?://\\S+")) {
            warning(path + ".url", "only web links (http:// or https://) are kept as sources; this media is left out");
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String name = plain(media.path("credit").asText("")).strip();
            if (name.isEmpty()) {
                name = plain(media.path("caption").asText("")).strip();
            }
            if (name.isEmpty()) {
                name = Optional.ofNullable(uri.getHost()).map(h -> h.replaceFirst("^www\\.", "")).orElse(url);
            }
            return Optional.of(new Source(name, uri));
        } catch (java.net.URISyntaxException e) {
            warning(path + ".url", "\"" + url + "\" is not a valid web address; left out");
            return Optional.empty();
        }
    }

    /**
     * A TimelineJS date object: {@code year} required, {@code month} and {@code day} optional, each a number or a
     * string of digits. Times of day are dropped with a warning.
     */
    private Optional<HistoricalDate> date(JsonNode node, String path, boolean required) {
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                error(path, "a date is missing");
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            error(path, "a date is an object such as {\"year\": \"2003\", \"month\": \"3\", \"day\": \"20\"}");
            return Optional.empty();
        }
        unknownFields(node, path, DATE_FIELDS);
        for (String part : List.of("hour", "minute", "second", "millisecond")) {
            if (present(node.path(part))) {
                warning(path + "." + part, "times of day are not kept; the date is kept to the day");
            }
        }
        if (present(node.path("display_date"))) {
            warning(path + ".display_date", "display_date is not shown; the date is shown at its precision");
        }
        if (node.has("format")) {
            warning(path + ".format", "date formats are not used; dates are shown in the reader's language");
        }
        Integer year = number(node.path("year"), path + ".year");
        Integer month = number(node.path("month"), path + ".month");
        Integer day = number(node.path("day"), path + ".day");
        if (year == null) {
            if (!present(node.path("year"))) {
                error(path + ".year", "the year is missing");
            }
            return Optional.empty();
        }
        if (year < 1) {
            error(path + ".year", "years before 1 AD are not supported (got " + year + ")");
            return Optional.empty();
        }
        try {
            if (month == null) {
                if (day != null) {
                    warning(path + ".day", "a day without a month is ignored; the date is the year " + year);
                }
                return Optional.of(HistoricalDate.ofYear(year));
            }
            if (day == null) {
                return Optional.of(HistoricalDate.ofMonth(year, month));
            }
            return Optional.of(HistoricalDate.ofDay(year, month, day));
        } catch (DateTimeException e) {
            error(path, e.getMessage());
            return Optional.empty();
        }
    }

    private static boolean present(JsonNode value) {
        return !value.isMissingNode() && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
    }

    /** A whole number written as a number or as digits in a string; blank means absent. */
    private Integer number(JsonNode value, String path) {
        if (!present(value)) {
            return null;
        }
        if (value.isIntegralNumber()) {
            return value.asInt();
        }
        String text = value.asText().strip();
        if (text.matches("-?\\d{1,9}")) {
            return Integer.parseInt(text);
        }
        error(path, "\"" + value.asText() + "\" is not a whole number");
        return null;
    }

    private void unknownFields(JsonNode node, String path, Set<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                String at = path.isEmpty() ? name : path + "." + name;
                warning(at, name.equals("background") ? "backgrounds are not shown" : "\"" + name + "\" is not imported");
            }
        }
    }

    private void error(String path, String message) {
        add(Problem.Severity.ERROR, path, message);
    }

    private void warning(String path, String message) {
        add(Problem.Severity.WARNING, path, message);
    }

    private void add(Problem.Severity severity, String path, String message) {
        JsonLocation at = locations.get(path);
        if (at == null && path.contains(".")) {
            at = locations.get(path.substring(0, path.lastIndexOf('.')));
        }
        issues.add(new Problem(severity, at == null ? 0 : Math.max(0, at.getLineNr()),
                at == null ? 0 : Math.max(0, at.getColumnNr()), path, message));
    }

    /** Where each value starts, keyed by its path in the form {@code events[3].start_date.year}. */
    private static Map<String, JsonLocation> locate(String json) throws JsonProcessingException {
        Map<String, JsonLocation> locations = new HashMap<>();
        try (JsonParser parser = new JsonFactory().createParser(json)) {
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                if (token == JsonToken.FIELD_NAME || token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    continue;
                }
                locations.putIfAbsent(path(parser.getParsingContext(), token), parser.currentTokenLocation());
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("reading from a string cannot fail", e);
        }
        return locations;
    }

    private static String path(JsonStreamContext context, JsonToken token) {
        // A value that opens an object or array has entered its own context; its path is its parent's entry.
        JsonStreamContext entry = token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY
                ? context.getParent() : context;
        StringBuilder path = new StringBuilder();
        List<JsonStreamContext> chain = new ArrayList<>();
        for (JsonStreamContext c = entry; c != null && !c.inRoot(); c = c.getParent()) {
            chain.add(0, c);
        }
        for (JsonStreamContext c : chain) {
            if (c.inArray()) {
                path.append('[').append(Math.max(0, c.getCurrentIndex())).append(']');
            } else if (c.getCurrentName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(c.getCurrentName());
            }
        }
        return path.length() == 0 ? "$" : path.toString();
    }

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern BREAK = Pattern.compile("(?i)<br\\s*/?>|</p\\s*>|</li\\s*>|</div\\s*>|</h[1-6]\\s*>");
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#\\d+|[a-zA-Z]+);");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", " ", "ndash", "–", "mdash", "—", "hellip", "…", "rsquo", "’");

    /** HTML reduced to plain text: paragraphs and line breaks become line breaks, tags go, entities are decoded. */
    static String plain(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        String text = BREAK.matcher(html).replaceAll("\n");
        text = TAG.matcher(text).replaceAll("");
        Matcher m = ENTITY.matcher(text);
        StringBuilder decoded = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            String replacement;
            if (name.startsWith("#x") || name.startsWith("#X")) {
                replacement = new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            } else if (name.startsWith("#")) {
                replacement = new String(Character.toChars(Integer.parseInt(name.substring(1))));
            } else {
                replacement = ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), m.group());
            }
            m.appendReplacement(decoded, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(decoded);
        return decoded.toString().replaceAll("[ \\t\\x0B\\f\\r\\u00A0]+", " ")
                .replaceAll(" *\n *", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        String joined = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 8)));
        return words.length > 8 ? joined + "…" : joined;
    }

    /** Lower-case letters and digits joined by hyphens, accents removed, at most 40 characters. */
    static String slug(String text) {
        String ascii = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > 40) {
            slug = slug.substring(0, 40).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "event" : slug;
    }
}
