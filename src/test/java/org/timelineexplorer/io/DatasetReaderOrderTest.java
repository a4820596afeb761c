package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.StringJoiner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reader checks events while it parses them when the eras come first, and finds the lines and columns of
 * problems only at the end: these pin down that neither changes what a teacher is told.
 */
class DatasetReaderOrderTest {

    private static final DatasetReader READER = new DatasetReader();
    private static final String ERAS = "\"eras\":[{\"id\":\"a\",\"title\":\"A\",\"start\":\"2000\",\"end\":\"2010\","
            + "\"color\":\"#00ff00\"}]";

    private static LoadResult read(String json) {
        return READER.read(json.getBytes(StandardCharsets.UTF_8), "test.json");
    }

    private static String events(int count, String extraField) {
        StringJoiner events = new StringJoiner(",\n", "\"events\":[\n", "\n]");
        for (int i = 0; i < count; i++) {
            events.add("{\"id\":\"e" + i + "\",\"date\":\"2001\",\"title\":\"t\",\"era\":\"a\"" + extraField + "}");
        }
        return events.toString();
    }

    @Test
    void eventsAreCheckedAgainstErasWhicheverComesFirst() {
        for (String json : List.of("{\"title\":\"T\"," + ERAS + ",\n" + events(3, "") + "}",
                "{\"title\":\"T\"," + events(3, "") + ",\n" + ERAS + "}")) {
            LoadResult result = read(json);
            assertTrue(result.isLoaded(), result.problems().toString());
            assertEquals(3, result.dataset().orElseThrow().events().size());
        }
        LoadResult unknownEra = read("{\"title\":\"T\"," + ERAS + ",\n"
                + events(1, "").replace("\"era\":\"a\"", "\"era\":\"b\"") + "}");
        assertEquals("era \"b\" is not defined in \"eras\"", unknownEra.errors().get(0).message());
        assertEquals("events[0].era", unknownEra.errors().get(0).path());
        assertEquals(3, unknownEra.errors().get(0).line());
    }

    @Test
    void problemsOfTheWholeFileAreListedEvenWhenEventsCheckedEarlierHaveMoreThanTheLimit() {
        // The title is missing and every event has an unknown field: the root is checked first, as before.
        LoadResult result = read("{" + ERAS + ",\n" + events(ProblemList.MAX_LISTED + 10, ",\"x\":1") + "}");
        assertEquals(ProblemList.MAX_LISTED + 1, result.problems().size());
        assertEquals(1, result.errors().size());
        Problem title = result.errors().get(0);
        assertEquals("missing required field \"title\"", title.message());
        assertEquals(1, title.line());
        assertEquals(1, title.column());
        assertTrue(result.problems().get(0).message().startsWith("there are more problems"));
        assertFalse(result.isLoaded());
    }

    @Test
    void problemsAreFoundAtTheirLineAndColumnInALargeFile() {
        LoadResult result = read("{\"title\":\"T\"," + ERAS + ",\n" + events(5_000, "")
                .replace("\"id\":\"e4321\",\"date\":\"2001\"", "\"id\":\"e4321\",\"date\":\"2001-02-30\"") + "}");
        Problem problem = result.errors().get(0);
        assertEquals("events[4321].date", problem.path());
        assertEquals(4324, problem.line());
        assertEquals(22, problem.column());
    }

    @Test
    void aDuplicateFieldNamesTheLineOfTheFirstEvenWhenTheFileBreaksLater() {
        LoadResult result = read("{\"title\":\"T\",\n\"title\":\"U\",\n\"eras\":[}");
        assertEquals("the field \"title\" appears twice in this object (first at line 1)",
                result.problems().get(0).message());
        assertEquals(2, result.problems().get(0).line());
        assertEquals(2, result.problems().size());
    }

    @Test
    void pathsAreWrittenAsBefore() {
        JsonPath root = JsonPath.ROOT;
        assertEquals("$", root.toString());
        assertEquals("$[0]", root.index(0).toString());
        assertEquals("events[12].sources[0].url", root.field("events").index(12).field("sources").index(0)
                .field("url").toString());
        assertEquals("[\"a b\"]", root.field("a b").toString());
        assertEquals("eras[0][\"\"].x-y", root.field("eras").index(0).field("").field("x-y").toString());
        assertEquals("[\"1st\"]", root.field("1st").toString());
    }
}
