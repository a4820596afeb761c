package org.timelineexplorer.bench;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.HeadlessFx;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.SampleTimeline;
import org.timelineexplorer.timeline.TimelineView;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.ToDoubleFunction;

/**
 * How fast the timeline builds, zooms, pans and takes an edit with 1,000 to 100,000 events in a 1600 x 900 control.
 * Every step is measured through to pixels: the control is snapshotted after each change, which runs CSS, layout,
 * the canvas drawing and rendering. The control shows the events as the application hands them over, a sorted
 * list over a filtered one, so that an edit arrives as the editor's will: one event replaced by itself at another
 * date, moved a month later, in view. After warm-up rounds on other events, five fresh controls are measured per
 * size ({@code BENCHMARK_RUNS} in the environment sets another number) and each figure printed is their median.
 * A deep-time case follows: 100,000 events from 13.8 billion years ago to today, nine in ten of them in the last
 * 5,000 years, zoomed in 20 steps from the whole span to one year around 44 BC and panned there.
 * To compare two versions of the code, run it in both at once taking turns, one control at a time
 * ({@link TakingTurns}).
 */
public final class TimelineBenchmark {

    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final int STEPS = 20;
    private static final int WARM_UP_ROUNDS = 5;
    /** Fresh controls measured per size; each figure printed is the median over them. */
    private static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_RUNS", "5"));
    private static final long SEED = 42;
    private static final long WARM_UP_SEED = 1_000;
    private static final int DEEP_EVENTS = 100_000;

    private TimelineBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        run();
        System.exit(0);
    }

    public static void run() throws Exception {
        TakingTurns turns = TakingTurns.fromEnvironment();
        HeadlessFx.ensureStarted();
        findThreads();
        if (turns != null) {
            System.out.println("Taking turns as side " + turns.side() + " of " + turns.sides()
                    + ": one control at a time, the others waiting.");
        }
        System.out.println("Wall-clock ms per step, and in brackets the CPU ms the FX and render threads spent on it,");
        System.out.println("which other load on the machine does not inflate. Load average now: "
                + String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean()
                .getSystemLoadAverage()) + " on " + Runtime.getRuntime().availableProcessors() + " cores.");
        System.out.printf(Locale.ROOT, "%-8s %16s %18s %18s %18s %18s %18s %18s %10s%n", "events", "build ms",
                "zoom mean", "zoom p95", "pan mean", "pan p95", "move mean", "move p95", "heap MB");
        // Warm-up rounds on other events, so that the figures are the control's and not the JIT compiler's, and no
        // lane layout or text measurement is reused from them.
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            long seed = WARM_UP_SEED + round;
            inTurn(turns, () -> measure(10_000, seed));
        }
        for (int n : new int[] {1_000, 10_000, 100_000}) {
            List<Run> runs = new ArrayList<>();
            for (int run = 0; run < RUNS; run++) {
                Run r = inTurn(turns, () -> measure(n, SEED));
                runs.add(r);
                if (turns != null) {
                    turns.record(n, run, mean(r.zoomCpu()), mean(r.panCpu()), mean(r.moveCpu()), mean(r.zoom()),
                            mean(r.pan()), mean(r.move()));
                }
            }
            print(n, runs);
        }
        List<Run> deep = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            deep.add(inTurn(turns, () -> measureDeep(DEEP_EVENTS, SEED)));
        }
        System.out.println("Deep time: " + DEEP_EVENTS + " events from 13.8 billion years ago to today, zoomed from the "
                + "whole span to a year around 44 BC and panned there (no moves):");
        print(DEEP_EVENTS, deep);
        if (turns != null) {
            turns.finish();
        }
    }

    /** Does {@code work} in this JVM's turn, or at once when it runs alone. */
    private static Run inTurn(TakingTurns turns, Callable<Run> work) throws Exception {
        return turns == null ? work.call() : turns.take(work);
    }

    /** The figures of one run: a fresh control over the same events, built, zoomed and panned. */
    private record Run(double build, double buildCpu, double[] zoom, double[] zoomCpu, double[] pan, double[] panCpu,
                       double[] move, double[] moveCpu, double heapMegabytes, double totalHeapMegabytes) {
    }

    /**
     * Prints each figure as its median over the runs, and the range of the step means: this shared machine's speed
     * drifts by a third from one minute to the next, and one run's mean says more about the neighbours than the code.
     */
    private static void print(int n, List<Run> runs) {
        System.out.printf(Locale.ROOT, "%-8d %16s %18s %18s %18s %18s %18s %18s %10.1f%n", n,
                pair(median(runs, Run::build), median(runs, Run::buildCpu)),
                pair(median(runs, r -> mean(r.zoom())), median(runs, r -> mean(r.zoomCpu()))),
                pair(median(runs, r -> p95(r.zoom())), median(runs, r -> p95(r.zoomCpu()))),
                pair(median(runs, r -> mean(r.pan())), median(runs, r -> mean(r.panCpu()))),
                pair(median(runs, r -> p95(r.pan())), median(runs, r -> p95(r.panCpu()))),
                pair(median(runs, r -> mean(r.move())), median(runs, r -> mean(r.moveCpu()))),
                pair(median(runs, r -> p95(r.move())), median(runs, r -> p95(r.moveCpu()))),
                median(runs, Run::heapMegabytes));
        System.out.printf(Locale.ROOT, "         (%d runs: zoom mean %s ms, pan mean %s ms, move mean %s ms; heap: %.1f MB"
                + " in use in total with the control alive)%n", runs.size(), range(runs, r -> mean(r.zoom())),
                range(runs, r -> mean(r.pan())), range(runs, r -> mean(r.move())),
                median(runs, Run::totalHeapMegabytes));
    }

    /** A control built and drawn once, with what building it cost. */
    private record Built(ObservableList<TimelineEvent> all, TimelineView view, Scene scene, double build,
                         double buildCpu, long heapBefore) {
    }

    /**
     * Builds a control over {@code events} in a 1600 x 900 scene, as the application hands them over (a sorted view
     * of a filtered view of all of them), showing {@code firstView} of it, and draws it.
     */
    private static Built build(List<TimelineEvent> events, List<Era> eras,
                               Function<TimelineView, TimeRange> firstView) throws Exception {
        ObservableList<TimelineEvent> all = FXCollections.observableArrayList(events);
        SortedList<TimelineEvent> shown = new SortedList<>(new FilteredList<>(all), Dataset.chronological());
        gc();
        long heapBefore = usedHeap();
        TimelineView[] holder = new TimelineView[1];
        Scene[] scene = new Scene[1];
        long cpuBuild = cpu();
        double build = FxThread.call(() -> {
            long t0 = System.nanoTime();
            TimelineView view = new TimelineView(shown, FXCollections.observableArrayList(eras));
            view.setAnimated(false);
            view.setLocale(Locale.UK);
            scene[0] = new Scene(new StackPane(view), WIDTH, HEIGHT);
            view.setVisibleRange(firstView.apply(view));
            snapshot(view);
            holder[0] = view;
            return (System.nanoTime() - t0) / 1e6;
        });
        double buildCpu = (cpu() - cpuBuild) / 1e6;
        // Collect what building left behind now, so that its clean-up is not charged to the first zoom steps.
        gc();
        return new Built(all, holder[0], scene[0], build, buildCpu, heapBefore);
    }

    private static Run measure(int n, long seed) throws Exception {
        Built built = build(SampleTimeline.synthetic(n, seed), SampleTimeline.eras(),
                v -> TimeRange.ofDays(LocalDate.of(2003, 1, 1), LocalDate.of(2020, 12, 31)));
        ObservableList<TimelineEvent> all = built.all();
        TimelineView view = built.view();

        double center = LocalDate.of(2007, 1, 10).toEpochDay();
        double longest = 18 * 365.25;
        double shortest = 30.4;
        double[] zoom = new double[STEPS];
        double[] zoomCpu = new double[STEPS];
        steps(view, k -> {
            double span = longest * Math.pow(shortest / longest, (k + 1) / (double) STEPS);
            return new TimeRange(center - span / 2, center + span / 2);
        }, zoom, zoomCpu);
        double[] pan = new double[STEPS];
        double[] panCpu = new double[STEPS];
        double start = LocalDate.of(2005, 1, 1).toEpochDay();
        steps(view, k -> {
            double s = start + (k + 1) * 365.25 / 4;
            return new TimeRange(s, s + 365.25);
        }, pan, panCpu);
        // An editor moves events it shows by a month, one at a time, at a zoom where they are named.
        TimeRange year = TimeRange.ofDays(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 12, 31));
        FxThread.call(() -> step(view, year));
        Random pick = new Random(seed);
        List<Integer> inView = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (year.contains(all.get(i).range().start())) {
                inView.add(i);
            }
        }
        double[] move = new double[STEPS];
        double[] moveCpu = new double[STEPS];
        for (int k = 0; k < STEPS; k++) {
            int i = inView.get(pick.nextInt(inView.size()));
            TimelineEvent moved = aMonthLater(all.get(i));
            long c0 = cpu();
            move[k] = FxThread.call(() -> {
                long t0 = System.nanoTime();
                all.set(i, moved);
                snapshot(view);
                return (System.nanoTime() - t0) / 1e6;
            });
            moveCpu[k] = (cpu() - c0) / 1e6;
        }
        return finish(built, zoom, zoomCpu, pan, panCpu, move, moveCpu);
    }

    /** Measures the heap with the control alive, then lets the control go. */
    private static Run finish(Built built, double[] zoom, double[] zoomCpu, double[] pan, double[] panCpu,
                              double[] move, double[] moveCpu) throws Exception {
        gc();
        long total = usedHeap();
        long heap = total - built.heapBefore();
        FxThread.call(() -> {
            built.scene().setRoot(new StackPane());
            return 0.0;
        });
        return new Run(built.build(), built.buildCpu(), zoom, zoomCpu, pan, panCpu, move, moveCpu,
                heap / 1024.0 / 1024.0, total / 1024.0 / 1024.0);
    }

    /**
     * The deep-time case: the whole span, then 20 zoom steps down to a year around 44 BC (the span shrinking by the
     * same factor each step as the centre moves there, as the wheel over 44 BC does), then 20 pans of a quarter year.
     */
    private static Run measureDeep(int n, long seed) throws Exception {
        Built built = build(SampleTimeline.deepSynthetic(n, seed), SampleTimeline.deepEras(),
                v -> v.getFullSpan().padded());
        TimelineView view = built.view();
        TimeRange whole = view.getVisibleRange();
        double ides = HistoricalDate.parse("44-03-15 BC").startDay();
        TimeRange year = new TimeRange(ides - 365.25 / 2, ides + 365.25 / 2);
        double[] zoom = new double[STEPS];
        double[] zoomCpu = new double[STEPS];
        steps(view, k -> {
            double shrink = Math.pow(year.length() / whole.length(), (k + 1) / (double) STEPS);
            double span = whole.length() * shrink;
            // The centre goes from the whole span's to 44 BC's as the span shrinks: where the wheel takes it.
            double travelled = (1 - shrink) / (1 - year.length() / whole.length());
            double center = whole.center() + (year.center() - whole.center()) * travelled;
            return new TimeRange(center - span / 2, center + span / 2);
        }, zoom, zoomCpu);
        double[] pan = new double[STEPS];
        double[] panCpu = new double[STEPS];
        steps(view, k -> year.shift((k + 1) * 365.25 / 4), pan, panCpu);
        return finish(built, zoom, zoomCpu, pan, panCpu, new double[] {Double.NaN}, new double[] {Double.NaN});
    }

    /** The same event, a month later. */
    private static TimelineEvent aMonthLater(TimelineEvent e) {
        HistoricalDate start = e.start().precision() == DatePrecision.MONTH
                ? HistoricalDate.ofMonth(e.start().firstDay().plusMonths(1).getYear(),
                e.start().firstDay().plusMonths(1).getMonthValue())
                : HistoricalDate.of(e.start().firstDay().plusMonths(1));
        HistoricalDate end = e.end() == null ? null : HistoricalDate.of(e.end().firstDay().plusMonths(1));
        return new TimelineEvent(e.id(), start, end, e.title(), e.text(), e.category(), e.eraId(), e.sources(),
                e.note());
    }

    /** Shows {@code rangeAt(k)} for each step k, through to pixels, noting each step's wall and CPU milliseconds. */
    private static void steps(TimelineView view, IntFunction<TimeRange> rangeAt, double[] wall, double[] cpu)
            throws Exception {
        for (int k = 0; k < wall.length; k++) {
            TimeRange r = rangeAt.apply(k);
            long c0 = cpu();
            wall[k] = FxThread.call(() -> step(view, r));
            cpu[k] = (cpu() - c0) / 1e6;
        }
    }

    private static double step(TimelineView view, TimeRange range) {
        long t0 = System.nanoTime();
        view.setVisibleRange(range);
        snapshot(view);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** One image reused for every snapshot, so that the figures are the control's and not the allocator's. */
    private static WritableImage image;

    private static WritableImage snapshot(TimelineView view) {
        if (image == null) {
            image = new WritableImage(WIDTH, HEIGHT);
        }
        return view.snapshot(null, image);
    }

    private static String pair(double wall, double cpu) {
        return String.format(Locale.ROOT, "%.2f (%.2f)", wall, cpu);
    }

    private static final List<Long> WORKERS = new ArrayList<>();

    /** The JavaFX application thread and the render thread: together they do all of a step's work. */
    static void findThreads() {
        // Found afresh for each benchmark of a run of them all, so that no thread is counted twice.
        WORKERS.clear();
        for (Thread t : Thread.getAllStackTraces().keySet()) {
            if (t.getName().equals("JavaFX Application Thread") || t.getName().startsWith("QuantumRenderer")) {
                WORKERS.add(t.getId());
            }
        }
    }

    static long cpu() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sum = 0;
        for (long id : WORKERS) {
            sum += Math.max(0, threads.getThreadCpuTime(id));
        }
        return sum;
    }

    private static double median(List<Run> runs, ToDoubleFunction<Run> figure) {
        return TakingTurns.quantile(runs.stream().mapToDouble(figure).sorted().toArray(), 0.5);
    }

    private static String range(List<Run> runs, ToDoubleFunction<Run> figure) {
        DoubleSummaryStatistics stats = runs.stream().mapToDouble(figure).summaryStatistics();
        return String.format(Locale.ROOT, "%.2f-%.2f", stats.getMin(), stats.getMax());
    }

    static double mean(double[] values) {
        return Arrays.stream(values).average().orElse(Double.NaN);
    }

    static double p95(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(int) Math.ceil(0.95 * sorted.length) - 1];
    }

    static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(50);
        }
    }

    static long usedHeap() {
        Runtime rt = Runtime.getRuntime();
        return rt.totalMemory() - rt.freeMemory();
    }
}
