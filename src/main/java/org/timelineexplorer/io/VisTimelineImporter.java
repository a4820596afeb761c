package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.OkabeIto;
import org.timelineexplorer.model.Slug;
import org.timelineexplorer.model.TimelineEvent;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Maps a <a href="https://visjs.github.io/vis-timeline/docs/timeline/">vis-timeline</a> data file into a dataset: a
 * list of items ({@code id}, {@code content}, {@code start}, {@code end}, {@code group}, {@code type},
 * {@code title}), or an object holding such an {@code items} list and a {@code groups} list ({@code id},
 * {@code content}).
 *
 * <p>An item's {@code content} (HTML, as plain text) is its title, its {@code title} (the tooltip) its text, its
 * group's {@code content} (or the group's id) its category; items of type {@code background} become eras, in the
 * colours of the {@link OkabeIto} palette. Dates keep their precision, to the minute: a time's seconds are left out
 * with a warning unless they are zero; a number is a moment in milliseconds since 1970, in UTC. An id that is a
 * well-formed id and not used before is kept; else one is made of the content and the position.
 */
final class VisTimelineImporter implements JsonMapper {

    private static final Messages WORDS = Messages.of(VisTimelineImporter.class);

    private static final Set<String> ITEM_FIELDS = Set.of("id", "content", "start", "end", "group", "type",
            "title", "className", "style", "editable", "selectable", "subgroup", "align");
    private static final Pattern DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(?::(\\d{2})(?:\\.(\\d+))?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]+");
    private static final int ID_LENGTH = 40;

    private final ProblemList problems;
    private final String fallbackTitle;

    VisTimelineImporter(ProblemList problems, String fallbackTitle) {
        this.problems = problems;
        this.fallbackTitle = fallbackTitle;
    }

    @Override
    public boolean takes(String name, ObjectNode rootSoFar) {
        return false;
    }

    @Override
    public void item(JsonNode item, int index) {
        throw new IllegalStateException("no list is taken");
    }

    @Override
    public Optional<Dataset> map(JsonNode root) {
        JsonPath itemsPath = root.isArray() ? JsonPath.ROOT : JsonPath.ROOT.field("items");
        JsonNode items = root.isArray() ? root : root.path("items");
        Map<String, String> groups = groups(root.path("groups"), JsonPath.ROOT.field("groups"));
        List<Era> eras = new ArrayList<>();
        List<TimelineEvent> events = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> unknown = new HashSet<>();
        int errorsBefore = problems.errorCount();
        for (int i = 0; i < items.size(); i++) {
            JsonPath path = itemsPath.index(i);
            JsonNode item = items.get(i);
            if (!item.isObject()) {
                error(path, WORDS.text("vis.itemNotObject", WORDS.text("value.object"), Text.describe(item)));
                continue;
            }
            item.fieldNames().forEachRemaining(name -> {
                if (!ITEM_FIELDS.contains(name) && unknown.add(name)) {
                    problems.add(Problem.Severity.WARNING, path.field(name), path.field(name),
                            WORDS.text("vis.fieldLeftOut", Text.quote(name)));
                }
            });
            String title = HtmlText.plain(item.path("content").asText(""));
            if (title.isEmpty()) {
                error(path.field("content"), WORDS.text("vis.noContent"));
            }
            HistoricalDate start = date(item, path, "start", true);
            HistoricalDate end = date(item, path, "end", false);
            if (start != null && end != null && end.startsBefore(start)) {
                error(path.field("end"), WORDS.text("vis.endBeforeStart", end.toString(), start.toString()));
                continue;
            }
            if (title.isEmpty() || start == null) {
                continue;
            }
            String id = id(item.path("id"), title, i, ids);
            if ("background".equals(item.path("type").asText())) {
                eras.add(new Era(id, title, HtmlText.plain(item.path("title").asText("")), start,
                        end == null ? start : end, OkabeIto.ERA_COLOURS.get(eras.size() % OkabeIto.ERA_COLOURS.size())));
            } else {
                String group = item.path("group").isValueNode() ? item.path("group").asText() : "";
                events.add(new TimelineEvent(id, start, end, title, HtmlText.plain(item.path("title").asText("")),
                        groups.getOrDefault(group, group), null, List.of(), null));
            }
        }
        if (problems.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        return Optional.of(new Dataset(fallbackTitle, "", "", eras, EventOrder.chronological(events), List.of()));
    }

    /** Group ids (as text) to their names, the groups' content as plain text. */
    private Map<String, String> groups(JsonNode groups, JsonPath path) {
        Map<String, String> names = new HashMap<>();
        for (int i = 0; i < groups.size(); i++) {
            JsonNode group = groups.get(i);
            String name = HtmlText.plain(group.path("content").asText(""));
            names.put(group.path("id").asText(), name.isEmpty() ? group.path("id").asText() : name);
        }
        return names;
    }

    private String id(JsonNode idNode, String title, int index, Set<String> used) {
        String written = idNode.isValueNode() ? idNode.asText() : "";
        String id = ID.matcher(written).matches() && !used.contains(written) ? written
                : Slug.of(title, ID_LENGTH, "item") + "-" + (index + 1);
        used.add(id);
        return id;
    }

    private HistoricalDate date(JsonNode item, JsonPath path, String field, boolean required) {
        JsonNode node = item.path(field);
        JsonPath at = path.field(field);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                error(at, WORDS.text("vis.noDate", field));
            }
            return null;
        }
        try {
            if (node.isIntegralNumber()) {
                LocalDateTime utc = LocalDateTime.ofInstant(Instant.ofEpochMilli(node.longValue()), ZoneOffset.UTC);
                return HistoricalDate.ofMinute(utc.getYear(), utc.getMonthValue(), utc.getDayOfMonth(),
                        utc.getHour(), utc.getMinute()).withOffset(ZoneOffset.UTC);
            }
            if (!node.isTextual()) {
                error(at, WORDS.text("vis.dateType", field, Text.describe(node)));
                return null;
            }
            String text = node.textValue().strip();
            Matcher m = DATE_TIME.matcher(text);
            if (!m.matches()) {
                return HistoricalDate.parse(text);
            }
            boolean seconds = (m.group(3) != null && !m.group(3).equals("00"))
                    || (m.group(4) != null && !m.group(4).matches("0+"));
            if (seconds) {
                problems.add(Problem.Severity.WARNING, at, at, WORDS.text("vis.seconds", Text.quote(text)));
            }
            String offset = m.group(5) == null ? "" : m.group(5).length() == 5
                    ? m.group(5).substring(0, 3) + ":" + m.group(5).substring(3) : m.group(5);
            return HistoricalDate.parse(m.group(1) + "T" + m.group(2) + offset);
        } catch (DateTimeException e) {
            error(at, e.getMessage());
            return null;
        }
    }

    private void error(JsonPath path, String message) {
        problems.add(Problem.Severity.ERROR, path, path, message);
    }
}
