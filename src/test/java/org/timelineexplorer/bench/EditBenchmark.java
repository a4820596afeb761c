package org.timelineexplorer.bench;

import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.HeadlessFx;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.SampleTimeline;
import org.timelineexplorer.timeline.TimelineView;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * An edit on the timeline and its undo with 100,000 events open, each through to pixels: what a drag in edit mode
 * costs once it is dropped. The state holds the events, as the app's does, and a 1600 x 900 timeline shows them as
 * the timeline pane does (the state's shown events, its eras, its selection and range bound both ways). Each step
 * is {@link AppState#moveEvent} of an event in view by one step of its precision, or {@code undo()} of that move,
 * then a snapshot of the control, which runs CSS, layout, the canvas drawing and rendering. After warm-up rounds on
 * other events, {@code BENCHMARK_RUNS} (5) fresh states and controls are measured, 20 moves and 20 undos each, and
 * each figure printed is the median over them.
 */
public final class EditBenchmark {

    private static final int EVENTS = 100_000;
    private static final int WIDTH = 1600;
    private static final int HEIGHT = 900;
    private static final int STEPS = 20;
    private static final int WARM_UP_ROUNDS = 3;
    private static final int RUNS = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_RUNS", "5"));
    private static final long SEED = 42;
    private static final TimeRange YEAR = TimeRange.ofDays(LocalDate.of(2007, 1, 1), LocalDate.of(2007, 12, 31));

    private static WritableImage image;

    private EditBenchmark() {
    }

    public static void run() throws Exception {
        HeadlessFx.ensureStarted();
        TimelineBenchmark.findThreads();
        System.out.println("Load average now: " + String.format(Locale.ROOT, "%.1f",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()) + " on "
                + Runtime.getRuntime().availableProcessors() + " cores. Wall-clock ms per step, CPU ms of the FX and"
                + " render threads in brackets.");
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            measure(EVENTS, 1_000 + round);
        }
        List<double[][]> runs = new ArrayList<>();
        for (int run = 0; run < RUNS; run++) {
            runs.add(measure(EVENTS, SEED));
        }
        String[] names = {"move", "undo"};
        System.out.printf(Locale.ROOT, "%-6s %18s %18s %18s   (%d events, %d runs)%n", "edit", "mean", "p95",
                "of it the state", EVENTS, runs.size());
        for (int kind = 0; kind < 2; kind++) {
            int k = kind;
            System.out.printf(Locale.ROOT, "%-6s %18s %18s %18.2f%n", names[kind],
                    pair(median(runs, r -> TimelineBenchmark.mean(r[3 * k])),
                            median(runs, r -> TimelineBenchmark.mean(r[3 * k + 1]))),
                    pair(median(runs, r -> TimelineBenchmark.p95(r[3 * k])),
                            median(runs, r -> TimelineBenchmark.p95(r[3 * k + 1]))),
                    median(runs, r -> TimelineBenchmark.mean(r[3 * k + 2])));
        }
    }

    /**
     * One run: a fresh state and control, 20 moves and 20 undos; for each, the wall and CPU milliseconds through to
     * pixels and the wall milliseconds of the state's part (the edit and every listener, before the drawing).
     */
    private static double[][] measure(int n, long seed) throws Exception {
        AppState state = new AppState(new Dataset("benchmark", "", "", SampleTimeline.eras(),
                SampleTimeline.synthetic(n, seed), List.of()));
        Scene[] scene = new Scene[1];
        TimelineView view = FxThread.call(() -> {
            TimelineView v = new TimelineView(state.getShownEvents(), state.getEras());
            v.setAnimated(false);
            v.setLocale(Locale.UK);
            v.visibleRangeProperty().bindBidirectional(state.visibleRangeProperty());
            v.selectedEventProperty().bindBidirectional(state.selectedEventProperty());
            v.selectedEraProperty().bindBidirectional(state.selectedEraProperty());
            v.setEditable(true);
            v.setOnEventDragged(state::moveEvent);
            scene[0] = new Scene(new StackPane(v), WIDTH, HEIGHT);
            state.setVisibleRange(YEAR);
            snapshot(v);
            return v;
        });
        TimelineBenchmark.gc();
        Random pick = new Random(seed);
        double[][] figures = new double[6][STEPS];
        for (int k = 0; k < STEPS; k++) {
            List<TimelineEvent> inView = FxThread.call(() -> state.getEvents().stream()
                    .filter(e -> YEAR.contains(e.range().start())).toList());
            TimelineEvent event = inView.get(pick.nextInt(inView.size()));
            TimelineEvent moved = event.movedBy(1);
            timed(figures, 0, k, () -> view.getOnEventDragged().accept(event, moved), view);
            timed(figures, 3, k, () -> state.history().undo(), view);
        }
        FxThread.call(() -> {
            scene[0].setRoot(new StackPane());
            return 0.0;
        });
        return figures;
    }

    /** Does {@code edit} and draws the control on the FX thread, noting the milliseconds in three rows. */
    private static void timed(double[][] figures, int row, int step, Runnable edit, TimelineView view)
            throws Exception {
        long c0 = TimelineBenchmark.cpu();
        figures[row][step] = FxThread.call(() -> {
            long t0 = System.nanoTime();
            edit.run();
            figures[row + 2][step] = (System.nanoTime() - t0) / 1e6;
            snapshot(view);
            return (System.nanoTime() - t0) / 1e6;
        });
        figures[row + 1][step] = (TimelineBenchmark.cpu() - c0) / 1e6;
    }

    private static void snapshot(TimelineView view) {
        if (image == null) {
            image = new WritableImage(WIDTH, HEIGHT);
        }
        view.snapshot(null, image);
    }

    private static double median(List<double[][]> runs, java.util.function.ToDoubleFunction<double[][]> figure) {
        return TakingTurns.quantile(runs.stream().mapToDouble(figure).sorted().toArray(), 0.5);
    }

    private static String pair(double wall, double cpu) {
        return String.format(Locale.ROOT, "%.2f (%.2f)", wall, cpu);
    }
}
