package org.timelineexplorer.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.io.OpeningProgress;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.OkabeIto;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled dataset "Iraq through the ages": it opens with no problem through the app's own reader and meets the
 * schema, and, read as a plain JSON tree, keeps the rules a reader and a teacher rely on, its dates written in the
 * forms the README teaches.
 */
class IraqThroughTheAgesTest {

    private static final String DATASET = BundledDataset.IRAQ_THROUGH_THE_AGES.resource();

    /** "c. " on any form marks a date approximate. */
    private static final String APPROXIMATE = "(?:c\\. )?";
    private static final String MONTH_DAY = "(?:-(\\d{2})(?:-(\\d{2}))?)?";
    /** The agreed forms: ISO AD years, AD years below 1000 with or without "AD", BC/BCE years, deep time. */
    private static final Pattern AD_ISO = Pattern.compile(APPROXIMATE + "(\\d{4})" + MONTH_DAY
            + "(?:T\\d{2}:\\d{2}(?:Z|[+-]\\d{2}:\\d{2})?)?");
    private static final Pattern AD_SHORT = Pattern.compile(APPROXIMATE + "(\\d{1,3})-(\\d{2})-(\\d{2})");
    private static final Pattern AD_MARKED = Pattern.compile(APPROXIMATE + "AD (\\d{1,4})" + MONTH_DAY);
    private static final Pattern AD_AFTER = Pattern.compile(APPROXIMATE + "(\\d{1,4}) AD");
    private static final Pattern BC = Pattern.compile(APPROXIMATE + "(\\d{1,4})" + MONTH_DAY + " BCE?");
    private static final Pattern DEEP = Pattern.compile(APPROXIMATE
            + "\\d+(?:[.,]\\d+)* (?:(?:billion|million|thousand) )?years ago");

    private static JsonNode root;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = IraqThroughTheAgesTest.class.getResourceAsStream(DATASET)) {
            assertNotNull(in, DATASET + " is on the classpath");
            root = new ObjectMapper().readTree(in);
        }
    }

    /** A date as a sortable key (astronomical year, month, day), after checking that it is in an agreed form. */
    private static int[] key(String where, String date) {
        assertFalse(date.startsWith("-") || date.matches("(c\\. )?0+( BCE?)?"), where + ": " + date
                + " is a signed year or year 0");
        for (Pattern ad : List.of(AD_ISO, AD_SHORT, AD_MARKED, AD_AFTER, BC)) {
            Matcher m = ad.matcher(date);
            if (m.matches()) {
                int year = Integer.parseInt(m.group(1));
                assertTrue(year > 0, where + ": there is no year 0");
                int month = m.groupCount() >= 2 && m.group(2) != null ? Integer.parseInt(m.group(2)) : 1;
                int day = m.groupCount() >= 3 && m.group(3) != null ? Integer.parseInt(m.group(3)) : 1;
                assertTrue(month >= 1 && month <= 12, where + ": month of " + date);
                // Julian days before 1582: a 29 February is allowed in every fourth year, as in the proleptic rule.
                assertTrue(day >= 1 && day <= YearMonth.of(year % 4 == 0 ? 2000 : 2001, month).lengthOfMonth(),
                        where + ": day of " + date);
                return new int[] {ad == BC ? 1 - year : year, month, day};
            }
        }
        assertTrue(DEEP.matcher(date).matches(), where + ": \"" + date + "\" is not one of the agreed date forms");
        return new int[] {Integer.MIN_VALUE, 1, 1};
    }

    private static final Comparator<int[]> BY_DATE = Comparator.<int[]>comparingInt(k -> k[0])
            .thenComparingInt(k -> k[1]).thenComparingInt(k -> k[2]);

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    @Test
    void hasTheTitleTheExamplesMenuShowsASummaryAndACredit() {
        assertEquals(BundledDataset.IRAQ_THROUGH_THE_AGES.title(), text(root, "title"));
        assertEquals("timeline-explorer/1", text(root, "format"));
        assertTrue(text(root, "summary").length() > 200, "a summary that says what the file covers");
        assertTrue(text(root, "credit").contains("Britannica"), "a credit that names the sources");
    }

    @Test
    void hasAtLeastEightErasInOrderEachInAnOkabeItoColourUnlikeItsNeighbours() {
        JsonNode eras = root.get("eras");
        assertTrue(eras.size() >= 8, "eras: " + eras.size());
        Set<String> ids = new HashSet<>();
        int[] previousEnd = null;
        String previousColour = null;
        for (JsonNode era : eras) {
            String id = text(era, "id");
            assertTrue(id.matches("[A-Za-z0-9_-]+") && ids.add(id), "era id " + id);
            assertFalse(text(era, "title").isBlank() || text(era, "summary").isBlank(), id);
            int[] start = key("era " + id + " start", text(era, "start"));
            int[] end = key("era " + id + " end", text(era, "end"));
            assertTrue(BY_DATE.compare(start, end) <= 0, id + " ends before it starts");
            String colour = text(era, "color");
            assertTrue(OkabeIto.ERA_COLOURS.contains(colour), id + ": " + colour + " is an Okabe–Ito era colour");
            if (previousEnd != null) {
                assertTrue(BY_DATE.compare(previousEnd, start) < 0, id + " overlaps the era before it");
                assertFalse(colour.equals(previousColour), id + " has its neighbour's colour");
            }
            previousEnd = end;
            previousColour = colour;
        }
    }

    @Test
    void hasAtLeast45EventsWithUniqueIdsEachInsideItsEra() {
        Map<String, int[][]> eras = new LinkedHashMap<>();
        root.get("eras").forEach(era -> eras.put(text(era, "id"), new int[][] {
                key("era", text(era, "start")), key("era", text(era, "end"))}));
        JsonNode events = root.get("events");
        assertTrue(events.size() >= 45, "events: " + events.size());
        Set<String> ids = new HashSet<>();
        Set<String> categories = new HashSet<>();
        for (JsonNode event : events) {
            String id = text(event, "id");
            assertTrue(id.matches("[A-Za-z0-9_-]+") && ids.add(id), "event id " + id);
            assertFalse(text(event, "title").isBlank(), id);
            int[] date = key(id + ".date", text(event, "date"));
            if (event.has("end")) {
                assertTrue(BY_DATE.compare(date, key(id + ".end", text(event, "end"))) <= 0, id + " ends first");
            }
            int[][] era = eras.get(text(event, "era"));
            assertNotNull(era, id + " names an era of the file");
            assertTrue(BY_DATE.compare(era[0], date) <= 0 && BY_DATE.compare(date, era[1]) <= 0,
                    id + " lies inside its era " + text(event, "era"));
            categories.add(text(event, "category"));
        }
        assertTrue(categories.size() >= 4 && !categories.contains(""), "categories: " + categories);
    }

    /** What a student reads: two to four sentences, and a note wherever a date is only approximate. */
    @Test
    void everyEventHasAShortTextAndApproximateDatesSayWhy() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode event : root.get("events")) {
            String id = text(event, "id");
            int sentences = text(event, "text").split("(?<=[.!?\"])\\s+(?=[A-Z\"])").length;
            if (sentences < 2 || sentences > 4) {
                wrong.add(id + ": " + sentences + " sentences");
            }
            if (text(event, "date").startsWith("c. ") && text(event, "note").isBlank()) {
                wrong.add(id + ": an approximate date without a note");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /**
     * Every event has a source; each is an http(s) link to a page, not to a site's home page, and at least one per
     * event is not Wikipedia.
     */
    @Test
    void everyEventHasASpecificPublicSourceBeyondWikipedia() {
        List<String> wrong = new ArrayList<>();
        for (JsonNode event : root.get("events")) {
            String id = text(event, "id");
            JsonNode sources = event.get("sources");
            if (sources == null || sources.isEmpty()) {
                wrong.add(id + ": no source");
                continue;
            }
            boolean beyondWikipedia = false;
            for (JsonNode source : sources) {
                URI url = URI.create(text(source, "url"));
                String path = url.getPath() == null ? "" : url.getPath();
                if (!List.of("http", "https").contains(url.getScheme()) || url.getHost() == null
                        || text(source, "name").isBlank()) {
                    wrong.add(id + ": " + url + " is not a named http(s) link");
                }
                if (path.replace("/", "").isEmpty() && url.getQuery() == null) {
                    wrong.add(id + ": " + url + " is a site's home page");
                }
                beyondWikipedia |= !url.getHost().endsWith("wikipedia.org");
            }
            if (!beyondWikipedia) {
                wrong.add(id + ": Wikipedia only");
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** The date check itself, on the forms of date-forms.md and on what it must refuse. */
    @Test
    void theDateCheckKnowsTheAgreedForms() {
        for (String written : List.of("2003-03-20", "2003-03", "2003", "762-07-30", "0762-07-30", "AD 762-07-30",
                "AD 79", "79 AD", "1865-04-14T22:15", "2020-01-03T00:52+03:00", "2020-01-03T00:52Z", "753 BC",
                "44-03-15 BC", "539-10 BC", "753 BCE", "c. 3500 BC", "c. 1750 BC", "c. 1200", "c. 2003-03",
                "13.8 billion years ago", "66 million years ago", "10,000 years ago", "12 thousand years ago")) {
            key("example", written);
        }
        for (String refused : List.of("-0044", "0", "0 BC", "2003-02-31", "13.8 billion years ago-03", "753 B.C.",
                "circa 3500 BC", "2003/03/20")) {
            assertTrue(failsTheCheck(refused), refused + " is refused");
        }
    }

    private static boolean failsTheCheck(String date) {
        try {
            key("example", date);
            return false;
        } catch (AssertionError expected) {
            return true;
        }
    }

    @Test
    void opensThroughTheAppsReaderWithoutAProblem() {
        LoadResult result = new DatasetReader().read(BundledDataset.IRAQ_THROUGH_THE_AGES, OpeningProgress.NONE);
        assertEquals(List.of(), result.errors());
        assertEquals(List.of(), result.warnings());
        Dataset dataset = result.dataset().orElseThrow();
        assertEquals(root.get("events").size(), dataset.events().size());
        assertTrue(dataset.events().get(0).start().isBc(), "the first event is before Christ");
    }

    @Test
    void meetsTheSchema() throws IOException {
        try (InputStream in = IraqThroughTheAgesTest.class.getResourceAsStream("/data/timeline-dataset.schema.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(new ObjectMapper().readTree(in));
            assertEquals(Set.of(), schema.validate(root));
        }
    }
}
