package org.timelineexplorer.ui.presentation;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Stage;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.help.ShortcutsSheet;
import org.timelineexplorer.ui.theme.Appearance;

/**
 * Classroom mode wired into a window in one call from its controller: View → Present, Include charts, Theme and
 * text size; Help → Keyboard shortcuts; the look on the window's scene and F5 in it, as soon as the window exists
 * (controllers run before their view is in a scene).
 */
public final class Classroom {

    private final Menu viewMenu;
    private final PresentationMode presentationMode;
    private Appearance appearance;
    private boolean sceneDone;
    private boolean stageDone;

    static final String INCLUDE_CHARTS_KEY = "includeCharts";
    static final String PACE_KEY = "paceSeconds";

    private Classroom(AppState state, Menu viewMenu, Appearance appearance) {
        this.viewMenu = viewMenu;
        this.appearance = appearance;
        this.presentationMode = new PresentationMode(state);
    }

    /**
     * Adds the classroom items to the two menus and, once {@code anchor} (any node of the window, such as its menu
     * bar) is in a scene shown in a stage, applies the look there (remembered for this user unless
     * {@link #useAppearance} says otherwise) and installs F5.
     */
    public static Classroom install(AppState state, Node anchor, Menu viewMenu, Menu helpMenu) {
        return install(state, anchor, viewMenu, helpMenu, null);
    }

    /** As {@link #install(AppState, Node, Menu, Menu)} with a look of the caller's (tests pass their own prefs). */
    public static Classroom install(AppState state, Node anchor, Menu viewMenu, Menu helpMenu,
                                    Appearance appearance) {
        Classroom classroom = new Classroom(state, viewMenu, appearance);
        viewMenu.getItems().add(new SeparatorMenuItem());
        viewMenu.getItems().addAll(classroom.presentationMode.createMenuItems());
        helpMenu.getItems().add(ShortcutsSheet.createMenuItem(() -> anchor.getScene().getWindow()));
        classroom.whenInScene(anchor);
        return classroom;
    }

    /**
     * Uses {@code value} for the look instead of the user's; call it before the window's scene is made (tests use a
     * preferences node of their own).
     */
    public void useAppearance(Appearance value) {
        if (sceneDone) {
            throw new IllegalStateException("the look is already applied to the window");
        }
        appearance = value;
    }

    /** The look; the user's own until {@link #useAppearance} chooses another. */
    public Appearance appearance() {
        if (appearance == null) {
            appearance = Appearance.forUser();
        }
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
            return;
        }
        sceneDone = true;
        Appearance look = appearance();
        viewMenu.getItems().add(new SeparatorMenuItem());
        viewMenu.getItems().addAll(look.createMenuItems());
        look.attach(scene);
        Presentation lesson = presentationMode.presentation();
        look.remember(INCLUDE_CHARTS_KEY, lesson.includeChartsProperty());
        look.remember(PACE_KEY, lesson.paceSecondsProperty(), Presentation.PACES);
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
