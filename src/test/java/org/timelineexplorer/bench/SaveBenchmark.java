package org.timelineexplorer.bench;

import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.DatasetWriter;
import org.timelineexplorer.model.Dataset;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Saving 100,000 events with every field a teacher's event has: {@code mvn -B -q -Pbenchmark verify
 * -Dbenchmark=save}. Target: under 1 s for the native format, the whole safe write (layout, temporary file, flush to
 * disk, the old file kept as .bak, the move). The spreadsheet layout is timed beside it, and File → Save's own path,
 * which first reads back what it would write with the loader ({@link DatasetWriter#saveChecked}). Best of
 * {@value #RUNS}, the three taking turns.
 */
final class SaveBenchmark {

    private static final int RUNS = 7;
    private static final int EVENTS = 100_000;

    private SaveBenchmark() {
    }

    static void run() throws Exception {
        Dataset dataset = new DatasetReader().read(OpenBenchmark.nativeFile(EVENTS, true)
                .getBytes(StandardCharsets.UTF_8), "generated.json").dataset().orElseThrow();
        Path dir = Files.createTempDirectory("te-save-bench");
        Path[] files = {dir.resolve("lesson.json"), dir.resolve("lesson.csv")};
        Path checked = dir.resolve("checked.json");
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        double bestChecked = Double.MAX_VALUE;
        for (int run = 0; run < RUNS; run++) {
            for (int f = 0; f < files.length; f++) {
                long t0 = System.nanoTime();
                DatasetWriter.save(dataset, files[f]);
                best[f] = Math.min(best[f], (System.nanoTime() - t0) / 1e6);
            }
            long t0 = System.nanoTime();
            if (DatasetWriter.saveChecked(dataset, checked).isPresent()) {
                throw new IllegalStateException("the generated dataset has problems");
            }
            bestChecked = Math.min(bestChecked, (System.nanoTime() - t0) / 1e6);
        }
        System.out.printf(Locale.ROOT, "save: %,d full events, File → Save (checked by the loader, then the safe "
                + "write): %.0f ms (best of %d; target < 1000 ms)%n", EVENTS, bestChecked, RUNS);
        Files.delete(checked);
        Files.deleteIfExists(dir.resolve("checked.json.bak"));
        for (int f = 0; f < files.length; f++) {
            System.out.printf(Locale.ROOT, "save: %,d full events as %s: %.0f ms (best of %d, safe write with flush "
                    + "and .bak; %.1f MiB; target native < 1000 ms)%n", EVENTS, files[f].getFileName(), best[f], RUNS,
                    Files.size(files[f]) / 1048576.0);
            Files.delete(files[f]);
            Files.deleteIfExists(files[f].resolveSibling(files[f].getFileName() + ".bak"));
        }
        Files.delete(dir);
    }
}
