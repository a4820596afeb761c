package org.timelineexplorer.bench;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.control.Dialog;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.HeadlessFx;
import org.timelineexplorer.io.DatasetOpener;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.ui.MainWindowController;
import org.timelineexplorer.ui.ProblemsDialog;
import org.timelineexplorer.ui.UiFixture;
import org.timelineexplorer.ui.help.ShortcutsSheet;
import org.timelineexplorer.ui.presentation.ClassroomFixture;
import org.timelineexplorer.ui.presentation.Presentation;
import org.timelineexplorer.ui.presentation.PresentationMode;
import org.timelineexplorer.ui.theme.Appearance;
import org.timelineexplorer.ui.theme.Theme;

import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * A school day in minutes: {@code mvn -B -q -Pbenchmark verify -Dbenchmark=soak}. In the main window, built as the
 * app builds it: the guided tour through every step of the bundled dataset {@value #TOURS} times, one step per
 * pulse (the fastest the tour can go and still draw each step); the presentation entered and left
 * {@value #TIMES} times; the dataset switched {@value #TIMES} times between the bundled one and a small one, each a
 * new copy; the theme and the text size changed {@value #TIMES} times each; the keyboard sheet and the
 * problems dialog opened and closed {@value #DIALOGS} times each.
 *
 * <p>Prints the heap after a full collection before and after (the target: within 10 %), and how many of the
 * closed dialogs' windows and the datasets switched away from are still reachable (weakly referenced; the target:
 * none). Exits with 1 when a target is missed, so that a leak shows as a failed run.
 */
final class SoakBenchmark {

    static final int TOURS = 30;
    static final int TIMES = 200;
    static final int DIALOGS = 50;

    private SoakBenchmark() {
    }

    private record MainWindow(Stage stage, AppState state, MainWindowController controller) {
        PresentationMode presenting() {
            return controller.classroom().presentationMode();
        }

        Appearance look() {
            return controller.classroom().appearance();
        }
    }

    static void run() throws Exception {
        HeadlessFx.ensureStarted();
        try {
            soak();
        } finally {
            Platform.exit();
        }
    }

    private static void soak() throws Exception {
        MainWindow window = FxThread.call(() -> {
            AppState state = new AppState();
            state.setDataset(bundled());
            Stage stage = new Stage();
            // The headless screen's size: full screen then keeps the window's size, as Monocle's renderer needs.
            return new MainWindow(stage, state, UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 800));
        });
        List<WeakReference<Object>> closed = new ArrayList<>();
        List<WeakReference<Object>> switchedAway = new ArrayList<>();

        // Once of everything first, so that what is made once and kept (the presentation's view, the themes'
        // stylesheets, the skins) is in the heap measured at the start.
        tour(window, 1);
        enterAndLeave(window, 1);
        switchDatasets(window, 2, new ArrayList<>());
        changeLooks(window, 1);
        dialogs(window, 1, new ArrayList<>());
        long before = heapAfterFullGc();
        long started = System.nanoTime();

        tour(window, TOURS);
        enterAndLeave(window, TIMES);
        switchDatasets(window, TIMES, switchedAway);
        changeLooks(window, TIMES);
        dialogs(window, DIALOGS, closed);
        double minutes = (System.nanoTime() - started) / 60e9;
        long after = heapAfterFullGc();
        long dialogsLeft = closed.stream().filter(ref -> ref.get() != null).count();
        // The dataset shown now, the last one switched to, is rightly reachable.
        List<WeakReference<Object>> shownBefore = switchedAway.subList(0, switchedAway.size() - 1);
        long datasetsLeft = shownBefore.stream().filter(ref -> ref.get() != null).count();
        FxThread.call(() -> {
            window.stage().close();
            return null;
        });

        double growth = (after - before) / (double) before;
        System.out.printf(Locale.ROOT, "soak: %d tours of %d steps, presentation %d times, %d dataset switches,"
                        + " %d theme and %d text size changes, %d + %d dialogs, in %.1f min%n", TOURS,
                stepsOf(window), TIMES, TIMES, TIMES, TIMES, DIALOGS, DIALOGS, minutes);
        System.out.printf(Locale.ROOT, "soak: heap after a full GC %.1f MB before, %.1f MB after (%+.1f %%; target"
                + " within 10 %%)%n", before / 1e6, after / 1e6, 100 * growth);
        System.out.printf(Locale.ROOT, "soak: still reachable: %d of %d closed dialogs' windows, %d of %d datasets"
                + " switched away from (target: none)%n", dialogsLeft, closed.size(), datasetsLeft,
                shownBefore.size());
        if (Math.abs(growth) > 0.10 || dialogsLeft > 0 || datasetsLeft > 0) {
            System.out.println("soak: FAILED");
            System.exit(1);
        }
    }

    private static Dataset bundled() {
        return new DatasetReader().readBundled().dataset().orElseThrow();
    }

    private static int stepsOf(MainWindow window) throws Exception {
        return FxThread.call(() -> window.presenting().presentation().getSteps().size());
    }

    /** The guided tour, playing, one step a pulse, from the first step to the last, where it stops itself. */
    private static void tour(MainWindow window, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            FxThread.call(() -> {
                window.state().setSelectedEvent(null);
                window.presenting().enter();
                Presentation lesson = window.presenting().presentation();
                lesson.first();
                lesson.playingProperty().set(true);
                return null;
            });
            while (FxThread.call(() -> {
                Presentation lesson = window.presenting().presentation();
                lesson.tick();
                return lesson.playingProperty().get();
            })) {
                nextPulse();
            }
            FxThread.call(() -> {
                window.presenting().exit();
                return null;
            });
        }
    }

    private static void enterAndLeave(MainWindow window, int times) throws Exception {
        for (int i = 0; i < times; i++) {
            FxThread.call(() -> {
                window.presenting().enter();
                return null;
            });
            nextPulse();
            FxThread.call(() -> {
                window.presenting().exit();
                return null;
            });
            nextPulse();
        }
    }

    /** Switches between the bundled dataset and a small one, each a new copy, so that a copy kept is a leak. */
    private static void switchDatasets(MainWindow window, int times, List<WeakReference<Object>> away)
            throws Exception {
        for (int i = 0; i < times; i++) {
            Dataset next = i % 2 == 0 ? ClassroomFixture.dataset() : bundled();
            FxThread.call(() -> {
                window.state().setDataset(next);
                return null;
            });
            away.add(new WeakReference<>(next));
            nextPulse();
        }
    }

    private static void changeLooks(MainWindow window, int times) throws Exception {
        Theme[] themes = Theme.values();
        List<Integer> sizes = Appearance.FONT_SIZES;
        for (int i = 0; i < times; i++) {
            int k = i;
            FxThread.call(() -> {
                window.look().setTheme(themes[k % themes.length]);
                return null;
            });
            nextPulse();
            FxThread.call(() -> {
                window.look().setFontSize(sizes.get(k % sizes.size()));
                return null;
            });
            nextPulse();
        }
        FxThread.call(() -> {
            window.look().setTheme(Appearance.DEFAULT_THEME);
            window.look().setFontSize(Appearance.DEFAULT_FONT_SIZE);
            return null;
        });
    }

    /** The keyboard sheet (F1) and the problems dialog of a file that does not open, each shown and closed. */
    private static void dialogs(MainWindow window, int times, List<WeakReference<Object>> closed) throws Exception {
        Path broken = Files.createTempFile("soak", ".json");
        Files.writeString(broken, "{\"title\": 3}");
        LoadResult problems = DatasetOpener.open(broken);
        for (int i = 0; i < times; i++) {
            for (boolean sheet : new boolean[] {true, false}) {
                Dialog<?> dialog = FxThread.call(() -> {
                    Dialog<?> shown = sheet ? ShortcutsSheet.create(window.stage())
                            : ProblemsDialog.create(window.stage(), broken, problems);
                    shown.show();
                    return shown;
                });
                nextPulse();
                Window dialogWindow = FxThread.call(() -> {
                    Window shownIn = dialog.getDialogPane().getScene().getWindow();
                    dialog.close();
                    return shownIn;
                });
                closed.add(new WeakReference<>(dialogWindow));
                closed.add(new WeakReference<>(dialog));
                nextPulse();
            }
        }
        Files.delete(broken);
    }

    /** Waits until the JavaFX thread has run a pulse, so that each step is laid out and drawn as on screen. */
    private static void nextPulse() throws Exception {
        CountDownLatch pulsed = new CountDownLatch(1);
        FxThread.call(() -> {
            AnimationTimer timer = new AnimationTimer() {
                @Override
                public void handle(long now) {
                    stop();
                    Platform.runLater(pulsed::countDown);
                }
            };
            timer.start();
            return null;
        });
        if (!pulsed.await(10, TimeUnit.SECONDS)) {
            throw new IllegalStateException("no pulse for 10 s");
        }
    }

    private static long heapAfterFullGc() throws Exception {
        // Pending runLaters and the renderer let go of what they hold once the FX thread is idle.
        nextPulse();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(200);
            used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
