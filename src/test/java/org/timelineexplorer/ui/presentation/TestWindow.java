package org.timelineexplorer.ui.presentation;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.MainWindowController;
import org.timelineexplorer.ui.ViewLoader;
import org.timelineexplorer.ui.settings.UserSettings;
import org.timelineexplorer.ui.theme.Appearance;

import java.util.prefs.Preferences;

/**
 * The real main window, built as the application builds it (its FXML, app.css on the scene), with everything it
 * remembers kept in the test's preferences node.
 */
public final class TestWindow {

    public final AppState state;
    public final Appearance appearance;
    public final PresentationMode presentationMode;
    public final MainWindowController controller;
    public final Region root;
    public final Label title;
    public final Menu viewMenu;

    public TestWindow(Stage stage, AppState state, Preferences prefs) {
        this.state = state;
        ViewLoader.View<MainWindowController> view =
                new ViewLoader(state, new UserSettings(prefs)).loadView("MainWindow.fxml");
        controller = view.controller();
        appearance = controller.classroom().appearance();
        presentationMode = controller.classroom().presentationMode();
        root = (Region) view.root();
        viewMenu = controller.menu().viewMenu();
        stage.setWidth(1000);
        stage.setHeight(700);
        Scene scene = new Scene(root, 1000, 700);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.setX(40);
        stage.setY(30);
        stage.show();
        title = (Label) root.lookup("#dataset-title");
    }
}
