package org.timelineexplorer.bench;

import javafx.scene.image.WritableImage;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.HeadlessFx;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.PictureSize;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.export.PngFiles;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.Dataset;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Exporting pictures: {@code mvn -B -q -Pbenchmark verify -Dbenchmark=export}. Target: a 1600 × 900 chart exports
 * at 2× in under 1 s. The chart is the whole picture, bands included.
 * (Opening large files is {@link OpenBenchmark}'s.)
 */
final class ExportBenchmark {

    private static final int RUNS = 5;
    private static final List<String> LOOK = List.of(org.timelineexplorer.ui.ViewLoader.stylesheet());
    /** A 16:9 slide, bands included: 3200 × 1800 pixels. */
    private static final PictureSize CHART = new PictureSize(1600, 900, 2);
    private static final PictureSize TIMELINE = new PictureSize(1600, 600, 2);

    private ExportBenchmark() {
    }

    static void run() throws Exception {
        HeadlessFx.ensureStarted();
        try {
            Path dir = Files.createTempDirectory("te-bench");
            measureExport(dir);
            try (var files = Files.list(dir)) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Files.delete(f);
                }
            }
            Files.delete(dir);
        } catch (Exception | Error e) {
            // The JavaFX thread would keep the JVM alive after a failure; end it so the build reports the failure.
            javafx.application.Platform.exit();
            throw e;
        }
    }

    private static void measureExport(Path dir) throws Exception {
        Dataset bundled = new DatasetReader().readBundled().dataset().orElseThrow();
        double bestRender = Double.MAX_VALUE;
        double bestWrite = Double.MAX_VALUE;
        int width = 0;
        int height = 0;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            WritableImage image = FxThread.call(() -> Pictures.chart(bundled, bundled.series(), CHART, LOOK));
            long t1 = System.nanoTime();
            BufferedImage rgb = ImageExport.toOpaqueRgb(image);
            PngFiles.write(rgb, dir.resolve("chart.png"));
            long t2 = System.nanoTime();
            bestRender = Math.min(bestRender, (t1 - t0) / 1e6);
            bestWrite = Math.min(bestWrite, (t2 - t1) / 1e6);
            width = rgb.getWidth();
            height = rgb.getHeight();
        }
        System.out.printf(Locale.ROOT, "export a 1600 x 900 chart at 2x (%d x %d px): render %.0f ms, "
                + "PNG write %.0f ms, total %.0f ms (best of %d; target < 1000 ms)%n", width, height, bestRender,
                bestWrite, bestRender + bestWrite, RUNS);

        double bestTimeline = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            WritableImage image = FxThread.call(() -> Pictures.timeline(bundled, bundled.overview(), TIMELINE, LOOK));
            PngFiles.write(ImageExport.toOpaqueRgb(image), dir.resolve("timeline.png"));
            bestTimeline = Math.min(bestTimeline, (System.nanoTime() - t0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "export the whole timeline, 1600 x 600 at 2x (%d x %d px): %.0f ms "
                + "(best of %d)%n", TIMELINE.pixelWidth(), TIMELINE.pixelHeight(), bestTimeline, RUNS);
    }
}
