package org.timelineexplorer.bench;

import javafx.scene.image.WritableImage;
import javafx.scene.layout.Region;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.HeadlessFx;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.PngFiles;
import org.timelineexplorer.model.Dataset;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Exporting pictures: {@code mvn -B -q -Pbenchmark verify -Dbenchmark=export}. Target: a 1600 × 900 chart exports
 * at 2× in under 1 s. (Opening large files is {@link OpenBenchmark}'s.)
 */
final class ExportBenchmark {

    private static final int RUNS = 5;
    private static final String CSS = org.timelineexplorer.ui.ViewLoader.stylesheet();

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
            WritableImage image = FxThread.call(() -> {
                Region chart = ImageExport.layOutDetached(Pictures.chart(bundled.series()), 1600, 900, CSS);
                return ImageExport.frame(chart, Pictures.chartTitle(bundled.series()), bundled.credit(), 2);
            });
            long t1 = System.nanoTime();
            BufferedImage rgb = ImageExport.toOpaqueRgb(image);
            PngFiles.write(rgb, dir.resolve("chart.png"));
            long t2 = System.nanoTime();
            bestRender = Math.min(bestRender, (t1 - t0) / 1e6);
            bestWrite = Math.min(bestWrite, (t2 - t1) / 1e6);
            width = rgb.getWidth();
            height = rgb.getHeight();
        }
        System.out.printf(Locale.ROOT, "export chart 1600 x 900 at 2x (%d x %d px): render %.0f ms, PNG write %.0f ms, "
                + "total %.0f ms (best of %d; target < 1000 ms)%n", width, height, bestRender, bestWrite,
                bestRender + bestWrite, RUNS);

        double bestTimeline = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            long t0 = System.nanoTime();
            WritableImage image = FxThread.call(() -> {
                Region timeline = ImageExport.layOutDetached(Pictures.timeline(bundled, bundled.overview()),
                        1600, 600, CSS);
                return ImageExport.frame(timeline, bundled.title(), bundled.credit(), 2);
            });
            PngFiles.write(ImageExport.toOpaqueRgb(image), dir.resolve("timeline.png"));
            bestTimeline = Math.min(bestTimeline, (System.nanoTime() - t0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "export whole timeline 1600 x 600 at 2x: %.0f ms (best of %d)%n",
                bestTimeline, RUNS);
    }
}
