package org.timelineexplorer.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.ui.settings.StoredPreferences;
import org.timelineexplorer.ui.settings.UserSettings;
import org.timelineexplorer.ui.theme.Theme;


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

    /** Settings of their own, kept in memory, so that tests never share or keep state. */
    public static UserSettings freshSettings() {
        return new UserSettings(new StoredPreferences(StoredPreferences.newDisk()));
    }

    /** The main window for {@code state}, in a scene of the given size with the app's stylesheet, shown. */
    public static MainWindowController show(Stage stage, AppState state, UserSettings settings,
                                            double width, double height) {
        ViewLoader.View<MainWindowController> view = new ViewLoader(state, settings).loadView("MainWindow.fxml");
        // Test classes share one stage; a size another test restored from its preferences must not carry over.
        stage.setWidth(width);
        stage.setHeight(height);
        Scene scene = WindowDirection.apply(new Scene(view.root(), width, height));
        scene.getStylesheets().addAll(ViewLoader.stylesheets());
        stage.setScene(scene);
        stage.show();
        return view.controller();
    }

    /** The page colour of {@code theme} (-te-bg): the window's background and its dialogs'. */
    public static Color page(Theme theme) {
        return Color.web(switch (theme) {
            case LIGHT -> "#FAFAF7";
            case DARK -> "#1C1D1F";
            case HIGH_CONTRAST -> "#000000";
        });
    }

    /** The surface colour of {@code theme} (-te-surface): panes, lists, fields. */
    public static Color surface(Theme theme) {
        return Color.web(switch (theme) {
            case LIGHT -> "#FFFFFF";
            case DARK -> "#2A2B2E";
            case HIGH_CONTRAST -> "#000000";
        });
    }

    public static Parent root(Stage stage) {
        return stage.getScene().getRoot();
    }

    /** Hides every window but {@code stage}: the dialogs a test left open, so that the next test starts clean. */
    public static void closeDialogs(org.testfx.api.FxRobot robot, Stage stage) {
        robot.interact(() -> java.util.List.copyOf(javafx.stage.Window.getWindows()).stream()
                .filter(window -> window != stage).forEach(javafx.stage.Window::hide));
    }
}
