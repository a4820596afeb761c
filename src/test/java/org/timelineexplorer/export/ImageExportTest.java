package org.timelineexplorer.export;

import javafx.scene.SnapshotParameters;
import javafx.scene.image.ImageView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.transform.Scale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.fonts.Fonts;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.TimeRange;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Pictures as they come out of the exports, read back from their pixels (here with the controls' own look). */
class ImageExportTest {

    static final Dataset BUNDLED = new DatasetReader().readBundled().dataset().orElseThrow();
    static final FigureSeries TROOPS = BUNDLED.series("us-troops").orElseThrow();
    static final FigureSeries DEATHS = BUNDLED.series("us-deaths").orElseThrow();
    static final FigureSeries CIVILIANS = BUNDLED.series("iraqi-civilian-deaths").orElseThrow();
    static final int BLUE = 0x0072B2;
    static final int VERMILLION = 0xD55E00;
    static final int GREEN = 0x009E73;

    @BeforeAll
    static void startFx() throws Exception {
        FxForTests.start();
    }

    static BufferedImage chart(List<FigureSeries> series, PictureSize size) throws Exception {
        return Pixels.of(FxThread.call(() -> Pictures.chart(BUNDLED, series, size, List.of())));
    }

    @Test
    void everyPictureIsExactlyTheSizeAskedForWithTheBandsInside() throws Exception {
        for (double scale : new double[] {1, 1.5, 2, 3}) {
            for (int[] size : new int[][] {{1600, 900}, {800, 450}, {333, 201}}) {
                WritableImage chart = FxThread.call(() -> Pictures.chart(BUNDLED, List.of(TROOPS),
                        new PictureSize(size[0], size[1], scale), List.of()));
                WritableImage timeline = FxThread.call(() -> Pictures.timeline(BUNDLED, BUNDLED.overview(),
                        new PictureSize(size[0], size[1], scale), List.of()));
                for (WritableImage picture : List.of(chart, timeline)) {
                    String what = size[0] + " x " + size[1] + " at " + scale;
                    assertEquals(Math.round(size[0] * scale), (long) picture.getWidth(), what);
                    assertEquals(Math.round(size[1] * scale), (long) picture.getHeight(), what);
                }
            }
        }
    }

    /**
     * The title band holds the title and the credit band the credit, set in the bundled font: the ink in each band is
     * as wide as the text in DejaVu Sans (another family's glyphs are several pixels narrower or wider), and starts
     * at the band's margin.
     */
    @Test
    void theWrittenPngShowsItsTitleAndCreditInTheBundledFont(@TempDir Path dir) throws Exception {
        for (double scale : ImageExport.SCALES) {
            PictureSize size = new PictureSize(800, 450, scale);
            Path file = dir.resolve("chart-" + (int) scale + "x.png");
            PngFiles.write(chart(List.of(TROOPS), size), file);
            BufferedImage png = Pixels.read(file);
            assertFalse(png.getColorModel().hasAlpha(), "the PNG is opaque");

            int titleBottom = (int) Math.round(ImageExport.TITLE_BAND * scale);
            int footerTop = size.pixelHeight() - (int) Math.round(ImageExport.FOOTER_BAND * scale);
            double[] expected = FxThread.call(() -> new double[] {
                    Pixels.textWidth(TROOPS.title(), Fonts.bold(20)),
                    Pixels.textWidth(BUNDLED.credit(), Fonts.regular(11))});
            Pixels.Found title = Pixels.ink(png, 0, titleBottom);
            assertEquals(expected[0] * scale, title.width(), 4 * scale, "the title's width at " + scale + "x");
            assertEquals(16 * scale, title.minX(), 3 * scale, "the title starts at the margin");
            assertTrue(title.height() > 10 * scale, "the title is 20 pt type: " + title);

            // The bundled dataset's credit is longer than the band is wide: it takes two lines, the band's width.
            assertTrue(expected[1] > 800 - 32, "the credit needs two lines");
            Pixels.Found credit = Pixels.ink(png, footerTop + 2, png.getHeight());
            assertTrue(credit.width() > 0.8 * (800 - 32) * scale && credit.width() <= (800 - 32) * scale + 2,
                    "the credit fills the band's width: " + credit);
            assertTrue(credit.height() > 18 * scale, "on two lines of 11 pt type: " + credit);
            keep(file);
        }
    }

    @Test
    void aBlankCreditStillPrintsMadeWithTimelineExplorer() throws Exception {
        PictureSize size = new PictureSize(400, 300, 1);
        BufferedImage image = Pixels.of(FxThread.call(() -> ImageExport.frame(
                ImageExport.layOutDetached(new javafx.scene.layout.Region(), size, List.of()), size, "Title", "  ")));
        double expected = FxThread.call(() -> Pixels.textWidth("Made with Timeline Explorer", Fonts.regular(11)));
        Pixels.Found credit = Pixels.ink(image, 300 - 40 + 2, 300);
        assertEquals(expected, credit.width(), 4, "a footer even without a credit: " + credit);
    }

    /** Several series stack one under another, each in the colour of its place in the dataset, and only there. */
    @Test
    void eachSeriesIsDrawnInItsOwnColourWhereItsChartIs() throws Exception {
        PictureSize size = new PictureSize(960, 900, 1);
        BufferedImage picture = chart(List.of(TROOPS, DEATHS, CIVILIANS), size);
        int top = (int) ImageExport.TITLE_BAND;
        int third = (int) (size.contentHeight() / 3);
        int[][] bands = {{top, top + third}, {top + third, top + 2 * third}, {top + 2 * third, top + 3 * third + 8}};
        int[] colours = {BLUE, VERMILLION, GREEN};
        for (int i = 0; i < 3; i++) {
            Pixels.Found everywhere = Pixels.colour(picture, colours[i], 0, picture.getHeight());
            Pixels.Found inItsChart = Pixels.colour(picture, colours[i], bands[i][0], bands[i][1]);
            assertTrue(everywhere.count() > 500, String.format("series %d is drawn: %s", i, everywhere));
            assertEquals(everywhere.count(), inItsChart.count(), "series " + i + " is drawn in its own chart only");
        }
    }

    /** US military deaths as bars: nine years, nine bars, the tallest 2007's, 2010 and 2011 small. */
    @Test
    void theBarsStandWhereTheFiguresAre() throws Exception {
        PictureSize size = new PictureSize(960, 540, 1);
        BufferedImage picture = chart(List.of(DEATHS), size);
        int top = (int) ImageExport.TITLE_BAND;
        int bottom = (int) (ImageExport.TITLE_BAND + size.contentHeight());
        // The peak's label has a border of the series' colour: two pixels, where the shortest bar has more.
        List<int[]> bars = Pixels.runs(Pixels.columnHeights(picture, VERMILLION, top, bottom), 4, 3);
        assertEquals(9, bars.size(), "a bar for each year 2003-2011");
        int tallest = bars.stream().mapToInt(bar -> bar[2]).max().orElseThrow();
        assertEquals(tallest, bars.get(4)[2], "2007, the fifth year, had the most deaths");
        assertTrue(bars.get(7)[2] < tallest / 5 && bars.get(8)[2] < tallest / 5, "2010 and 2011 had few");
        for (int i = 1; i < bars.size(); i++) {
            assertTrue(bars.get(i)[0] > bars.get(i - 1)[1], "the years run left to right");
        }
    }

    /** The troop levels as a line: high on the left (2003-2008), near the bottom on the right (2014-2024). */
    @Test
    void theLineIsHighWhereTheTroopsWereMany() throws Exception {
        PictureSize size = new PictureSize(960, 540, 2);
        BufferedImage picture = chart(List.of(TROOPS), size);
        int top = (int) (ImageExport.TITLE_BAND * 2);
        double plot = size.contentHeight() * 2;
        int third = picture.getWidth() / 3;
        Pixels.Found left = Pixels.colour(crop(picture, 0, third), BLUE, top, top + (int) plot);
        // The legend for the dashed authorised levels sits at the right of the plot, halfway down, in the series'
        // colour: the line is looked for below it.
        int aboveLegend = top + (int) (0.3 * plot);
        int belowLegend = top + (int) (0.6 * plot);
        Pixels.Found legend = Pixels.colour(crop(picture, 2 * third, third), BLUE, aboveLegend, belowLegend);
        Pixels.Found right = Pixels.colour(crop(picture, 2 * third, third), BLUE, belowLegend, top + (int) plot);
        assertTrue(left.minY() < top + 0.4 * plot, "the line is high in 2003-2008: " + left);
        assertTrue(right.minY() > top + 0.7 * plot, "and low after 2014: " + right);
        assertTrue(legend.count() > 0, "the legend shows the dashes in the series' colour: " + legend);
    }

    private static BufferedImage crop(BufferedImage image, int x, int width) {
        return image.getSubimage(x, 0, width, image.getHeight());
    }

    /**
     * A timeline picture at 2× is drawn at 2×, not enlarged: its text has the fine detail a 2× enlargement of the
     * 1× picture cannot have. Measured against exactly that enlargement.
     */
    @Test
    void aTimelinePictureIsDrawnAtItsScaleNotEnlarged() throws Exception {
        TimeRange range = TimeRange.ofDays(LocalDate.of(2003, 1, 1), LocalDate.of(2005, 1, 1));
        int width = 900;
        int height = 408;
        WritableImage[] pictures = FxThread.call(() -> {
            WritableImage sharp = Pictures.timeline(BUNDLED, range, new PictureSize(width, height, 2), List.of());
            WritableImage small = Pictures.timeline(BUNDLED, range, new PictureSize(width, height, 1), List.of());
            SnapshotParameters enlarge = new SnapshotParameters();
            enlarge.setTransform(new Scale(2, 2));
            ImageView view = new ImageView(small);
            view.setSmooth(true);
            return new WritableImage[] {sharp, view.snapshot(enlarge, new WritableImage(width * 2, height * 2))};
        });
        int top = (int) (ImageExport.TITLE_BAND * 2);
        int contentHeight = (int) ((height - ImageExport.TITLE_BAND - ImageExport.FOOTER_BAND) * 2);
        Detail drawn = detail(pictures[0], 0, top, width * 2, contentHeight);
        Detail enlarged = detail(pictures[1], 0, top, width * 2, contentHeight);
        assertTrue(drawn.sharpSteps() > 20 * Math.max(10, enlarged.sharpSteps()),
                "drawn at 2x, text has crisp edges where the enlargement's are soft: " + drawn + " vs " + enlarged);
        assertTrue(drawn.mixedBlocks() > 2000, "and detail finer than 2x2 pixels, which no repeating of pixels "
                + "makes: " + drawn);
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
                int a = Pixels.grey(pixels.getArgb(x, y));
                int b = Pixels.grey(pixels.getArgb(x + 1, y));
                int c = Pixels.grey(pixels.getArgb(x, y + 1));
                int d = Pixels.grey(pixels.getArgb(x + 1, y + 1));
                if (Math.max(Math.max(a, b), Math.max(c, d)) - Math.min(Math.min(a, b), Math.min(c, d)) > 24) {
                    mixed++;
                }
            }
        }
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x + 1 < x0 + w; x++) {
                if (Math.abs(Pixels.grey(pixels.getArgb(x, y)) - Pixels.grey(pixels.getArgb(x + 1, y))) > 128) {
                    sharp++;
                }
            }
        }
        return new Detail(mixed, sharp);
    }

    private static void keep(Path file) throws Exception {
        if (System.getProperty("export.keep") != null) {
            Files.copy(file, Path.of(System.getProperty("export.keep"), file.getFileName().toString()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
