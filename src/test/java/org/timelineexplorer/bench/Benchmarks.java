package org.timelineexplorer.bench;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs the speed and memory benchmarks and prints their figures: {@code mvn -B -Pbenchmark verify} runs them all,
 * {@code -Dbenchmark=NAME} one of them. They live apart from the tests because timings on a shared machine are noise
 * to a pass/fail test but useful as printed figures.
 */
public final class Benchmarks {

    private static final Map<String, ThrowingRunnable> ALL = new LinkedHashMap<>();

    static {
        ALL.put("timeline", TimelineBenchmark::run);
        ALL.put("export", ExportBenchmark::run);
        ALL.put("open", OpenBenchmark::run);
        ALL.put("startup", StartupBenchmark::run);
        ALL.put("soak", SoakBenchmark::run);
        ALL.put("save", SaveBenchmark::run);
        ALL.put("recovery", RecoveryBenchmark::run);
        ALL.put("map", MapBenchmark::run);
        ALL.put("edit", EditBenchmark::run);
    }

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        String wanted = args.length == 0 ? "all" : args[0];
        if (ALL.isEmpty()) {
            System.out.println("no benchmarks yet");
            return;
        }
        for (Map.Entry<String, ThrowingRunnable> benchmark : ALL.entrySet()) {
            if (wanted.equals("all") || wanted.equals(benchmark.getKey())) {
                System.out.println("== " + benchmark.getKey());
                benchmark.getValue().run();
            }
        }
        System.exit(0);
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }
}
