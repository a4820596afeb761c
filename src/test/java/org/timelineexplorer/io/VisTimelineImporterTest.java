package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimelineEvent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** vis-timeline's data files: a list of items, or items and groups. */
class VisTimelineImporterTest {

    private static LoadResult read(String json) {
        return new DatasetReader().read(json.getBytes(StandardCharsets.UTF_8), "vis.json");
    }

    private static List<String> placed(LoadResult result) {
        return result.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.path() + ": " + p.message())
                .toList();
    }

    @Test
    void itemsAndGroupsOpenWithTimesToTheMinute() {
        LoadResult result = read("""
                {
                  "groups": [ {"id": 1, "content": "<b>Science</b>"}, {"id": "art", "content": "Art"} ],
                  "items": [
                    {"id": 1, "content": "Launch <i>day</i>", "start": "2014-04-20T10:15:00.000Z", "group": 1,
                     "title": "The tooltip"},
                    {"id": "a b", "content": "Show", "start": "2014-04-14 18:30", "end": "2014-04-16", "group": "art",
                     "type": "range"},
                    {"id": 3, "content": "Season", "start": "2014-04", "end": "2014-06", "type": "background"},
                    {"id": 4, "content": "Moment", "start": 1397988000000, "className": "red"},
                    {"id": 5, "content": "Odd", "start": "2014-05-01", "colour": "red"}
                  ]
                }
                """);
        Dataset dataset = result.dataset().orElseThrow(() -> new AssertionError(placed(result)));
        assertEquals("vis", dataset.title());
        TimelineEvent launch = dataset.event("1").orElseThrow();
        assertEquals("Launch day", launch.title());
        assertEquals("The tooltip", launch.text());
        assertEquals("Science", launch.category());
        assertEquals("2014-04-20T10:15Z", launch.start().toIsoString());
        TimelineEvent show = dataset.event("show-2").orElseThrow();
        assertEquals("2014-04-14T18:30", show.start().toIsoString());
        assertEquals("2014-04-16", show.end().toIsoString());
        assertEquals("Art", show.category());
        assertEquals("2014-04-20T10:00Z", dataset.event("4").orElseThrow().start().toIsoString());
        assertEquals(List.of("Season"), dataset.eras().stream().map(e -> e.title()).toList());
        // A look (className, style) is the page's business: left out without a word.
        assertEquals(List.of("10:66 items[4].colour: field \"colour\" has no place in Timeline Explorer and is left out"),
                placed(result));
    }

    @Test
    void problemsHaveTheirLineAndPath() {
        LoadResult result = read("[\n  {\"id\": 1, \"content\": \"\", \"start\": \"2014-02-30\"},\n"
                + "  {\"id\": 2, \"content\": \"x\", \"start\": \"2014-04-20T10:15:30\"}\n]");
        assertFalse(result.isLoaded());
        assertEquals(List.of("2:24 $[0].content: the item has no content, which names it on the timeline",
                "2:37 $[0].start: \"2014-02-30\" is not a date: there is no 30 February in 2014 (February has 28 "
                        + "days that year)",
                "3:38 $[1].start: times are kept to the minute: the seconds of \"2014-04-20T10:15:30\" are left out"),
                placed(result));
    }

    @Test
    void thePeersBasicExampleOpens() throws Exception {
        Path file = Path.of(System.getProperty("peers.dir", "../shared/peers"), "vis-timeline__basic.json");
        assumeTrue(Files.isRegularFile(file), "the peers' example files are beside the project");
        Dataset dataset = DatasetOpener.open(file).dataset().orElseThrow();
        assertEquals(6, dataset.events().size());
        assertEquals("2014-04-14", dataset.events().get(0).start().toIsoString());
        assertEquals("2014-04-19", dataset.event("4").orElseThrow().end().toIsoString());
    }
}
