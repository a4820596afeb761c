package org.timelineexplorer.app;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.timelineexplorer.cli.CommandLine;
import org.timelineexplorer.fonts.Fonts;
import org.timelineexplorer.io.DatasetOpener;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.LinkOpener;
import org.timelineexplorer.ui.ProblemsDialog;
import org.timelineexplorer.ui.ViewLoader;
import org.timelineexplorer.ui.settings.UserSettings;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The desktop application: one {@link AppState}, a dataset loaded into it (the file named with {@code --data}, or
 * the bundled one), the user's settings, and the main window bound to both.
 */
public final class TimelineExplorerApp extends Application {

    static final String TITLE = "Timeline Explorer";

    private final AppState state = new AppState();
    private final UserSettings settings = UserSettings.forUser();
    private Optional<Path> requestedFile = Optional.empty();
    private LoadResult requested;
    private LoadResult bundled;

    /** Runs on the launcher thread, so reading the fonts and the data never holds up the JavaFX thread. */
    @Override
    public void init() {
        Fonts.load();
        requestedFile = CommandLine.dataFile(getParameters().getRaw());
        requested = requestedFile.map(DatasetOpener::open).orElse(null);
        if (requested == null || !requested.isLoaded()) {
            bundled = new DatasetReader().readBundled();
        }
    }

    @Override
    public void start(Stage stage) {
        LoadResult opened = requested != null && requested.isLoaded() ? requested : bundled;
        state.setDataset(opened.dataset().orElseThrow(
                () -> new IllegalStateException("the bundled dataset does not load: " + opened.problems())));
        LinkOpener.useHostServices(getHostServices());
        Scene scene = new Scene(new ViewLoader(state, settings).load("MainWindow.fxml"), 1280, 720);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        if (getParameters().getUnnamed().contains("--measure-startup")) {
            StartupClock.printAtFirstFrame(scene);
        }
        StartupClock.atFirstFrame(scene, StartupArchive::makeIfMissing);
        stage.show();
        if (requested != null && !requested.isLoaded()) {
            // The bundled dataset is open behind the dialog, so the teacher can fix the file and open it again.
            Platform.runLater(() -> ProblemsDialog.create(stage, requestedFile.orElseThrow(), requested).show());
        }
    }

    /** The window is closed: what it remembered is written before the app ends. */
    @Override
    public void stop() {
        settings.close();
    }
}
