package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.Extras;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Source;

import java.time.DateTimeException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Reads and checks a series' {@code estimates}: totals over several years, each with its value or range, the period
 * it covers, what it counts, its method in a sentence and its source. A class weighs estimates that disagree by
 * their methods, so an estimate without a method or a source does not open.
 */
final class EstimateReader {

    private static final Messages WORDS = Messages.of(EstimateReader.class);

    static final String FIELD = "estimates";
    private static final Set<String> FIELDS =
            Set.of("id", "title", "value", "low", "high", "start", "end", "counts", "method", "source", "note");

    /** Reads an id that must be well formed and not in {@code ids} yet, as every id of the file is read. */
    interface IdReader {
        String read(ObjectNode object, JsonPath path, Map<String, JsonPath> ids);
    }

    private final Checks checks;
    private final IdReader idReader;
    /** Reads a {@code { "name", "url" }} source the way every other source of the file is read. */
    private final BiFunction<JsonNode, JsonPath, Source> sourceReader;

    EstimateReader(Checks checks, IdReader idReader, BiFunction<JsonNode, JsonPath, Source> sourceReader) {
        this.checks = checks;
        this.idReader = idReader;
        this.sourceReader = sourceReader;
    }

    /** The series' estimates; those with errors are left out, the errors reported. Empty when there are none. */
    List<Estimate> read(ObjectNode series, JsonPath seriesPath) {
        Map<String, JsonPath> ids = new HashMap<>();
        return checks.items(series, seriesPath, FIELD, false, (node, path) -> estimate(node, path, ids));
    }

    private Estimate estimate(JsonNode node, JsonPath path, Map<String, JsonPath> ids) {
        int errorsBefore = checks.errorCount();
        ObjectNode estimate = checks.object(node, path, WORDS.text("subject.estimate"));
        if (estimate == null) {
            return null;
        }
        Extras extras = checks.keepUnknown(estimate, path, FIELDS);
        String id = idReader.read(estimate, path, ids);
        String title = checks.requiredText(estimate, path, "title");
        Double value = number(estimate, path, "value", true);
        Double low = number(estimate, path, "low", false);
        Double high = number(estimate, path, "high", false);
        checkRange(path, value, low, high);
        HistoricalDate start = date(estimate, path, "start");
        HistoricalDate end = date(estimate, path, "end");
        if (start != null && end != null && end.firstDay().isBefore(start.firstDay())) {
            checks.error(path.field("end"), WORDS.text("end.beforeStart", end, start));
        }
        String counts = checks.optionalText(estimate, path, "counts");
        String method = checks.requiredText(estimate, path, "method");
        JsonNode sourceNode = checks.required(estimate, path, "source");
        Source source = sourceNode == null ? null : sourceReader.apply(sourceNode, path.field("source"));
        String note = checks.optionalText(estimate, path, "note");
        return checks.errorCount() > errorsBefore || source == null ? null
                : new Estimate(id, title, value, low, high, start, end, counts, method, source, note, extras);
    }

    private Double number(ObjectNode estimate, JsonPath path, String name, boolean required) {
        JsonNode node = checks.typed(estimate, path, name, Checks.number(), JsonNode::isNumber, required);
        if (node == null) {
            return null;
        }
        double value = node.doubleValue();
        if (!Double.isFinite(value) || value < 0) {
            checks.error(path.field(name), WORDS.text("estimate.negative", name, node.asText()));
            return null;
        }
        return value;
    }

    /** A range has both ends, low first, and holds the value. */
    private void checkRange(JsonPath path, Double value, Double low, Double high) {
        if (low == null && high == null) {
            return;
        }
        if (low == null || high == null) {
            checks.error(path.field(low == null ? "high" : "low"), WORDS.text("estimate.bothEnds"));
        } else if (low > high) {
            checks.error(path.field("low"), WORDS.text("estimate.lowAboveHigh", shown(low), shown(high)));
        } else if (value != null && (value < low || value > high)) {
            checks.error(path.field("value"), WORDS.text("estimate.outside", shown(value), shown(low), shown(high)));
        }
    }

    private HistoricalDate date(ObjectNode estimate, JsonPath path, String name) {
        String text = checks.requiredText(estimate, path, name);
        if (text == null) {
            return null;
        }
        try {
            return HistoricalDate.parse(text);
        } catch (DateTimeException e) {
            checks.error(path.field(name), e.getMessage());
            return null;
        }
    }

    /** A number in a message as the file has it, without a needless ".0". */
    private static String shown(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
