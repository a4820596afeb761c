package org.timelineexplorer.ui.presentation;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.help.ShortcutsSheet;
import org.timelineexplorer.ui.theme.Appearance;
import org.timelineexplorer.ui.theme.AppearanceMenu;
import org.timelineexplorer.ui.theme.Theming;

/**
 * Classroom mode wired into a window in one call from its controller: View → Present, Include charts, Theme and
 * text size; Help → Keyboard shortcuts; the look on the window's scene and F5 in it, as soon as the window exists
 * (controllers run before their view is in a scene).
 */
public final class Classroom {

    private final Appearance appearance;
    private final PresentationMode presentationMode;
    private boolean sceneDone;
    private boolean stageDone;

    private Classroom(AppState state, Appearance appearance) {
        this.appearance = appearance;
        this.presentationMode = new PresentationMode(state);
    }

    /**
     * Adds the classroom items to the two menus and, once {@code anchor} (any node of the window, such as its root)
     * is in a scene shown in a stage, puts {@code appearance} on it and installs F5.
     */
    public static Classroom install(AppState state, Appearance appearance, Node anchor, Menu viewMenu,
                                    Menu helpMenu) {
        Classroom classroom = new Classroom(state, appearance);
        viewMenu.getItems().add(new SeparatorMenuItem());
        viewMenu.getItems().addAll(classroom.presentationMode.createMenuItems());
        viewMenu.getItems().add(new SeparatorMenuItem());
        viewMenu.getItems().addAll(AppearanceMenu.items(appearance));
        helpMenu.getItems().add(ShortcutsSheet.createMenuItem(() -> anchor.getScene().getWindow()));
        classroom.whenInScene(anchor);
        return classroom;
    }

    /** The theme and text size of the window. */
    public Appearance appearance() {
        return appearance;
    }

    public PresentationMode presentationMode() {
        return presentationMode;
    }

    private void whenInScene(Node anchor) {
        if (anchor.getScene() != null) {
            sceneReady(anchor.getScene());
        } else {
            anchor.sceneProperty().addListener((o, old, scene) -> {
                if (scene != null) {
                    sceneReady(scene);
                }
            });
        }
    }

    private void sceneReady(Scene scene) {
        if (sceneDone) {
            return; // the anchor leaves the scene and comes back while the presentation shows
        }
        sceneDone = true;
        Theming.attach(scene, appearance);
        if (scene.getWindow() instanceof Stage stage) {
            stageReady(stage);
        } else {
            scene.windowProperty().addListener((o, old, window) -> {
                if (window instanceof Stage stage) {
                    stageReady(stage);
                }
            });
        }
    }

    private void stageReady(Stage stage) {
        if (!stageDone) {
            stageDone = true;
            presentationMode.install(stage);
        }
    }
}
