package org.timelineexplorer.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.ui.theme.NewWindows;

/**
 * Which way the app's windows lay out: right to left in a language written that way (Arabic), so that menus,
 * bars, panes and dialogs start on the right, and left to right otherwise. The one place that decides it, for the
 * main window and for every window shown after it (the presentation, which shows in the main window's scene, the
 * quiz, the shortcuts sheet, the forms, the problems and every alert), so that no window needs a line of its own.
 * Popups (menus, tooltips, lists) follow the node they belong to. The timeline, the charts and the map keep left to
 * right inside, as their drawing is not mirrored (their FXML says so).
 */
public final class WindowDirection {

    private WindowDirection() {
    }

    /** The direction of the language in use. */
    public static NodeOrientation inUse() {
        return Messages.language().rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /**
     * Lays {@code scene} out in the direction of the language in use, and every window that shows from now on too;
     * returns {@code scene}, for use where it is made. Call on the JavaFX thread.
     */
    public static Scene apply(Scene scene) {
        NewWindows.each("direction", WindowDirection::direct);
        scene.setNodeOrientation(inUse());
        return scene;
    }

    private static void direct(Window window) {
        if (!(window instanceof PopupWindow) && window.getScene() != null) {
            window.getScene().setNodeOrientation(inUse());
        }
    }
}
