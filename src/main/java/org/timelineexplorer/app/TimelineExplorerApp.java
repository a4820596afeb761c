package org.timelineexplorer.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.timelineexplorer.cli.CommandLine;
import org.timelineexplorer.cli.DataChoice;
import org.timelineexplorer.fonts.Fonts;
import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.io.recovery.RecoveryKeeper;
import org.timelineexplorer.io.recovery.RecoveryStore;
import org.timelineexplorer.map.WorldOutlines;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.LinkOpener;
import org.timelineexplorer.ui.ProblemsDialog;
import org.timelineexplorer.ui.MainWindow;
import org.timelineexplorer.ui.Recovery;
import org.timelineexplorer.ui.settings.UserSettings;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The desktop application: one {@link AppState}, a dataset loaded into it (the file or bundled dataset named with
 * {@code --data}, or the first bundled one), the user's settings, and the main window bound to both.
 */
public final class TimelineExplorerApp extends Application {
    static final String ICON_PROPERTY = "timeline-explorer.icon";

    /** The data read ahead by {@link #readAhead}, while the toolkit starts; null when nothing read ahead. */
    private static CompletableFuture<Opened> readAhead;
    /** The user's settings, read ahead as the data is; null when nothing read ahead. */
    private static CompletableFuture<UserSettings> settingsAhead;

    private final AppState state = new AppState();
    private final UserSettings settings = settingsAhead != null ? settingsAhead.join() : UserSettings.forUser();
    private Opened opened;
    /** The bundled fonts, registered while the window's views load; the first styling waits for them. */
    private CompletableFuture<Void> fontsLoaded;
    private Optional<RecoveryKeeper> recovery = Optional.empty();

    /**
     * The file or bundled dataset asked for with {@code --data} (if any) as it opened, and the first bundled dataset
     * if that did not.
     */
    private record Opened(Optional<DataChoice> data, LoadResult requested, LoadResult bundled) {

        static Opened read(List<String> args) {
            Optional<DataChoice> data = CommandLine.data(args);
            LoadResult requested = data.map(DataChoice::open).orElse(null);
            boolean needBundled = requested == null || !requested.isLoaded();
            return new Opened(data, requested, needBundled ? new DatasetReader().readBundled() : null);
        }

        LoadResult shown() {
            return requested != null && requested.isLoaded() ? requested : bundled;
        }

        /** Where the shown dataset was read from, for its pictures. */
        URI shownLocation() {
            return requested != null && requested.isLoaded() ? data.orElseThrow().location()
                    : BundledDataset.US_IRAQ.location();
        }
    }

    /**
     * Starts reading the user's settings (the preferences file, parsed as XML) and the data the window will show
     * before the JavaFX toolkit starts, so that they happen at once (the toolkit's start and the app's {@link #init}
     * otherwise come one after the other). The settings come first: the app asks for them as soon as the toolkit is
     * up.
     */
    static void readAhead(String[] args) {
        settingsAhead = CompletableFuture.supplyAsync(UserSettings::forUser);
        readAhead = CompletableFuture.supplyAsync(() -> Opened.read(List.of(args)));
        // The map's outlines, read once and kept, are decoded on the JavaFX thread when the map is made otherwise.
        inBackground("outline-reader", WorldOutlines::naturalEarth);
    }

    /** Runs {@code task} on a daemon thread of its own, so that it starts at once whatever else is queued. */
    private static CompletableFuture<Void> inBackground(String name, Runnable task) {
        return CompletableFuture.runAsync(task, runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            thread.start();
        });
    }

    /**
     * Runs on the launcher thread, so reading the data never holds up the JavaFX thread; the fonts, which need the
     * toolkit, are registered on a thread of their own while {@link #start} loads the views.
     */
    @Override
    public void init() {
        fontsLoaded = inBackground("font-loader", Fonts::load);
        opened = readAhead != null ? readAhead.join() : Opened.read(getParameters().getRaw());
    }

    @Override
    public void start(Stage stage) {
        LoadResult shown = opened.shown();
        state.setDataset(shown.dataset().orElseThrow(
                () -> new IllegalStateException("the bundled dataset does not load: " + shown.problems())),
                opened.shownLocation());
        LinkOpener.useHostServices(getHostServices());
        // In the language of --lang, else the one chosen last, else the system's: the views are built in it.
        MainWindow window = MainWindow.create(stage, state, settings, CommandLine.language(getParameters().getRaw()));
        if (shown == opened.requested() && opened.data().orElseThrow() instanceof DataChoice.DataFile file) {
            window.controller().opening().document().opened(file.path(), shown.isNativeFormat());
        } else {
            window.controller().opening().document().openedBundled(state.getDataset().title());
        }
        // The stylesheets name the bundled family: the first styling must find it registered.
        fontsLoaded.join();
        Scene scene = window.show(1280, 720);
        if (getParameters().getUnnamed().contains("--measure-startup")) {
            StartupClock.printAtFirstFrame(scene);
        }
        StartupClock.atFirstFrame(scene, () -> {
            // Its folder's listing and file lock, and the dialog it may offer, wait for the window to show.
            recovery = Recovery.start(stage, state, RecoveryStore.forUser());
            showInstalledIcon(stage);
            StartupArchive.makeIfMissing();
        });
        stage.show();
        if (opened.requested() != null && !opened.requested().isLoaded()) {
            // The bundled dataset is open behind the dialog, so the teacher can fix the file and open it again.
            String name = opened.data().orElseThrow().shownName();
            Platform.runLater(() -> ProblemsDialog.create(stage, name, opened.requested()).show());
        }
    }

    /**
     * The installed app's icon on its window too (on Linux; Windows and macOS take it from the program itself), once
     * the first frame is out. The installer's launcher names the file; started any other way the app has none.
     */
    private static void showInstalledIcon(Stage stage) {
        Optional.ofNullable(System.getProperty(ICON_PROPERTY)).map(Path::of).filter(Files::isRegularFile)
                .ifPresent(icon -> stage.getIcons().add(new Image(icon.toUri().toString())));
    }

    /** The window is closed: what it remembered is written, and its recovery file removed, before the app ends. */
    @Override
    public void stop() throws Exception {
        settings.close();
        if (recovery.isPresent()) {
            recovery.get().close();
        }
    }
}
