package org.timelineexplorer.io;

import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.OkabeIto;
import org.timelineexplorer.model.Slug;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A spreadsheet laid out as TimelineJS's Google Sheets template, as "Download as CSV" gives it. Columns are matched by
 * their header, in any order, as TimelineJS matches them: {@code Year, Month, Day, Time, End Year, End Month,
 * End Day, End Time, Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Alt Text,
 * Type, Group, Background}, and the older {@code Tag}, {@code Start Date} and {@code End Date}.
 *
 * <p>A row of Type {@code title} gives the title and summary, rows of Type {@code era} the eras (coloured in turn
 * from the {@link OkabeIto} palette), every other row an event: Group (or Tag) is its category, Display Date is
 * shown instead of its date, Media, when a web image (its address ends .png, .jpg, …), becomes the event's picture
 * with Media Caption, Media Credit and Alt Text, and other web links become a source named by Media Credit. HTML in texts becomes
 * plain text. Each event joins the first era that holds its date. Columns the app has no place for (thumbnails,
 * backgrounds, the captions and alt texts of media that are not pictures) are named in one warning each; columns
 * TimelineJS does not know, in one warning.
 */
final class TimelineJsSheet implements Spreadsheet.Layout {

    private static final String HEADLINE = "Headline";
    private static final String TEXT = "Text";
    private static final String TYPE = "Type";
    private static final String GROUP = "Group";
    private static final String TAG = "Tag";
    private static final String MEDIA = "Media";
    private static final String MEDIA_CREDIT = "Media Credit";
    private static final String MEDIA_CAPTION = "Media Caption";
    private static final String ALT_TEXT = "Alt Text";
    private static final String DISPLAY_DATE = "Display Date";
    private static final String START_DATE = "Start Date";
    private static final String END_DATE = "End Date";
    /** Columns of the template that the app has no place for, with what a warning calls their values. */
    private static final Map<String, String> NOT_KEPT = Map.of("Media Caption", "media captions",
            "Media Thumbnail", "media thumbnails", "Alt Text", "alt texts", "Background", "backgrounds");
    private static final Set<String> KNOWN = Set.of("year", "month", "day", "time", "end year", "end month",
            "end day", "end time", "display date", "headline", "text", "media", "media credit", "media caption",
            "media thumbnail", "alt text", "type", "group", "background", "tag", "start date", "end date");
    private static final int ID_LENGTH = 40;

    private final String fallbackTitle;
    private String title;
    private String summary = "";
    private final List<Era> eras = new ArrayList<>();
    private final List<TimelineEvent> events = new ArrayList<>();
    /** The first row that fills each column the app has no place for. */
    private final Map<String, Integer> notKeptFirstRow = new LinkedHashMap<>();

    /** @param fallbackTitle the title when the sheet has no {@code title} row, usually the file's name */
    TimelineJsSheet(String fallbackTitle) {
        this.fallbackTitle = fallbackTitle;
    }

    @Override
    public Optional<Dataset> map(Spreadsheet.Header header, Spreadsheet.Rows rows, SheetProblems problems) {
        List<String> unknown = header.names().stream().map(String::strip)
                .filter(name -> !name.isEmpty() && !KNOWN.contains(name.toLowerCase(Locale.ROOT))).toList();
        if (!unknown.isEmpty()) {
            problems.warning(1, null, "columns TimelineJS does not know are ignored: " + String.join(", ", unknown));
        }
        boolean dated = header.has("Year") || header.has(START_DATE);
        if (!header.has(HEADLINE) || !dated) {
            problems.error(1, null, "the header needs the columns " + (header.has(HEADLINE) ? "" : "\"Headline\"")
                    + (!header.has(HEADLINE) && !dated ? " and " : "") + (dated ? "" : "\"Year\" (or \"Start Date\")")
                    + ": the first row names the columns, as in TimelineJS's template");
            return Optional.empty();
        }
        Columns columns = new Columns(header);
        rows.forEach(row -> row(row, columns, problems));
        notKeptFirstRow.forEach((name, row) -> problems.warning(row, name, NOT_KEPT.get(name)
                + " have no place in Timeline Explorer and are left out"));
        if (problems.errorCount() > 0) {
            return Optional.empty();
        }
        List<TimelineEvent> placed = inTheirEras(events, eras);
        return Optional.of(new Dataset(title == null || title.isEmpty() ? fallbackTitle : title, summary, "", eras,
                EventOrder.chronological(placed), List.of()));
    }

    private void row(Spreadsheet.Row row, Columns columns, SheetProblems problems) {
        Spreadsheet.Header header = columns.header();
        checkRagged(header, row, problems);
        // A picture keeps its caption and alt text; only other media leave them out.
        boolean picture = isPicture(row.cell(header.column(MEDIA)));
        NOT_KEPT.keySet().stream().sorted().filter(name -> !row.cell(header.column(name)).isEmpty())
                .filter(name -> !picture || !(name.equals(MEDIA_CAPTION) || name.equals(ALT_TEXT)))
                .forEach(name -> notKeptFirstRow.putIfAbsent(name, row.number()));
        String type = row.cell(header.column(TYPE)).toLowerCase(Locale.ROOT);
        switch (type) {
            case "title" -> {
                if (title != null) {
                    problems.warning(row.number(), TYPE, "only the first title row is used");
                } else {
                    title = HtmlText.plain(row.cell(header.column(HEADLINE)));
                    summary = HtmlText.plain(row.cell(header.column(TEXT)));
                }
            }
            case "era" -> era(row, columns, eras.size(), problems).ifPresent(eras::add);
            default -> {
                if (!type.isEmpty()) {
                    problems.warning(row.number(), TYPE, "type " + Text.quote(type) + " is not one TimelineJS "
                            + "knows (title, era or empty for an event): read as an event");
                }
                event(row, columns, events.size(), problems).ifPresent(events::add);
            }
        }
    }

    /** A row longer than the header: its last cells belong to no column, usually from a separator left unquoted. */
    static void checkRagged(Spreadsheet.Header header, Spreadsheet.Row row, SheetProblems problems) {
        for (int i = header.size(); i < row.cells().length; i++) {
            if (!row.cells()[i].isBlank()) {
                problems.error(row.number(), null, "the row has " + row.cells().length + " cells and the header "
                        + header.size() + ": a cell that holds a separator (, or ;) must be in quotes");
                return;
            }
        }
    }

    /** Where each column is, by the header; -1 for a column the sheet lacks. */
    private record Columns(Spreadsheet.Header header) {
        String cell(Spreadsheet.Row row, String name) {
            return row.cell(header.column(name));
        }
    }

    private Optional<Era> era(Spreadsheet.Row row, Columns columns, int index, SheetProblems problems) {
        HistoricalDate start = date(row, columns, SheetDate.Columns.START, START_DATE, problems);
        HistoricalDate end = date(row, columns, SheetDate.Columns.END, END_DATE, problems);
        String title = HtmlText.plain(columns.cell(row, HEADLINE));
        if (start == null || end == null) {
            if (!problems.hasErrorIn(row.number())) {
                problems.error(row.number(), start == null ? "Year" : "End Year", "an era needs a start and an end");
            }
            return Optional.empty();
        }
        if (end.startsBefore(start)) {
            problems.error(row.number(), "End Year", "the end " + end + " is before the start " + start);
            return Optional.empty();
        }
        if (title.isEmpty()) {
            problems.error(row.number(), HEADLINE, "an era needs a headline, its name on the timeline");
            return Optional.empty();
        }
        return Optional.of(new Era(Slug.of(title, ID_LENGTH, "era") + "-" + (index + 1), title,
                HtmlText.plain(columns.cell(row, TEXT)), start, end,
                OkabeIto.ERA_COLOURS.get(index % OkabeIto.ERA_COLOURS.size())));
    }

    private Optional<TimelineEvent> event(Spreadsheet.Row row, Columns columns, int index, SheetProblems problems) {
        int errorsBefore = problems.errorCount();
        HistoricalDate start = date(row, columns, SheetDate.Columns.START, START_DATE, problems);
        HistoricalDate end = date(row, columns, SheetDate.Columns.END, END_DATE, problems);
        if (start == null && problems.errorCount() == errorsBefore) {
            problems.error(row.number(), "Year", "the event has no date: fill in at least its Year");
        }
        if (start != null && end != null && end.startsBefore(start)) {
            problems.error(row.number(), "End Year", "the end " + end + " is before the start " + start);
        }
        String headline = HtmlText.plain(columns.cell(row, HEADLINE));
        if (headline.isEmpty()) {
            problems.error(row.number(), HEADLINE, "the event has no headline, which names it on the timeline");
        }
        String category = columns.cell(row, GROUP);
        if (category.isEmpty()) {
            category = columns.cell(row, TAG);
        }
        Picture picture = picture(row, columns, headline, problems);
        List<Source> sources = picture != null ? List.of() : media(row, columns, problems);
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new TimelineEvent(Slug.of(headline, ID_LENGTH, "event") + "-" + (index + 1), start, end,
                headline, HtmlText.plain(columns.cell(row, TEXT)), HtmlText.plain(category), null, sources, null,
                HtmlText.plain(columns.cell(row, DISPLAY_DATE)), List.of(), picture));
    }

    private static boolean isPicture(String media) {
        return SheetCells.webAddress(media.strip()).filter(PictureReader::looksLikeImage).isPresent();
    }

    /**
     * The Media as a picture when it is a web image (by its ending), with its caption, credit and alt text, the
     * caption standing in for a missing alt text with a warning; null for other media.
     */
    private static Picture picture(Spreadsheet.Row row, Columns columns, String headline, SheetProblems problems) {
        String media = columns.cell(row, MEDIA).strip();
        if (!isPicture(media)) {
            return null;
        }
        String caption = HtmlText.plain(columns.cell(row, MEDIA_CAPTION)).strip();
        String alt = HtmlText.plain(columns.cell(row, ALT_TEXT)).strip();
        if (alt.isEmpty()) {
            alt = caption.isEmpty() ? headline : caption;
            problems.warning(row.number(), ALT_TEXT, PictureReader.noAltText(caption.isEmpty() ? "headline"
                    : "caption"));
        }
        return Picture.ofUrl(SheetCells.webAddress(media).orElseThrow(), caption,
                HtmlText.plain(columns.cell(row, MEDIA_CREDIT)).strip(), alt);
    }

    /** The Media link as a source named by its credit (else its site); a link that is not a web address is left out. */
    private static List<Source> media(Spreadsheet.Row row, Columns columns, SheetProblems problems) {
        String url = columns.cell(row, MEDIA);
        if (url.isEmpty()) {
            return List.of();
        }
        Optional<URI> address = SheetCells.webAddress(url);
        if (address.isEmpty()) {
            problems.warning(row.number(), MEDIA, "only web links (http:// or https://) are kept as sources; "
                    + Text.quote(url) + " is left out");
            return List.of();
        }
        String name = HtmlText.plain(columns.cell(row, MEDIA_CREDIT));
        if (name.isEmpty()) {
            name = address.get().getHost().replaceFirst("^www\\.", "");
        }
        return List.of(new Source(name, address.get()));
    }

    /** The date of the four cells, or of the older template's one cell where the four are empty. */
    private static HistoricalDate date(Spreadsheet.Row row, Columns columns, SheetDate.Columns names, String oneCell,
                                       SheetProblems problems) {
        try {
            HistoricalDate date = SheetDate.read(columns.cell(row, names.year()), columns.cell(row, names.month()),
                    columns.cell(row, names.day()), columns.cell(row, names.time()), names);
            return date != null ? date : SheetDate.oneCell(columns.cell(row, oneCell), oneCell);
        } catch (SheetDate.CellException e) {
            problems.error(row.number(), e.column(), e.getMessage());
            return null;
        }
    }

    /** Each event in the first era that holds its start, as TimelineJS's JSON importer places them. */
    private static List<TimelineEvent> inTheirEras(List<TimelineEvent> events, List<Era> eras) {
        List<TimeRange> ranges = eras.stream().map(Era::range).toList();
        List<TimelineEvent> placed = new ArrayList<>(events.size());
        for (TimelineEvent e : events) {
            double day = e.start().startDay();
            String era = null;
            for (int i = 0; i < ranges.size() && era == null; i++) {
                era = ranges.get(i).contains(day) ? eras.get(i).id() : null;
            }
            placed.add(era == null ? e : e.inEra(era));
        }
        return placed;
    }
}
