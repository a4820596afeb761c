package org.timelineexplorer.ui;

import javafx.geometry.NodeOrientation;
import javafx.scene.Scene;
import javafx.scene.control.Dialog;
import org.timelineexplorer.i18n.Messages;

/**
 * Which way the app's windows lay out: right to left in a language written that way (Arabic), so that menus,
 * bars, panes and dialogs start on the right, and left to right otherwise. The one place that decides it; the
 * timeline, the charts and the map keep left to right inside, as their drawing is not mirrored.
 */
public final class WindowDirection {

    private WindowDirection() {
    }

    /** The direction of the language in use. */
    public static NodeOrientation inUse() {
        return Messages.language().rightToLeft() ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /** Lays {@code scene} out in the direction of the language in use; returns it, for use where it is made. */
    public static Scene apply(Scene scene) {
        scene.setNodeOrientation(inUse());
        return scene;
    }

    /** Lays {@code dialog} out in the direction of the language in use, whether or not it has an owner. */
    public static <D extends Dialog<?>> D apply(D dialog) {
        dialog.getDialogPane().setNodeOrientation(inUse());
        return dialog;
    }
}
