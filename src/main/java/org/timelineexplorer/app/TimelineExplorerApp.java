package org.timelineexplorer.app;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.LinkOpener;
import org.timelineexplorer.ui.ViewLoader;

/**
 * The desktop application: one {@link AppState}, the bundled dataset loaded into it, and the main window bound to it.
 */
public final class TimelineExplorerApp extends Application {

    static final String TITLE = "Timeline Explorer";

    private final AppState state = new AppState();
    private LoadResult bundled;

    /** Runs on the launcher thread, so reading the dataset never holds up the JavaFX thread. */
    @Override
    public void init() {
        bundled = new DatasetReader().readBundled();
    }

    @Override
    public void start(Stage stage) {
        bundled.dataset().ifPresentOrElse(state::setDataset, () -> {
            throw new IllegalStateException("the bundled dataset does not load: " + bundled.problems());
        });
        LinkOpener.useHostServices(getHostServices());
        Scene scene = new Scene(new ViewLoader(state).load("MainWindow.fxml"), 1280, 720);
        scene.getStylesheets().add(ViewLoader.class.getResource("app.css").toExternalForm());
        stage.setTitle(TITLE);
        stage.setScene(scene);
        stage.show();
        if (getParameters().getUnnamed().contains("--measure-startup")) {
            StartupClock.printAtFirstFrame();
        }
    }
}
