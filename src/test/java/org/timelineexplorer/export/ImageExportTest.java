package org.timelineexplorer.export;

import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.transform.Scale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimelineView;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageExportTest {

    static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();
    static final FigureSeries TROOPS = BUNDLED.series("us-troops").orElseThrow();

    @BeforeAll
    static void startFx() throws Exception {
        FxForTests.start();
    }

    static WritableImage exportChart(double width, double height, double scale, String credit) throws Exception {
        return FxThread.call(() -> {
            Region chart = ImageExport.layOutDetached(Pictures.chart(BUNDLED, List.of(TROOPS)), width, height);
            return ImageExport.frame(chart, "US troops in Iraq", credit, scale);
        });
    }

    @Test
    void imageIsContentPlusBandsTimesScale() throws Exception {
        for (double scale : ImageExport.SCALES) {
            WritableImage image = exportChart(800, 450, scale, "Figures: Congressional Research Service.");
            assertEquals(800 * scale, image.getWidth(), "width at " + scale);
            assertEquals((450 + ImageExport.TITLE_BAND + ImageExport.FOOTER_BAND) * scale, image.getHeight(),
                    "height at " + scale);
        }
    }

    @Test
    void writtenPngIsOpaqueColourfulAndHasAFooter(@TempDir Path dir) throws Exception {
        WritableImage image = exportChart(800, 450, 2, "Figures: Congressional Research Service.");
        Path file = dir.resolve("chart.png");
        PngFiles.write(ImageExport.toOpaqueRgb(image), file);

        BufferedImage png = ImageIO.read(file.toFile());
        assertEquals(1600, png.getWidth());
        assertEquals((450 + 88) * 2, png.getHeight());
        assertFalse(png.getColorModel().hasAlpha(), "the PNG is opaque");

        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < png.getHeight(); y += 2) {
            for (int x = 0; x < png.getWidth(); x += 2) {
                colours.add(png.getRGB(x, y));
            }
        }
        assertTrue(colours.size() > 50, "many distinct colours, got " + colours.size());

        int footerTop = (int) ((ImageExport.TITLE_BAND + 450) * 2) + 4;
        assertTrue(inkIn(png, 0, footerTop, png.getWidth(), png.getHeight()) > 100, "the credit is printed");
        assertTrue(inkIn(png, 0, 0, png.getWidth(), (int) (ImageExport.TITLE_BAND * 2)) > 100, "the title is printed");
        if (System.getProperty("export.keep") != null) {
            Files.copy(file, Path.of(System.getProperty("export.keep"), "chart-2x.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Test
    void blankCreditStillGetsAFooter() throws Exception {
        WritableImage image = exportChart(400, 300, 1, "  ");
        PixelReader reader = image.getPixelReader();
        int ink = 0;
        for (int y = (int) (ImageExport.TITLE_BAND + 300) + 2; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((reader.getArgb(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        assertTrue(ink > 20, "a footer even without a credit");
    }

    /** Pixels that are not the white background in a rectangle. */
    static int inkIn(BufferedImage image, int x0, int y0, int x1, int y1) {
        int ink = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) != 0xFFFFFF) {
                    ink++;
                }
            }
        }
        return ink;
    }

    /**
     * A timeline picture at 2× is drawn at 2×, not enlarged: its text has the fine detail a 2× enlargement of the
     * 1× drawing cannot have. Measured against exactly that enlargement, a snapshot of the same timeline scaled up.
     * Afterwards the timeline draws at its own scale again, as one in the window must.
     */
    @Test
    void aTimelinePictureIsDrawnAtItsScaleNotEnlarged() throws Exception {
        Dataset dataset = new DatasetReader().readBundled().dataset().orElseThrow();
        TimeRange range = TimeRange.ofDays(LocalDate.of(2003, 1, 1), LocalDate.of(2005, 1, 1));
        int width = 900;
        int height = 320;
        WritableImage[] pictures = FxThread.call(() -> {
            TimelineView timeline = (TimelineView) Pictures.laidOutTimeline(dataset, range, width, height);
            WritableImage framed = ImageExport.frame(timeline, "Title", "Credit", 2);
            assertEquals(1, timeline.getOutputScale(), "the timeline's own scale is given back");
            SnapshotParameters enlarge = new SnapshotParameters();
            enlarge.setTransform(new Scale(2, 2));
            return new WritableImage[] {framed, timeline.snapshot(enlarge, new WritableImage(width * 2, height * 2))};
        });
        int top = (int) (ImageExport.TITLE_BAND * 2);
        Detail drawn = detail(pictures[0], 0, top, width * 2, height * 2);
        Detail enlarged = detail(pictures[1], 0, 0, width * 2, height * 2);
        assertTrue(drawn.sharpSteps() > 20 * Math.max(10, enlarged.sharpSteps()),
                "drawn at 2x, text has crisp edges where the enlargement's are soft: " + drawn + " vs " + enlarged);
        assertTrue(drawn.mixedBlocks() > 2000, "and detail finer than 2x2 pixels, which no repeating of pixels "
                + "makes: " + drawn);

        // A timeline inside the content, not the content itself, is drawn at the picture's scale too.
        WritableImage inPane = FxThread.call(() -> {
            Region timeline = Pictures.timeline(dataset, range);
            Region pane = ImageExport.layOutDetached(new StackPane(timeline), width, height);
            ((TimelineView) timeline).setVisibleRange(range);
            return ImageExport.frame(pane, "Title", "Credit", 2);
        });
        Detail drawnInPane = detail(inPane, 0, top, width * 2, height * 2);
        assertTrue(drawnInPane.sharpSteps() > 20 * Math.max(10, enlarged.sharpSteps()),
                "a timeline in a pane is drawn at 2x too: " + drawnInPane + " vs " + enlarged);
    }

    /**
     * Two measures of detail in a region: 2×2 blocks whose pixels are not all alike (an enlargement by repeating
     * pixels has none), and steps between neighbours of over half the range of grey (an enlargement that
     * interpolates halves every step).
     */
    private record Detail(int mixedBlocks, int sharpSteps) {
    }

    private static Detail detail(WritableImage image, int x0, int y0, int w, int h) {
        PixelReader pixels = image.getPixelReader();
        int mixed = 0;
        int sharp = 0;
        for (int y = y0; y + 1 < y0 + h; y += 2) {
            for (int x = x0; x + 1 < x0 + w; x += 2) {
                int a = grey(pixels.getArgb(x, y));
                int b = grey(pixels.getArgb(x + 1, y));
                int c = grey(pixels.getArgb(x, y + 1));
                int d = grey(pixels.getArgb(x + 1, y + 1));
                if (Math.max(Math.max(a, b), Math.max(c, d)) - Math.min(Math.min(a, b), Math.min(c, d)) > 24) {
                    mixed++;
                }
            }
        }
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x + 1 < x0 + w; x++) {
                if (Math.abs(grey(pixels.getArgb(x, y)) - grey(pixels.getArgb(x + 1, y))) > 128) {
                    sharp++;
                }
            }
        }
        return new Detail(mixed, sharp);
    }

    private static int grey(int argb) {
        return (((argb >> 16) & 0xFF) * 299 + ((argb >> 8) & 0xFF) * 587 + (argb & 0xFF) * 114) / 1000;
    }
}
