package org.timelineexplorer.export;

import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.io.PngFiles;
import org.timelineexplorer.model.ChartStyle;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.Source;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ImageExportTest {

    static final FigureSeries TROOPS = new FigureSeries("us-troops", "US troops in Iraq", "troops", ChartStyle.LINE,
            new Source("CRS", URI.create("https://crsreports.congress.gov/")),
            List.of(new FigurePoint(2003, 150000, null), new FigurePoint(2005, 155000, null),
                    new FigurePoint(2007, 165000, null), new FigurePoint(2009, 130000, null),
                    new FigurePoint(2011, 45000, null), new FigurePoint(2015, 3500, null)));

    @BeforeAll
    static void startFx() {
        HeadlessFx.ensureStarted();
    }

    static WritableImage exportChart(double width, double height, double scale, String credit) throws Exception {
        return FxThread.call(() -> {
            Region chart = ImageExport.layOutDetached(Pictures.chart(List.of(TROOPS)), width, height);
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
}
