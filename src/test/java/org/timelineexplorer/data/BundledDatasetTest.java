package org.timelineexplorer.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timelineexplorer.color.Contrast;
import org.timelineexplorer.model.HistoricalDate;

/** Checks the bundled dataset "United States and Iraq since 2003" against its schema and its content rules. */
class BundledDatasetTest {

    private static final String DATASET = "/data/us-iraq-since-2003.json";
    private static final String SCHEMA = "/data/timeline-dataset.schema.json";

    /** Every event of the January 2020 source article, with its exact date as written in the dataset. */
    private static final Map<String, String> SEED_EVENTS = new LinkedHashMap<>();

    static {
        SEED_EVENTS.put("invasion-begins", "2003-03-20");
        SEED_EVENTS.put("fall-of-baghdad", "2003-04-09");
        SEED_EVENTS.put("mission-accomplished", "2003-05-01");
        SEED_EVENTS.put("kay-report", "2003-10-02");
        SEED_EVENTS.put("saddam-captured", "2003-12-13");
        SEED_EVENTS.put("abu-ghraib-photos", "2004-04-28");
        SEED_EVENTS.put("fallujah-contractors-killed", "2004-03-31");
        SEED_EVENTS.put("sovereignty-handover", "2004-06-28");
        SEED_EVENTS.put("fallujah-second-battle", "2004-11-07");
        SEED_EVENTS.put("samarra-shrine-bombing", "2006-02-22");
        SEED_EVENTS.put("sectarian-war", "2006-02");
        SEED_EVENTS.put("saddam-executed", "2006-12-30");
        SEED_EVENTS.put("surge-announced", "2007-01-10");
        SEED_EVENTS.put("last-us-troops-leave", "2011-12-18");
        SEED_EVENTS.put("isil-takes-fallujah", "2014-01-04");
        SEED_EVENTS.put("mosul-falls", "2014-06-10");
        SEED_EVENTS.put("us-airstrikes-begin", "2014-08-08");
        SEED_EVENTS.put("hashd-formed", "2014-06");
        SEED_EVENTS.put("mosul-liberated", "2017-07-10");
        SEED_EVENTS.put("victory-over-is", "2017-12-09");
        SEED_EVENTS.put("protests-begin", "2019-10-01");
        SEED_EVENTS.put("rocket-attacks-on-bases", "2019-10");
        SEED_EVENTS.put("k1-contractor-killed", "2019-12-27");
        SEED_EVENTS.put("kataib-hezbollah-strikes", "2019-12-29");
        SEED_EVENTS.put("caretaker-government-warns", "2019-12-30");
        SEED_EVENTS.put("embassy-stormed", "2019-12-31");
        SEED_EVENTS.put("embassy-secured", "2020-01-01");
        SEED_EVENTS.put("soleimani-killed", "2020-01-03");
    }

    /** Events whose note must correct the source article. */
    private static final List<String> CORRECTED_EVENTS = List.of(
            "samarra-shrine-bombing", "embassy-stormed", "embassy-secured", "caretaker-government-warns",
            "saddam-executed", "surge-announced", "fallujah-contractors-killed", "invasion-begins",
            "isil-takes-fallujah");

    private static JsonNode root;
    private static JsonSchema schema;

    @BeforeAll
    static void load() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (InputStream in = BundledDatasetTest.class.getResourceAsStream(DATASET)) {
            assertNotNull(in, DATASET + " is on the classpath");
            root = mapper.readTree(in);
        }
        try (InputStream in = BundledDatasetTest.class.getResourceAsStream(SCHEMA)) {
            assertNotNull(in, SCHEMA + " is on the classpath");
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(mapper.readTree(in));
        }
    }

    private static Map<String, JsonNode> eventsById() {
        Map<String, JsonNode> byId = new LinkedHashMap<>();
        root.get("events").forEach(e -> byId.put(e.get("id").asText(), e));
        return byId;
    }

    private static JsonNode series(String id) {
        for (JsonNode s : root.get("series")) {
            if (id.equals(s.get("id").asText())) {
                return s;
            }
        }
        fail("series " + id + " is missing");
        return null;
    }

    private static Map<Integer, Double> points(String seriesId) {
        Map<Integer, Double> byYear = new HashMap<>();
        for (JsonNode p : series(seriesId).get("points")) {
            Double previous = byYear.put(p.get("year").asInt(), p.get("value").asDouble());
            assertEquals(null, previous, seriesId + " has year " + p.get("year").asInt() + " twice");
        }
        return byYear;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    @Test
    void validatesAgainstTheSchema() {
        Set<ValidationMessage> problems = schema.validate(root);
        assertTrue(problems.isEmpty(), () -> "schema problems: " + problems);
    }

    @Test
    void theSchemaRejectsABrokenFile() throws IOException {
        JsonNode broken = new ObjectMapper().readTree("""
                { "title": "", "eras": [ { "id": "a b", "title": "x", "start": "2003-3-20", "end": "2004",
                  "color": "red" } ], "events": [ { "id": "e", "date": "2003", "title": "t",
                  "sources": [ { "name": "n", "url": "ftp://x" } ] } ],
                  "series": [ { "id": "s", "title": "t", "style": "pie", "source": { "name": "n", "url": "https://x" },
                  "points": [ { "year": 2003.5, "value": -1 } ] } ] }
                """);
        Set<ValidationMessage> problems = schema.validate(broken);
        assertTrue(problems.size() >= 8, () -> "expected at least 8 problems, got " + problems);
    }

    @Test
    void everySeedArticleEventIsPresentWithItsExactDate() {
        Map<String, JsonNode> events = eventsById();
        SEED_EVENTS.forEach((id, date) -> {
            JsonNode event = events.get(id);
            assertNotNull(event, "seed event " + id + " is missing");
            assertEquals(date, event.get("date").asText(), "date of " + id);
        });
    }

    @Test
    void atLeastTwentyFiveFurtherEvents() {
        long further = eventsById().keySet().stream().filter(id -> !SEED_EVENTS.containsKey(id)).count();
        assertTrue(further >= 25, "only " + further + " events beyond the source article");
    }

    @Test
    void idsAreUnique() {
        List<String> ids = new ArrayList<>();
        root.get("events").forEach(e -> ids.add(e.get("id").asText()));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "event ids are unique");
        List<String> eraIds = new ArrayList<>();
        root.get("eras").forEach(e -> eraIds.add(e.get("id").asText()));
        assertEquals(eraIds.size(), new HashSet<>(eraIds).size(), "era ids are unique");
    }

    @Test
    void everyEventIsComplete() {
        Set<String> eraIds = new HashSet<>();
        root.get("eras").forEach(e -> eraIds.add(e.get("id").asText()));
        for (JsonNode e : root.get("events")) {
            String id = e.get("id").asText();
            assertFalse(text(e, "title").isBlank(), id + " has a title");
            assertFalse(text(e, "text").isBlank(), id + " has a text");
            assertFalse(text(e, "category").isBlank(), id + " has a category");
            assertTrue(eraIds.contains(text(e, "era")), id + " belongs to an era of the file");
            JsonNode sources = e.get("sources");
            assertTrue(sources != null && sources.size() >= 1, id + " has a source");
            for (JsonNode s : sources) {
                assertFalse(text(s, "name").isBlank(), id + ": source has a name");
                assertTrue(text(s, "url").matches("^https?://\\S+$"), id + ": source URL " + text(s, "url"));
            }
        }
    }

    @Test
    void noEventEndsBeforeItStarts() {
        for (JsonNode e : root.get("events")) {
            HistoricalDate start = HistoricalDate.parse(e.get("date").asText());
            if (e.hasNonNull("end")) {
                HistoricalDate end = HistoricalDate.parse(e.get("end").asText());
                assertFalse(end.firstDay().isBefore(start.firstDay()),
                        e.get("id").asText() + " ends before it starts");
            }
        }
    }

    @Test
    void erasAreContiguousFromTheInvasion() {
        JsonNode eras = root.get("eras");
        assertTrue(eras.size() >= 6 && eras.size() <= 9, "6 to 9 eras, found " + eras.size());
        LocalDate previousEnd = null;
        for (JsonNode era : eras) {
            String id = era.get("id").asText();
            HistoricalDate start = HistoricalDate.parse(era.get("start").asText());
            HistoricalDate end = HistoricalDate.parse(era.get("end").asText());
            assertFalse(end.lastDay().isBefore(start.firstDay()), id + " ends before it starts");
            assertTrue(text(era, "title").length() > 0, id + " has a title");
            assertTrue(text(era, "color").matches("^#[0-9A-Fa-f]{6}$"), id + " has a colour");
            if (previousEnd == null) {
                assertEquals(LocalDate.of(2003, 3, 20), start.firstDay(), "the first era starts with the invasion");
            } else {
                assertEquals(previousEnd.plusDays(1), start.firstDay(), id + " starts the day after the previous era");
            }
            previousEnd = end.lastDay();
        }
        assertTrue(previousEnd.getYear() >= 2026, "the last era ends in 2026 or later, not " + previousEnd);
    }

    @Test
    void everyEraHasItsOwnColour() {
        // A legend, the era buttons and the chart's shading all tell eras apart by colour alone.
        Set<String> colours = new HashSet<>();
        for (JsonNode era : root.get("eras")) {
            assertTrue(colours.add(text(era, "color").toUpperCase(java.util.Locale.ROOT)),
                    era.get("id").asText() + " shares its colour with another era");
        }
    }

    @Test
    void noEraIsEmpty() {
        Map<String, Long> counts = new HashMap<>();
        root.get("events").forEach(e -> counts.merge(text(e, "era"), 1L, Long::sum));
        for (JsonNode era : root.get("eras")) {
            String id = era.get("id").asText();
            assertTrue(counts.getOrDefault(id, 0L) > 0, "era " + id + " has no events");
        }
    }

    @Test
    void usTroopsSeries() {
        assertEquals("line", series("us-troops").get("style").asText());
        Map<Integer, Double> troops = points("us-troops");
        assertEquals(165000.0, troops.get(2007), "2007: the surge plateau");
        assertEquals(5200.0, troops.get(2020), "2020: January, as in the article");
        List<Integer> highlighted = new ArrayList<>();
        series("us-troops").get("points").forEach(p -> {
            if (p.path("highlight").asBoolean(false)) {
                highlighted.add(p.get("year").asInt());
            }
        });
        assertEquals(List.of(2007, 2020), highlighted, "the chart labels the article's two troop figures");
        for (int year = 2003; year <= 2011; year++) {
            assertTrue(troops.containsKey(year), "us-troops covers " + year);
        }
        for (int year = 2014; year <= 2024; year++) {
            assertTrue(troops.containsKey(year), "us-troops covers " + year);
        }
    }

    @Test
    void usDeathsAgreeWithTheArticle() {
        assertEquals("bar", series("us-deaths").get("style").asText());
        Map<Integer, Double> deaths = points("us-deaths");
        double sum = 0;
        for (int year = 2003; year <= 2011; year++) {
            assertTrue(deaths.containsKey(year), "us-deaths covers " + year);
            sum += deaths.get(year);
        }
        assertTrue(sum >= 4400 && sum <= 4600, "almost 4,500 US soldiers in 2003-2011, found " + sum);
    }

    @Test
    void iraqiCivilianDeathsAgreeWithTheArticle() {
        Map<Integer, Double> ibc = points("iraqi-civilian-deaths");
        double sum = 0;
        for (int year = 2003; year <= 2011; year++) {
            assertTrue(ibc.containsKey(year), "IBC covers " + year);
            sum += ibc.get(year);
        }
        assertTrue(sum > 100_000, "more than 100,000 civilians in 2003-2011, found " + sum);
    }

    @Test
    void soleimaniIsNamedInExactlyOneEvent() {
        List<String> naming = new ArrayList<>();
        for (JsonNode e : root.get("events")) {
            String words = (text(e, "title") + " " + text(e, "text")).toLowerCase(Locale.ROOT);
            if (words.contains("soleimani")) {
                naming.add(e.get("id").asText());
            }
        }
        assertEquals(List.of("soleimani-killed"), naming);
    }

    @Test
    void correctionsAreNoted() {
        Map<String, JsonNode> events = eventsById();
        List<String> missing = CORRECTED_EVENTS.stream()
                .filter(id -> events.get(id) == null || text(events.get(id), "note").isBlank())
                .collect(Collectors.toList());
        assertTrue(missing.isEmpty(), "events without their correction note: " + missing);
        assertTrue(text(events.get("samarra-shrine-bombing"), "note").contains("bombed"));
        assertTrue(text(events.get("embassy-stormed"), "note").contains("mistranslation"));
        assertTrue(text(events.get("caretaker-government-warns"), "note").contains("caretaker"));
        // The article had the dates of these right: a note would correct nothing (the audit of issue 16).
        assertTrue(text(events.get("kay-report"), "note").isBlank());
        assertTrue(text(events.get("kataib-hezbollah-strikes"), "note").isBlank());
    }

    @Test
    void everyEventHasASpecificSourceBeyondWikipedia() {
        List<String> missing = new ArrayList<>();
        for (JsonNode e : root.get("events")) {
            boolean found = false;
            for (JsonNode s : e.get("sources")) {
                found |= isSpecificNonWikipediaPage(text(s, "url"));
            }
            if (!found) {
                missing.add(e.get("id").asText());
            }
        }
        assertTrue(missing.isEmpty(), "events citing only Wikipedia or a home or index page: " + missing);
    }

    /** Not Wikipedia, and a page of its own rather than a site's home or an index of pages. */
    private static boolean isSpecificNonWikipediaPage(String url) {
        URI uri = URI.create(url);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        String path = uri.getPath() == null ? "" : uri.getPath();
        String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        boolean home = path.replace("/", "").isEmpty();
        // An index page of a section ("/infocus/iraq/index2.html"), not an article that happens to be an index.html
        // deep in a dated path.
        boolean index = last.matches("index\\d*\\.(html?|aspx?|php)") && path.split("/").length <= 4;
        return !host.endsWith("wikipedia.org") && !home && !index;
    }

    @Test
    void everySourceIsAWebPageOnce() {
        for (JsonNode e : root.get("events")) {
            Set<String> urls = new HashSet<>();
            for (JsonNode s : e.get("sources")) {
                assertTrue(urls.add(text(s, "url")), e.get("id").asText() + " cites " + text(s, "url") + " twice");
            }
        }
    }

    @Test
    void erasStayApartForEveryCommonColourVisionDeficiency() {
        List<JsonNode> eras = new ArrayList<>();
        root.get("eras").forEach(eras::add);
        for (ColourVision.Deficiency deficiency : ColourVision.Deficiency.values()) {
            for (int i = 0; i < eras.size(); i++) {
                for (int j = i + 1; j < eras.size(); j++) {
                    double distance = ColourVision.distance(text(eras.get(i), "color"), text(eras.get(j), "color"),
                            deficiency);
                    String pair = eras.get(i).get("id").asText() + " and " + eras.get(j).get("id").asText();
                    assertTrue(distance >= 15, () -> String.format(Locale.ROOT,
                            "%s: %s are only ΔE %.1f apart", deficiency, pair, distance));
                }
            }
        }
    }

    @Test
    void theSimulationFindsTheGreyThatTheAuditFlagged() {
        // The audit measured ΔE ≈ 7 between the old grey and reddish purple for deuteranopes: the test that guards
        // the eras must see the same, or it guards nothing.
        double distance = ColourVision.distance("#999999", "#CC79A7", ColourVision.Deficiency.DEUTERANOPIA);
        assertTrue(distance > 6 && distance < 8, "ΔE " + distance);
    }

    @Test
    void textOnEveryEraColourReadsByWcag() {
        for (JsonNode era : root.get("eras")) {
            String colour = text(era, "color");
            double r = Integer.parseInt(colour.substring(1, 3), 16) / 255.0;
            double g = Integer.parseInt(colour.substring(3, 5), 16) / 255.0;
            double b = Integer.parseInt(colour.substring(5, 7), 16) / 255.0;
            double background = Contrast.relativeLuminance(r, g, b);
            // The colour the band and the era button write in, by the one helper every view uses.
            double text = Contrast.blackReadsBetter(r, g, b) ? 0 : 1;
            double ratio = Contrast.ratio(background, text);
            assertTrue(ratio >= 4.5, era.get("id").asText() + ": text on " + colour + " reaches only " + ratio);
        }
    }

    @Test
    void theDrawdownEraSaysItsEndIsPlanned() {
        for (JsonNode era : root.get("eras")) {
            if (era.get("id").asText().equals("drawdown")) {
                assertTrue(text(era, "summary").contains("planned date"), text(era, "summary"));
                assertFalse(text(era, "summary").contains("in 2025."), "the last event is in January 2026");
                return;
            }
        }
        fail("no drawdown era");
    }

    @Test
    void everyEstimateHasAMethodASourceAndAPeriod() {
        int estimates = 0;
        for (JsonNode series : root.get("series")) {
            for (JsonNode estimate : series.path("estimates")) {
                String id = estimate.get("id").asText();
                assertFalse(text(estimate, "method").isBlank(), id + " has a method");
                assertTrue(text(estimate, "method").length() > 40, id + "'s method says how, in a sentence");
                assertTrue(isSpecificNonWikipediaPage(text(estimate.get("source"), "url")), id + " has a source page");
                assertFalse(text(estimate.get("source"), "name").isBlank(), id + "'s source is named");
                assertFalse(text(estimate, "counts").isBlank(), id + " says what it counts");
                HistoricalDate start = HistoricalDate.parse(text(estimate, "start"));
                HistoricalDate end = HistoricalDate.parse(text(estimate, "end"));
                assertTrue(end.lastDay().isAfter(start.firstDay().plusYears(1)), id + " covers several years");
                estimates++;
            }
        }
        assertEquals(5, estimates, "IBC, IFHS, Lancet 2006, ORB and PLOS Medicine 2013");
    }

    @Test
    void theEstimatesAreTheFiguresTheirPublicationsGive() {
        Map<String, Double> values = new HashMap<>();
        for (JsonNode estimate : series("iraqi-civilian-deaths").get("estimates")) {
            values.put(estimate.get("id").asText(), estimate.get("value").asDouble());
        }
        double ibcSum = 0;
        Map<Integer, Double> ibc = points("iraqi-civilian-deaths");
        for (int year = 2003; year <= 2011; year++) {
            ibcSum += ibc.get(year);
        }
        assertEquals(ibcSum, values.get("ibc-2003-2011"), "IBC's total is the sum of the bars it stands beside");
        assertEquals(151_000, values.get("ifhs"));
        assertEquals(654_965, values.get("lancet-2006"));
        assertEquals(1_033_000, values.get("orb-2007"));
        assertEquals(461_000, values.get("plos-2013"));
    }

    @Test
    void troopsAfter2014AreAuthorisedLevelsAndBeforeNotes() {
        for (JsonNode p : series("us-troops").get("points")) {
            int year = p.get("year").asInt();
            boolean announced = p.path("announced").asBoolean(false);
            assertEquals(year >= 2014, announced, year + ": only the levels from 2014 are authorised, not counts");
            if (year <= 2011 && year != 2007) {
                assertTrue(text(p, "note").startsWith("November " + year), year + " says it is a November count");
            }
        }
        String surge = "";
        for (JsonNode p : series("us-troops").get("points")) {
            surge = p.get("year").asInt() == 2007 ? text(p, "note") : surge;
        }
        assertTrue(surge.contains("168,000 to 171,000"), "the 2007 note gives the peak: " + surge);
    }

    @Test
    void theSchemaRejectsAnEstimateWithoutMethodOrWithHalfARange() throws IOException {
        JsonNode broken = new ObjectMapper().readTree("""
                { "title": "t", "eras": [], "events": [], "series": [ { "id": "s", "title": "t", "style": "bar",
                  "source": { "name": "n", "url": "https://x.org/a" }, "points": [],
                  "estimates": [ { "id": "e", "title": "t", "value": 1, "low": 0, "start": "2003", "end": "2004",
                  "source": { "name": "n", "url": "https://x.org/a" } } ] } ] }
                """);
        Set<ValidationMessage> problems = schema.validate(broken);
        assertTrue(problems.stream().anyMatch(m -> m.getMessage().contains("method")), () -> "" + problems);
        assertTrue(problems.stream().anyMatch(m -> m.getMessage().contains("high")), () -> "" + problems);
    }
}
