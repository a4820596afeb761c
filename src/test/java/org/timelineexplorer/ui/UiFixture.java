package org.timelineexplorer.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;

import java.util.UUID;
import java.util.prefs.Preferences;

/** The bundled dataset, and the window built the way the application builds it. */
public final class UiFixture {

    private UiFixture() {
    }

    private static Dataset bundled;

    /** The dataset the app ships with, read once by the app's own loader. */
    public static synchronized Dataset bundled() {
        if (bundled == null) {
            bundled = new DatasetReader().readBundled().dataset().orElseThrow();
        }
        return bundled;
    }

    /** A preferences node of its own, so that tests never share or keep state. */
    public static WindowPreferences freshPreferences() {
        return new WindowPreferences(Preferences.userRoot().node("org/timelineexplorer-test/" + UUID.randomUUID()));
    }

    /** The main window for {@code state}, in a scene of the given size with the app's stylesheet, shown. */
    public static MainWindowController show(Stage stage, AppState state, WindowPreferences prefs,
                                            double width, double height) {
        ViewLoader.View<MainWindowController> view = new ViewLoader(state).loadView("MainWindow.fxml");
        view.controller().usePreferences(prefs);
        // Test classes share one stage; a size another test restored from its preferences must not carry over.
        stage.setWidth(width);
        stage.setHeight(height);
        Scene scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
        return view.controller();
    }

    public static Parent root(Stage stage) {
        return stage.getScene().getRoot();
    }
}
