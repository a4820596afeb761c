package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.OkabeIto;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.model.Slug;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a file in <a href="https://timeline.knightlab.com/docs/json-format.html">TimelineJS's JSON format</a> into a
 * dataset, so that a teacher's existing TimelineJS timeline opens directly. It reads what every JSON file gets
 * (limits, duplicate keys, located problems) from {@link DatasetReader}, and takes the events one by one as they
 * are read, as the native format's validator does.
 *
 * <p>What is kept: the title slide's headline and text (as the dataset's title and summary); each event's
 * {@code start_date} and {@code end_date} at the precision their fields give (a year alone is a year, year and month
 * a month, year, month and day a day); {@code text.headline} and {@code text.text} (HTML reduced to plain text);
 * {@code group} as the category; an image {@code media} (its url ends .png, .jpg, …) as the picture with its caption,
 * credit and alt text, other {@code media.url} as a source link; {@code eras} as eras, coloured in turn from the
 * {@link OkabeIto} palette, and each event in the first era that holds its date. Events get ids made of their
 * headline and position ({@code fall-of-baghdad-3}), so the same file always gives the same ids.
 *
 * <p>Everything else (times of day, {@code display_date}, backgrounds, non-link media, unknown fields) is reported as
 * a {@linkplain Problem.Severity#WARNING warning} naming its path and line, never dropped silently. Problems that
 * leave an event without a date or a title are errors: the file then does not open.
 */
final class TimelineJsImporter implements JsonMapper {

    private static final Set<String> ROOT_FIELDS = Set.of("title", "events", "eras", "scale");
    private static final Set<String> TITLE_FIELDS = Set.of("text", "media", "unique_id");
    private static final Set<String> ERA_FIELDS = Set.of("start_date", "end_date", "text", "unique_id");
    private static final Set<String> SLIDE_FIELDS =
            Set.of("start_date", "end_date", "text", "group", "display_date", "media", "unique_id", "location");
    private static final Set<String> TEXT_FIELDS = Set.of("headline", "text");
    private static final List<String> MEDIA_NOT_SHOWN = List.of("thumbnail", "alt", "title", "link", "link_target");
    private static final Set<String> MEDIA_FIELDS = Set.of("url", "caption", "credit", "thumbnail", "alt", "title",
            "link", "link_target");
    /** The longest id made from a headline, before its position is added. */
    private static final int ID_LENGTH = 40;
    /** How many of a text's words become the headline of an event that has none. */
    private static final int HEADLINE_WORDS = 8;

    private static final JsonPath EVENTS = JsonPath.ROOT.field("events");
    private static final JsonPath ERAS = JsonPath.ROOT.field("eras");

    private final Checks checks;
    private final PlaceReader placeReader;
    private final PictureReader pictureReader;
    private final String fallbackTitle;
    /** Null until the eras are read: when they come after the events, the events get theirs at the end. */
    private List<Era> eras;
    private List<TimeRange> eraRanges;
    private final List<TimelineEvent> events = new ArrayList<>();
    private boolean eventsBeforeEras;
    /** Whether the one warning about seconds has been given. */
    private boolean secondsDropped;

    /** The furthest year back JavaScript's dates hold, and so TimelineJS's calendar dates. */
    private static final long LAST_CALENDAR_YEAR = 271_820;

    /**
     * @param fallbackTitle the dataset's title when the file has no title slide, usually the file's name
     */
    TimelineJsImporter(ProblemList problems, String fallbackTitle) {
        this.checks = new Checks(problems);
        this.placeReader = new PlaceReader(checks);
        this.pictureReader = new PictureReader(checks);
        this.fallbackTitle = fallbackTitle;
    }

    /** Takes the events, whatever comes before them, so that the tree of a large file never holds them all. */
    @Override
    public boolean takes(String name, ObjectNode rootSoFar) {
        if (!name.equals("events")) {
            return false;
        }
        if (rootSoFar.has("eras")) {
            readEras(rootSoFar);
        } else {
            eventsBeforeEras = true;
        }
        return true;
    }

    @Override
    public void item(JsonNode item, int index) {
        event(item, EVENTS.index(index), index).ifPresent(events::add);
    }

    @Override
    public Optional<Dataset> map(JsonNode root) {
        if (!root.isObject()) {
            checks.error(JsonPath.ROOT, "a TimelineJS file is an object with an \"events\" list, not "
                    + Text.describe(root));
            return Optional.empty();
        }
        ObjectNode file = (ObjectNode) root;
        checks.warnUnknown(file, JsonPath.ROOT, ROOT_FIELDS, TimelineJsImporter::notImported);
        JsonNode scale = file.path("scale");
        if (!scale.isMissingNode() && !"human".equals(scale.asText()) && !"cosmological".equals(scale.asText())) {
            checks.warning(JsonPath.ROOT.field("scale"), "scale " + Text.quote(scale.asText()) + " is not one TimelineJS "
                    + "knows (\"human\" or \"cosmological\"); every date is read as it is written");
        }
        TitleSlide slide = titleSlide(file.path("title"), JsonPath.ROOT.field("title"));
        if (eras == null) {
            readEras(file);
        }
        if (!file.has("events")) {
            checks.error(JsonPath.ROOT, "a TimelineJS file needs an \"events\" list");
        } else if (!file.get("events").isArray()) {
            checks.error(EVENTS, Checks.mustBe("events", Checks.list(), file.get("events")));
        }
        if (checks.errorCount() > 0) {
            return Optional.empty();
        }
        List<TimelineEvent> all = eventsBeforeEras && !eras.isEmpty() ? inTheirEras(events) : events;
        // TimelineJS names the years before AD 1 "BCE", and so do its files here.
        return Optional.of(new Dataset(slide.title(), slide.summary(), "", eras,
                EventOrder.chronological(all), List.of(), EraStyle.BCE_CE));
    }

    private record TitleSlide(String title, String summary) {
    }

    /** The title and summary from the title slide, or the fallback title when there is none. */
    private TitleSlide titleSlide(JsonNode slide, JsonPath path) {
        String title = fallbackTitle;
        String summary = "";
        if (slide.isObject()) {
            checks.warnUnknown((ObjectNode) slide, path, TITLE_FIELDS, TimelineJsImporter::notImported);
            String headline = HtmlText.plain(slide.path("text").path("headline").asText("")).strip();
            summary = HtmlText.plain(slide.path("text").path("text").asText(""));
            title = headline.isEmpty() ? firstWords(summary) : headline;
            if (title.isEmpty()) {
                title = fallbackTitle;
            } else if (headline.isEmpty()) {
                warning(slide, path, "text", "headline", "the title slide has no headline; its text's first words are the title");
            }
            if (slide.has("media")) {
                checks.warning(path.field("media"), "the title slide's media is not shown");
            }
        } else if (slide.isTextual() && !slide.asText().isBlank()) {
            title = HtmlText.plain(slide.asText());
        }
        return new TitleSlide(title, summary);
    }

    private void readEras(ObjectNode file) {
        eras = new ArrayList<>();
        JsonNode list = file.path("eras");
        if (list.isArray()) {
            for (int i = 0; i < list.size(); i++) {
                era(list.get(i), ERAS.index(i), i).ifPresent(eras::add);
            }
        } else if (!list.isMissingNode()) {
            checks.warning(ERAS, "\"eras\" should be a list; ignored");
        }
        eraRanges = eras.stream().map(Era::range).toList();
    }

    private Optional<Era> era(JsonNode node, JsonPath path, int index) {
        if (!node.isObject()) {
            checks.error(path, "an era is an object with start_date, end_date and text");
            return Optional.empty();
        }
        checks.warnUnknown((ObjectNode) node, path, ERA_FIELDS, TimelineJsImporter::notImported);
        Optional<HistoricalDate> start = date(node, path, "start_date", true);
        Optional<HistoricalDate> end = date(node, path, "end_date", true);
        String headline = HtmlText.plain(node.path("text").path("headline").asText("")).strip();
        if (headline.isEmpty()) {
            headline = "Era " + (index + 1);
            warning(node, path, "text", "headline", "the era has no headline; it is called \"" + headline + "\"");
        }
        if (start.isEmpty() || end.isEmpty()) {
            return Optional.empty();
        }
        if (end.get().endsBefore(start.get())) {
            checks.error(path.field("end_date"), "the era ends (" + end.get() + ") before it starts ("
                    + start.get() + ")");
            return Optional.empty();
        }
        return Optional.of(new Era(Slug.of(headline, ID_LENGTH, "era") + "-" + (index + 1), headline,
                HtmlText.plain(node.path("text").path("text").asText("")), start.get(), end.get(),
                OkabeIto.ERA_COLOURS.get(index % OkabeIto.ERA_COLOURS.size())));
    }

    private Optional<TimelineEvent> event(JsonNode node, JsonPath path, int index) {
        if (!node.isObject()) {
            checks.error(path, "an event is an object with a start_date and a text");
            return Optional.empty();
        }
        checks.warnUnknown((ObjectNode) node, path, SLIDE_FIELDS, TimelineJsImporter::notImported);
        Optional<HistoricalDate> start = date(node, path, "start_date", true);
        Optional<HistoricalDate> end = node.has("end_date") ? date(node, path, "end_date", false) : Optional.empty();
        if (start.isPresent() && end.isPresent() && end.get().endsBefore(start.get())) {
            checks.warning(path.field("end_date"), "the end (" + end.get() + ") is before the start ("
                    + start.get() + "); the end is left out");
            end = Optional.empty();
        }
        if (start.isPresent() && end.isPresent() && end.get().equals(start.get())) {
            end = Optional.empty();
        }
        JsonNode text = node.path("text");
        if (text.isObject()) {
            checks.warnUnknown((ObjectNode) text, path.field("text"), TEXT_FIELDS, TimelineJsImporter::notImported);
        }
        String body = HtmlText.plain(text.path("text").asText(""));
        String headline = HtmlText.plain(text.path("headline").asText("")).strip();
        JsonNode media = node.path("media");
        if (headline.isEmpty()) {
            headline = firstWords(body);
            if (!headline.isEmpty()) {
                warning(node, path, "text", "headline", "the event has no headline; its text's first words are used");
            } else if (media.isObject()) {
                // A picture or a video alone, as TimelineJS shows it: named by its caption or credit.
                headline = firstWords(HtmlText.plain(media.path("caption").asText("")));
                if (headline.isEmpty()) {
                    headline = firstWords(HtmlText.plain(media.path("credit").asText("")));
                }
                if (headline.isEmpty()) {
                    headline = "Untitled event " + (index + 1);
                }
                warning(node, path, "text", "headline", "the event has neither a headline nor a text, only media; "
                        + "it is called \"" + headline + "\"");
            } else {
                error(node, path, "text", "headline", "the event has neither a headline nor a text");
                return Optional.empty();
            }
        }
        String display = displayDate(node, start.orElse(null));
        List<Source> sources = List.of();
        Picture picture = null;
        if (media.isObject()) {
            picture = picture((ObjectNode) media, path.field("media"), headline);
            sources = picture != null ? List.of()
                    : media((ObjectNode) media, path.field("media")).map(List::of).orElse(List.of());
        } else if (!media.isMissingNode() && !media.isNull()) {
            checks.warning(path.field("media"), "media should be an object with a url; ignored");
        }
        if (start.isEmpty()) {
            return Optional.empty();
        }
        JsonNode group = node.path("group");
        String category = group.isValueNode() ? group.asText("").strip() : "";
        // StoryMap's slides, and TimelineJS files made from them, say where with a location object.
        List<Place> places = List.of();
        if (node.has("location") && !node.get("location").isNull()) {
            Place place = placeReader.location(node.get("location"), path.field("location"), headline,
                    TimelineJsImporter::notImported);
            places = place == null ? List.of() : List.of(place);
        }
        return Optional.of(new TimelineEvent(Slug.of(headline, ID_LENGTH, "event") + "-" + (index + 1), start.get(),
                end.orElse(null), headline, body, category, eraOf(start.get()), sources, null, display,
                places, picture));
    }

    /**
     * The event's date in the author's words: its {@code display_date}, else its dates' own ("Spring 1863", "Spring –
     * Summer 1863"), else what TimelineJS shows for a date far back in years ago when it rounds the count; or
     * {@code null} to show the date as it is.
     */
    private static String displayDate(JsonNode node, HistoricalDate start) {
        String own = HtmlText.plain(node.path("display_date").asText("")).strip();
        if (!own.isEmpty()) {
            return own;
        }
        String from = HtmlText.plain(node.path("start_date").path("display_date").asText("")).strip();
        String to = HtmlText.plain(node.path("end_date").path("display_date").asText("")).strip();
        if (!from.isEmpty()) {
            return to.isEmpty() ? from : from + " – " + to;
        }
        return start == null ? null : cosmologicalLabel(start);
    }

    /** The id of the first era that holds {@code date}, or null; null too while the eras are not yet read. */
    private String eraOf(HistoricalDate date) {
        if (eras == null || eras.isEmpty()) {
            return null;
        }
        double day = date.startDay();
        for (int i = 0; i < eras.size(); i++) {
            if (eraRanges.get(i).contains(day)) {
                return eras.get(i).id();
            }
        }
        return null;
    }

    /** The events read before the eras, each now in the era that holds its date. */
    private List<TimelineEvent> inTheirEras(List<TimelineEvent> read) {
        List<TimelineEvent> placed = new ArrayList<>(read.size());
        for (TimelineEvent e : read) {
            String era = eraOf(e.start());
            placed.add(era == null ? e : e.inEra(era));
        }
        return placed;
    }

    /**
     * The media as a picture when its url is a web image (by its ending: the importer fetches nothing), with its
     * caption, credit and alt text; null for any other media (a video, a tweet, a page), which is a source link.
     */
    private Picture picture(ObjectNode media, JsonPath path, String headline) {
        String url = media.path("url").asText("").strip();
        if (!isWebLink(url)) {
            return null;
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return null;
        }
        if (!PictureReader.looksLikeImage(uri)) {
            return null;
        }
        checks.warnUnknown(media, path, MEDIA_FIELDS, TimelineJsImporter::notImported);
        for (String shown : MEDIA_NOT_SHOWN) {
            if (media.has(shown) && !shown.equals("alt")) {
                checks.warning(path.field(shown), "media " + shown + " is not shown");
            }
        }
        return pictureReader.imported(uri, HtmlText.plain(media.path("caption").asText("")).strip(),
                HtmlText.plain(media.path("credit").asText("")).strip(),
                HtmlText.plain(media.path("alt").asText("")).strip(), headline, path);
    }

    private Optional<Source> media(ObjectNode media, JsonPath path) {
        checks.warnUnknown(media, path, MEDIA_FIELDS, TimelineJsImporter::notImported);
        for (String shown : MEDIA_NOT_SHOWN) {
            if (media.has(shown)) {
                checks.warning(path.field(shown), "media " + shown + " is not shown");
            }
        }
        String url = media.path("url").asText("").strip();
        if (url.isEmpty()) {
            return Optional.empty();
        }
        if (!isWebLink(url)) {
            checks.warning(path.field("url"), "only web links (http:// or https://) are kept as sources; "
                    + "this media is left out");
            return Optional.empty();
        }
        try {
            URI uri = new URI(url);
            String name = HtmlText.plain(media.path("credit").asText("")).strip();
            if (name.isEmpty()) {
                name = HtmlText.plain(media.path("caption").asText("")).strip();
            }
            if (name.isEmpty()) {
                name = Optional.ofNullable(uri.getHost()).map(h -> h.replaceFirst("^www\\.", "")).orElse(url);
            }
            return Optional.of(new Source(name, uri));
        } catch (URISyntaxException e) {
            checks.warning(path.field("url"), Text.quote(url) + " is not a valid web address; left out");
            return Optional.empty();
        }
    }

    /** Starts with http:// or https:// (in either case) and holds no white space. */
    private static boolean isWebLink(String url) {
        int scheme = url.regionMatches(true, 0, "https://", 0, 8) ? 8
                : url.regionMatches(true, 0, "http://", 0, 7) ? 7 : -1;
        if (scheme < 0 || url.length() == scheme) {
            return false;
        }
        for (int i = scheme; i < url.length(); i++) {
            if (Character.isWhitespace(url.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The TimelineJS date object in {@code field} of {@code parent}: {@code year} required, {@code month},
     * {@code day}, {@code hour} and {@code minute} optional, each a number or a string of digits (an empty string is
     * absent). Years are read as TimelineJS labels them: year −300 is shown there as "300 BCE", so it is 300 BC here
     * (TimelineJS counts with the year 0 of JavaScript's dates but names the years without it); years beyond what
     * JavaScript's dates hold (about 271,800 years back) are its "cosmological" ones, which it names in years ago,
     * and so are they here. Seconds are dropped with one warning per file.
     */
    private Optional<HistoricalDate> date(JsonNode parent, JsonPath parentPath, String field, boolean required) {
        JsonNode node = parent.path(field);
        JsonPath path = parentPath.field(field);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                error(parent, parentPath, field, null, "a date is missing");
            }
            return Optional.empty();
        }
        if (!node.isObject()) {
            checks.error(path, "a date is an object such as {\"year\": \"2003\", \"month\": \"3\", \"day\": \"20\"}");
            return Optional.empty();
        }
        // What is left out, in one pass over the date's fields: every date has them, and a large file many.
        for (Iterator<Map.Entry<String, JsonNode>> parts = node.fields(); parts.hasNext(); ) {
            Map.Entry<String, JsonNode> part = parts.next();
            String name = part.getKey();
            switch (name) {
                case "year", "month", "day", "hour", "minute", "display_date" -> {
                }
                case "second", "millisecond" -> {
                    if (!secondsDropped && present(part.getValue()) && !part.getValue().asText().strip().matches("0+")) {
                        secondsDropped = true;
                        checks.warning(path.field(name), "times are kept to the minute: the seconds of this and of "
                                + "every later date are left out");
                    }
                }
                case "format" -> {
                    if (present(part.getValue())) {
                        checks.warning(path.field(name), "date formats are not used; dates are shown in the reader's language");
                    }
                }
                default -> checks.warning(path.field(name), notImported(name));
            }
        }
        Long year = number(node, path, "year");
        Long month = number(node, path, "month");
        Long day = number(node, path, "day");
        Long hour = number(node, path, "hour");
        Long minute = number(node, path, "minute");
        if (year == null) {
            if (!present(node.path("year"))) {
                checks.add(Problem.Severity.ERROR, path, path.field("year"), "the year is missing");
            }
            return Optional.empty();
        }
        if (year > HistoricalDate.LAST_YEAR) {
            checks.error(path.field("year"), "year " + year + " is after " + HistoricalDate.LAST_YEAR
                    + ", the last year Timeline Explorer shows");
            return Optional.empty();
        }
        try {
            if (year < -LAST_CALENDAR_YEAR) {
                if (month != null || day != null || hour != null) {
                    checks.warning(path.field("year"), "TimelineJS shows a year this far back in years ago, without "
                            + "its month, day or time; they are left out here too");
                }
                long ago = -year;
                return Optional.of(HistoricalDate.yearsAgo(ago, ago >= 1_000_000_000L ? DatePrecision.BILLION_YEARS_AGO
                        : ago >= 1_000_000L ? DatePrecision.MILLION_YEARS_AGO : DatePrecision.THOUSAND_YEARS_AGO));
            }
            if (year == 0) {
                checks.warning(path.field("year"), "there is no year 0: 1 BC is followed by AD 1; year 0 is read as 1 BC");
                year = -1L;
            }
            if (month == null) {
                if (day != null || hour != null) {
                    checks.warning(path.field(day != null ? "day" : "hour"),
                            "a day or time without a month is left out; the date is the year " + year);
                }
                return Optional.of(HistoricalDate.ofYear(year));
            }
            if (day == null) {
                if (hour != null) {
                    checks.warning(path.field("hour"), "a time without a day is left out; the date is the month");
                }
                return Optional.of(HistoricalDate.ofMonth(year, small(month)));
            }
            if (hour == null) {
                if (minute != null) {
                    checks.warning(path.field("minute"), "a minute without an hour is left out; the date is the day");
                }
                return Optional.of(HistoricalDate.ofDay(year, small(month), small(day)));
            }
            return Optional.of(HistoricalDate.ofMinute(year, small(month), small(day), small(hour),
                    minute == null ? 0 : small(minute)));
        } catch (DateTimeException e) {
            checks.error(path, e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * What TimelineJS shows for a year it counts in years ago: "13.80 billion years ago" (two decimals of billions,
     * one of millions and thousands), here without the zeros at the end, or {@code null} when the date's own label
     * says the same.
     */
    private static String cosmologicalLabel(HistoricalDate date) {
        if (!date.precision().isYearsAgo()) {
            return null;
        }
        long unit = date.precision().yearsPerUnit();
        BigDecimal shown = BigDecimal.valueOf(date.yearsBeforePresent())
                .divide(BigDecimal.valueOf(unit))
                .setScale(unit == 1_000_000_000L ? 2 : 1, RoundingMode.HALF_UP)
                .stripTrailingZeros();
        String label = shown.toPlainString() + " "
                + date.precision().name().substring(0, date.precision().name().indexOf('_')).toLowerCase(Locale.ROOT)
                + " years ago";
        return label.equals(date.format(Locale.ENGLISH)) ? null : label;
    }

    /** A month or day as an int; one too large for an int is as wrong as 13, and {@code HistoricalDate} says so. */
    private static int small(long number) {
        return (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, number));
    }

    private static boolean present(JsonNode value) {
        return !value.isMissingNode() && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
    }

    /** Like {@code -?[0-9]+}, checked by hand: every date has up to three, and a regular expression is slower. */
    private static boolean isWholeNumber(String text) {
        int first = text.startsWith("-") ? 1 : 0;
        if (text.length() == first) {
            return false;
        }
        for (int i = first; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /**
     * A whole number written as a number or as digits in a string; blank means absent. One of more than 18 digits
     * is no date of any calendar, and is reported as too large.
     */
    private Long number(JsonNode date, JsonPath datePath, String part) {
        JsonNode value = date.path(part);
        if (!present(value)) {
            return null;
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        String text = value.asText().strip();
        boolean whole = value.isIntegralNumber() || (value.isTextual() && isWholeNumber(text));
        if (whole && text.length() <= (text.startsWith("-") ? 19 : 18)) {
            return Long.parseLong(text);
        }
        checks.error(datePath.field(part), (value.isTextual() ? Text.quote(value.asText()) : Text.describe(value))
                + (whole ? " is too large a number for a date" : " is not a whole number"));
        return null;
    }

    /**
     * A problem about {@code field.inner} of {@code parent} (or {@code field} itself when {@code inner} is null),
     * placed at the deepest of them the file has, so that a missing value is shown where it should be.
     */
    private void problem(Problem.Severity severity, JsonNode parent, JsonPath parentPath, String field, String inner,
                         String message) {
        JsonPath fieldPath = parentPath.field(field);
        JsonPath path = inner == null ? fieldPath : fieldPath.field(inner);
        JsonNode fieldNode = parent.get(field);
        JsonPath place = fieldNode == null ? parentPath
                : inner == null || !fieldNode.has(inner) ? fieldPath : path;
        checks.add(severity, place, path, message);
    }

    private void error(JsonNode parent, JsonPath parentPath, String field, String inner, String message) {
        problem(Problem.Severity.ERROR, parent, parentPath, field, inner, message);
    }

    private void warning(JsonNode parent, JsonPath parentPath, String field, String inner, String message) {
        problem(Problem.Severity.WARNING, parent, parentPath, field, inner, message);
    }

    private static String notImported(String name) {
        return name.equals("background") ? "backgrounds are not shown" : Text.quote(name) + " is not imported";
    }

    private static String firstWords(String text) {
        String[] words = text.strip().split("\\s+");
        String joined = String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, HEADLINE_WORDS)));
        return words.length > HEADLINE_WORDS ? joined + "…" : joined;
    }
}
