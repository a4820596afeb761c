package org.timelineexplorer.ui.presentation;

import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.theme.Appearance;

import java.util.prefs.Preferences;

/**
 * A small stand-in for the main window, wired the way the real one is meant to be: a menu bar with View and Help
 * menus holding the classroom items, the look attached to the scene, F5 installed.
 */
public final class TestWindow {

    public final AppState state;
    public final Appearance appearance;
    public final PresentationMode presentationMode;
    public final BorderPane root;
    public final Label title;
    public final Menu viewMenu;

    public TestWindow(Stage stage, AppState state, Preferences prefs) {
        this.state = state;
        root = new BorderPane();
        root.setId("main-window");
        // The window's own stylesheet paints its background from the theme's looked-up colour.
        root.setStyle("-fx-background-color: -te-bg;");
        title = new Label("Fixture window");
        title.setId("dataset-title");
        ListView<String> list = new ListView<>();
        state.getShownEvents().forEach(e -> list.getItems().add(e.formatDate(java.util.Locale.UK) + "  " + e.title()));
        viewMenu = new Menu("View");
        viewMenu.setId("view-menu");
        Menu help = new Menu("Help");
        help.setId("help-menu");
        MenuBar bar = new MenuBar(new Menu("File"), viewMenu, help);
        root.setTop(new BorderPane(title, bar, null, null, null));
        root.setCenter(list);
        Classroom classroom = Classroom.install(state, bar, viewMenu, help, new Appearance(prefs));
        appearance = classroom.appearance();
        presentationMode = classroom.presentationMode();
        stage.setScene(new Scene(root, 800, 600));
        stage.setX(40);
        stage.setY(30);
        stage.show();
    }
}
