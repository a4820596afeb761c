package org.timelineexplorer.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.export.FxForTests;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.Pixels;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timelineexplorer.cli.CommandLineTest.run;

/** {@code export-map} on the command line: the picture's size, and what its pixels show. */
class ExportMapCommandTest {

    /** The map's coast and sea, as its stylesheet draws them. */
    private static final int COAST = 0x5b7f99;
    private static final int SEA = 0xdceaf4;
    private static final int ERA = 0xD55E00;

    private static final String PLACES = """
            { "title": "Places of the war", "credit": "Dates: Encyclopaedia Britannica.",
              "eras": [ { "id": "war", "title": "War", "start": "2003", "end": "2011", "color": "#D55E00" } ],
              "events": [
                { "id": "a", "date": "2004-11-07", "title": "Fallujah", "era": "war",
                  "places": [ { "name": "Fallujah", "lat": 33.3491, "lon": 43.786 } ] },
                { "id": "b", "date": "2008-03-25", "title": "Basra", "era": "war",
                  "places": [ { "name": "Basra", "lat": 30.5085, "lon": 47.7804 } ] },
                { "id": "c", "date": "2003-03-20", "title": "Kuwait", "era": "war",
                  "places": [ { "name": "Kuwait City", "lat": 29.367, "lon": 47.9743 } ] }
              ] }
            """;

    @BeforeAll
    static void startFx() throws Exception {
        FxForTests.start();
    }

    @Test
    void theMapIsAPngOfTheAskedSizeWithCoastsSeaMarkersAndCredits(@TempDir Path dir) throws Exception {
        Path data = Files.writeString(dir.resolve("places.json"), PLACES);
        Path out = dir.resolve("map.png");
        CommandLineTest.Run run = run("export-map", "--data", data.toString(), "--out", out.toString(), "--width", "800",
                "--height", "600", "--scale", "2");
        assertEquals(0, run.code(), run.toString());
        assertEquals("saved " + out + " (1600 x 1200 pixels)", run.out().strip());
        BufferedImage image = Pixels.read(out);
        assertEquals(1600, image.getWidth());
        assertEquals(1200, image.getHeight());
        int titleBottom = (int) (ImageExport.TITLE_BAND * 2);
        int footerTop = 1200 - (int) (ImageExport.FOOTER_BAND * 2);
        assertTrue(Pixels.ink(image, 0, titleBottom).width() > 300, "the title band holds the title");
        Pixels.Found credit = Pixels.ink(image, footerTop + 4, 1200);
        assertTrue(credit.width() > 300 && credit.maxY() - credit.minY() > 30,
                "two lines of credit: the dataset's and the map data's: " + credit);
        Pixels.Found coast = Pixels.colour(image, COAST, titleBottom, footerTop);
        assertTrue(coast.count() > 200, "coastlines in the coast colour: " + coast);
        assertTrue(Pixels.colour(image, SEA, titleBottom, footerTop).count() > 10_000, "the Gulf's sea");
        Pixels.Found markers = Pixels.colour(image, ERA, titleBottom, footerTop);
        assertTrue(markers.count() > 3 * 300, "three markers in the era's colour, 12 px across at 2x: " + markers);
        String keep = System.getProperty("export.keep");
        if (keep != null) {
            Files.copy(out, Path.of(keep, out.getFileName().toString()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void aDatasetWithoutPlacesHasNoMapAndLeavesNoFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("x.png");
        Path nowhere = Files.writeString(dir.resolve("nowhere.json"), """
                { "title": "A vote and a report", "eras": [],
                  "events": [ { "id": "vote", "date": "2002-10-16", "title": "Congress authorises force" } ] }
                """);
        CommandLineTest.Run run = run("export-map", "--data", nowhere.toString(), "--out", out.toString());
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.err().contains("has a place"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void usageErrorsExitTwo() {
        assertEquals(2, run("export-map", "--out", "x.png", "--from", "2010", "--to", "2003").code());
        assertEquals(2, run("export-map", "--out", "x.txt").code());
        assertTrue(run("export-map", "--help").out().contains("--from"));
    }
}
