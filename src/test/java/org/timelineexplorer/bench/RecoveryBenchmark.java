package org.timelineexplorer.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.HeadlessFx;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.recovery.RecoveryKeeper;
import org.timelineexplorer.io.recovery.RecoveryScheduler;
import org.timelineexplorer.io.recovery.RecoveryStore;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimelineEvent;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The recovery file of a window with 100,000 events open: {@code mvn -B -q -Pbenchmark verify -Dbenchmark=recovery}.
 * Target: a recovery write never blocks the JavaFX thread for more than a frame (16 ms).
 *
 * <p>The window's {@link RecoveryKeeper} is measured as the app runs it, on the JavaFX thread of a headless toolkit:
 * <ul>
 *   <li>the time the JavaFX thread spends in the keeper for each change, read between a listener of the history
 *       registered before the keeper's and one registered after it (JavaFX calls a property's change listeners in
 *       the order they were added), separately for the changes that hand a write over;</li>
 *   <li>how long a write takes on the keeper's own thread, from the change that hands it over until the file is on
 *       disk (the layout of the native format, then the write and its flush), best and median of
 *       {@value #WRITES};</li>
 *   <li>the longest gap between two frames (an {@link AnimationTimer}) while each write runs, against a watch as
 *       long with nothing written: a gap beyond a frame that comes only with the writes would be the writer's work
 *       (its allocation, a garbage collection) reaching the window. The edit itself is left out of the watch: what
 *       an edit of 100,000 events costs the window is the timeline benchmark's.</li>
 * </ul>
 * On this shared 2-core machine the writer takes one core from the window while it runs.
 */
final class RecoveryBenchmark {

    private static final int EVENTS = 100_000;
    private static final int WRITES = 9;
    /** How long the window is left alone before each watch, for the edits' own work to settle. */
    private static final long SETTLE_MILLIS = 300;
    private static final double FRAME_MILLIS = 1000.0 / 60;

    private RecoveryBenchmark() {
    }

    static void run() throws Exception {
        HeadlessFx.ensureStarted();
        Dataset dataset = new DatasetReader().read(OpenBenchmark.nativeFile(EVENTS, true)
                .getBytes(StandardCharsets.UTF_8), "generated.json").dataset().orElseThrow();
        Path folder = Files.createTempDirectory("te-recovery-bench");
        try {
            measure(dataset, new RecoveryStore(folder));
        } finally {
            try (Stream<Path> left = Files.list(folder)) {
                for (Path file : left.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(folder);
            Platform.exit();
        }
    }

    private static void measure(Dataset dataset, RecoveryStore store) throws Exception {
        AppState state = FxThread.call(() -> new AppState(dataset));
        Edits edits = new Edits(state);

        // A frame clock that runs throughout, so that every watch is made the same way.
        FrameGaps frames = FxThread.call(FrameGaps::new);

        InKeeper inKeeper = new InKeeper();
        RecoveryKeeper keeper = FxThread.call(() -> {
            inKeeper.startAt(state.history().changeCountProperty().get());
            state.history().changeCountProperty().addListener(inKeeper.before());
            RecoveryKeeper made = new RecoveryKeeper(state, store.claim(), Clock.systemUTC(),
                    Platform::runLater, Optional::empty);
            state.history().changeCountProperty().addListener(inKeeper.after());
            return made;
        });
        try {
            double[] writes = new double[WRITES];
            double idleGap = 0;
            double writingGap = 0;
            int[] idleFrames = new int[2];
            int[] writingFrames = new int[2];
            for (int i = 0; i < WRITES; i++) {
                edits.make(RecoveryScheduler.CHANGES_PER_WRITE - 1);
                idleGap = Math.max(idleGap, watch(frames, i == 0 ? 0 : writes[i - 1]));
                add(idleFrames, FxThread.call(frames::counts));
                long handedOver = FxThread.call(() -> {
                    edits.makeOne();
                    frames.restart();
                    return System.nanoTime();
                });
                keeper.awaitWritten();
                writes[i] = (System.nanoTime() - handedOver) / 1e6;
                writingGap = Math.max(writingGap, FxThread.call(frames::longest));
                add(writingFrames, FxThread.call(frames::counts));
            }
            Arrays.sort(writes);
            long size = Files.size(store.folder().resolve(onlyRecoveryFile(store)));

            System.out.printf(Locale.ROOT, "recovery: %,d events, %.1f MiB file, %d changes on the JavaFX thread%n",
                    EVENTS, size / 1048576.0, inKeeper.changes());
            System.out.printf(Locale.ROOT, "recovery: JavaFX thread in the keeper per change: longest %.2f ms for "
                            + "a change that hands a write over (%d of them, median %.2f ms), %.2f ms for any other "
                            + "(median %.2f ms); target < 16 ms%n",
                    inKeeper.writing().longest(), inKeeper.writing().count(), inKeeper.writing().median(),
                    inKeeper.other().longest(), inKeeper.other().median());
            System.out.printf(Locale.ROOT, "recovery: a write off the JavaFX thread, from the change that hands it "
                            + "over to the file flushed on disk: best %.0f ms, median %.0f ms (of %d)%n",
                    writes[0], writes[WRITES / 2], WRITES);
            System.out.printf(Locale.ROOT, "recovery: frames while a write runs: longest gap %.1f ms, %d of %d later "
                            + "than two frames; while nothing is written: %.1f ms, %d of %d (a frame is %.1f ms)%n",
                    writingGap, writingFrames[1], writingFrames[0], idleGap, idleFrames[1], idleFrames[0],
                    FRAME_MILLIS);
        } finally {
            FxThread.call(() -> {
                frames.stop();
                return null;
            });
            keeper.close();
        }
    }

    private static void add(int[] sums, int[] counts) {
        sums[0] += counts[0];
        sums[1] += counts[1];
    }

    /**
     * The longest gap between frames over {@code millis} (at least a few frames) with nothing written, after the
     * window has settled.
     */
    private static double watch(FrameGaps frames, double millis) throws Exception {
        Thread.sleep(SETTLE_MILLIS);
        FxThread.call(() -> {
            frames.restart();
            return null;
        });
        Thread.sleep(Math.max(100, Math.round(millis)));
        return FxThread.call(frames::longest);
    }

    private static Path onlyRecoveryFile(RecoveryStore store) throws Exception {
        try (Stream<Path> files = Files.list(store.folder())) {
            return files.filter(f -> f.toString().endsWith(".recovery")).max(Comparator.naturalOrder())
                    .orElseThrow().getFileName();
        }
    }

    /** Changes of a teacher's kind: an event's title edited in the form, each time another event. */
    private static final class Edits {
        private final AppState state;
        private int made;

        Edits(AppState state) {
            this.state = state;
        }

        void make(int count) throws Exception {
            for (int i = 0; i < count; i++) {
                FxThread.call(() -> {
                    makeOne();
                    return null;
                });
            }
        }

        /** On the JavaFX thread. */
        void makeOne() {
            List<TimelineEvent> events = state.getEvents();
            TimelineEvent event = events.get((int) ((made++ * 7919L) % events.size()));
            state.replaceEvent(event, event.copyAs(event.id(), event.title() + "."));
        }
    }

    /**
     * The gaps between frames since the last restart, on the JavaFX thread: the longest, and how many frames came
     * later than two frames after the one before (at least one frame dropped). Frames run throughout; only what
     * comes between a restart and the reading counts.
     */
    private static final class FrameGaps extends AnimationTimer {
        private static final long LATE_NANOS = Math.round(2 * FRAME_MILLIS * 1e6);
        private long last;
        private long longest;
        private int frames;
        private int late;

        FrameGaps() {
            start();
        }

        void restart() {
            last = 0;
            longest = 0;
            frames = 0;
            late = 0;
        }

        /** The longest gap since the last restart, in milliseconds. */
        double longest() {
            return longest / 1e6;
        }

        /** Frames and late frames since the last restart. */
        int[] counts() {
            return new int[] {frames, late};
        }

        @Override
        public void handle(long now) {
            if (last != 0) {
                long gap = now - last;
                longest = Math.max(longest, gap);
                frames++;
                if (gap > LATE_NANOS) {
                    late++;
                }
            }
            last = now;
        }
    }

    /** Times in milliseconds. */
    private static final class Times {
        private final List<Double> times = new ArrayList<>();

        void add(double millis) {
            times.add(millis);
        }

        int count() {
            return times.size();
        }

        double longest() {
            return times.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        }

        double median() {
            return times.isEmpty() ? 0 : times.stream().sorted().toList().get(times.size() / 2);
        }
    }

    /** The JavaFX thread's time in the keeper, change by change. */
    private static final class InKeeper {
        private final Times writingChanges = new Times();
        private final Times otherChanges = new Times();
        private long enteredAt;
        private long changesBefore;

        /** The keeper starts when the history has counted {@code changes}: its file lacks none of them. */
        void startAt(long changes) {
            changesBefore = changes;
        }

        ChangeListener<Number> before() {
            return (obs, old, count) -> enteredAt = System.nanoTime();
        }

        ChangeListener<Number> after() {
            return (obs, old, count) -> {
                double millis = (System.nanoTime() - enteredAt) / 1e6;
                // The keeper hands a write over on every tenth change not yet in the file. Its 30-second timer
                // never fires here, since every tenth change comes sooner; when it does, it hands a write over the
                // same way.
                boolean handsOver = (count.longValue() - changesBefore) % RecoveryScheduler.CHANGES_PER_WRITE == 0;
                (handsOver ? writingChanges : otherChanges).add(millis);
            };
        }

        int changes() {
            return writingChanges.count() + otherChanges.count();
        }

        Times writing() {
            return writingChanges;
        }

        Times other() {
            return otherChanges;
        }
    }
}
