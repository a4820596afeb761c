package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.TimelineEvent;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Events' pictures in each format: our JSON, where alt text is required, and what TimelineJS files bring. */
class PicturesFormatTest {

    private static LoadResult read(String text, String name) {
        return new DatasetReader().read(text.getBytes(StandardCharsets.UTF_8), name);
    }

    private static String ours(String picture) {
        return """
                {
                  "format": "timeline-explorer/1",
                  "title": "Pictures",
                  "eras": [],
                  "events": [
                    {
                      "id": "one",
                      "date": "2003-04-09",
                      "title": "A statue falls",
                      "picture": %s
                    }
                  ]
                }
                """.formatted(picture);
    }

    private static Picture onlyPicture(LoadResult result) {
        assertEquals(List.of(), result.problems());
        return result.dataset().orElseThrow().events().get(0).picture();
    }

    @Test
    void aFileAndAWebPictureAreReadWithTheirWords() {
        assertEquals(Picture.ofFile("pictures/statue.jpg", "Firdos Square", "US Army", "A statue pulled down"),
                onlyPicture(read(ours("""
                        { "file": "pictures/statue.jpg", "caption": "Firdos Square", "credit": "US Army",
                          "alt": "A statue pulled down" }"""), "x.json")));
        assertEquals(Picture.ofUrl(URI.create("https://example.org/s.png"), "", "", "A statue"),
                onlyPicture(read(ours("{ \"url\": \"https://example.org/s.png\", \"alt\": \"A statue\" }"),
                        "x.json")));
    }

    @Test
    void ourFormatRequiresAltTextAndSaysWhereItIsMissing() {
        LoadResult result = read(ours("{ \"file\": \"pictures/statue.jpg\", \"caption\": \"Firdos Square\" }"),
                "x.json");
        assertFalse(result.isLoaded());
        Problem problem = result.errors().get(0);
        assertEquals("events[0].picture.alt", problem.path());
        assertEquals("missing required field \"alt\"", problem.message());
        assertEquals(10, problem.line(), "at the picture that lacks it");
    }

    @Test
    void aPictureIsAFileOrAWebAddressNotBothAndNotAnAbsolutePath() {
        assertEquals(List.of("events[0].picture.url: a picture is a \"file\" or a \"url\", not both"),
                errors(ours("{ \"file\": \"a.png\", \"url\": \"https://e.org/a.png\", \"alt\": \"A\" }")));
        assertEquals(List.of("events[0].picture.file: file \"/home/t/a.png\" must be a path relative to the "
                        + "dataset file, with / between folders, such as \"pictures/x.jpg\""),
                errors(ours("{ \"file\": \"/home/t/a.png\", \"alt\": \"A\" }")));
        assertEquals(List.of("events[0].picture.url: url \"javascript:alert(1)\" must be a web address starting "
                + "with https:// or http://"), errors(ours("{ \"url\": \"javascript:alert(1)\", \"alt\": \"A\" }")));
        assertEquals(1, errors(ours("{ \"alt\": \"A\" }")).size());
    }

    private static List<String> errors(String json) {
        return read(json, "x.json").errors().stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    void aPictureIsWrittenAndReadBackInJsonAndTheAppSpreadsheet() {
        Dataset dataset = read(ours("""
                { "file": "pictures/a b, c.jpg", "caption": "A, \\"quoted\\"", "credit": "Me", "alt": "An A" }"""),
                "x.json").dataset().orElseThrow();
        assertEquals(dataset, EveryField.read(NativeJson.bytes(dataset), "again.json"));
        String csv = new String(AppSheet.bytes(dataset), StandardCharsets.UTF_8);
        assertTrue(csv.contains(",Picture,Picture Caption,Picture Credit,Picture Alt"), csv);
        assertEquals(dataset, EveryField.read(AppSheet.bytes(dataset), "again.csv"));
    }

    @Test
    void aTimelineJsImageBecomesAPictureAndOtherMediaStaySourceLinks() {
        LoadResult result = read("""
                { "events": [
                  { "start_date": { "year": 2003 }, "text": { "headline": "Image" },
                    "media": { "url": "https://upload.example.org/Statue.JPG", "caption": "The statue",
                               "credit": "Wikimedia", "alt": "A bronze statue" } },
                  { "start_date": { "year": 2004 }, "text": { "headline": "No alt" },
                    "media": { "url": "https://example.org/a.png?w=200", "caption": "A caption" } },
                  { "start_date": { "year": 2005 }, "text": { "headline": "Video" },
                    "media": { "url": "https://www.youtube.com/watch?v=x", "credit": "A film" } },
                  { "start_date": { "year": 2006 }, "text": { "headline": "Html" },
                    "media": { "url": "<iframe src='https://example.org/a.png'></iframe>" } }
                ] }""", "tl.json");
        List<TimelineEvent> events = result.dataset().orElseThrow().events();
        assertEquals(Picture.ofUrl(URI.create("https://upload.example.org/Statue.JPG"), "The statue", "Wikimedia",
                "A bronze statue"), events.get(0).picture());
        assertEquals(List.of(), events.get(0).sources());
        assertEquals("A caption", events.get(1).picture().alt(), "the caption stands in for the alt text");
        assertTrue(result.warnings().stream().anyMatch(p -> p.path().equals("events[1].media.alt")
                && p.message().contains("no alt text") && p.line() == 6), result.warnings().toString());
        assertNull(events.get(2).picture());
        assertEquals("A film", events.get(2).sources().get(0).name());
        assertNull(events.get(3).picture());
        assertEquals(List.of(), events.get(3).sources(), "HTML never becomes an address");
    }

    @Test
    void aTimelineJsSheetImageBecomesAPictureWithItsCaptionCreditAndAltText() {
        LoadResult result = read("""
                Year,Headline,Media,Media Credit,Media Caption,Alt Text
                2003,Image,https://example.org/s.jpg,Army,The statue,A bronze statue
                2004,No alt,https://example.org/t.gif,,A caption,
                2005,Video,https://vimeo.com/1,Film,A film's caption,Its alt
                """, "sheet.csv");
        List<TimelineEvent> events = result.dataset().orElseThrow().events();
        assertEquals(Picture.ofUrl(URI.create("https://example.org/s.jpg"), "The statue", "Army",
                "A bronze statue"), events.get(0).picture());
        assertEquals("A caption", events.get(1).picture().alt());
        assertNull(events.get(2).picture());
        assertEquals(List.of("row 3, Alt Text: " + PictureReader.noAltText("caption"),
                        "row 4, Alt Text: alt texts have no place in Timeline Explorer and are left out",
                        "row 4, Media Caption: media captions have no place in Timeline Explorer and are left out"),
                result.warnings().stream().map(p -> p.path() + ": " + p.message()).toList());
    }
}
