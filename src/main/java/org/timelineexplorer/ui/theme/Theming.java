package org.timelineexplorer.ui.theme;

import javafx.beans.InvalidationListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.timelineexplorer.ui.help.Shortcuts;

import java.util.List;

/**
 * Puts an {@link Appearance} on a window and on every window opened from it (dialogs, sheets), the same way for
 * all: the theme's stylesheet among the scene's, its style class on the scene's root, and the text size as the
 * root's {@code -fx-font-size}, which every size in Modena and our stylesheets is relative to. A root that asks for
 * larger type (presentation mode, through {@link #FONT_SCALE}) gets the size times its factor.
 *
 * <p>No dialog needs a line of its own: a window shown with an owner takes the look of its nearest owner that has
 * one, when it shows and whenever the look changes, and Ctrl+plus/minus/0 work in it too. Popups (menus, tooltips, the lists of choice boxes) copy their
 * owner's stylesheets as they show and take the palette and type size from the node they belong to, so they follow
 * too.
 */
public final class Theming {

    /**
     * Key in a root's {@link Parent#getProperties()} for a {@code Number} that multiplies the text size on that
     * root, rounded to whole pixels: {@link #PRESENTATION_SCALE} for presentation mode.
     */
    public static final String FONT_SCALE = "timelineexplorer.fontScale";

    /** Presentation type: 15px in the window becomes 28px on the screen the class reads (titles 48px). */
    public static final double PRESENTATION_SCALE = 28.0 / Appearance.DEFAULT_FONT_SIZE;

    /** Key in a scene's properties for the {@link Appearance} it and the windows it opens wear. */
    private static final String LOOK = "timelineexplorer.appearance";


    private Theming() {
    }

    /**
     * Puts {@code look} on {@code scene} now and whenever it changes, also on any root the scene gets later (the
     * presentation swaps it) and on every window opened from the scene's window, and makes Ctrl+plus/minus/0 change
     * the text size in the scene whichever root it shows. Call on the JavaFX thread.
     */
    public static void attach(Scene scene, Appearance look) {
        // Every window that shows from now takes the look of its nearest owner that has one.
        NewWindows.each("theme", Theming::styleOwned);
        scene.getProperties().put(LOOK, look);
        InvalidationListener restyle = o -> {
            style(scene, look);
            restyleWindowsWearing(look);
        };
        look.themeProperty().addListener(restyle);
        look.fontSizeProperty().addListener(restyle);
        scene.rootProperty().addListener(o -> {
            style(scene, look);
            installKeys(scene, look);
        });
        style(scene, look);
        installKeys(scene, look);
    }

    private static void restyleWindowsWearing(Appearance look) {
        for (Window window : List.copyOf(Window.getWindows())) {
            Scene owner = lookingScene(window);
            if (owner != null && owner.getProperties().get(LOOK) == look) {
                styleOwned(window);
            }
        }
    }

    private static void styleOwned(Window window) {
        Scene owner = lookingScene(window);
        Scene scene = window.getScene();
        if (owner == null || scene == null || window instanceof PopupWindow) {
            return;
        }
        if (scene != owner && !scene.getStylesheets().equals(owner.getStylesheets())) {
            // Dialogs already follow their owner's stylesheets; a plain window opened from ours gets them here.
            scene.getStylesheets().setAll(owner.getStylesheets());
        }
        Appearance look = (Appearance) owner.getProperties().get(LOOK);
        style(scene, look);
        installKeys(scene, look);
    }

    /** The scene of {@code window} or of its nearest owner that wears a look, or {@code null}. */
    private static Scene lookingScene(Window window) {
        for (Window w = window; w != null; w = ownerOf(w)) {
            if (w.getScene() != null && w.getScene().getProperties().get(LOOK) instanceof Appearance) {
                return w.getScene();
            }
        }
        return null;
    }

    private static Window ownerOf(Window window) {
        if (window instanceof Stage stage) {
            return stage.getOwner();
        }
        return window instanceof PopupWindow popup ? popup.getOwnerWindow() : null;
    }

    private static void style(Scene scene, Appearance look) {
        Theme theme = look.getTheme();
        List<String> sheets = scene.getStylesheets();
        for (Theme other : Theme.values()) {
            if (other != theme) {
                sheets.remove(other.stylesheet());
            }
        }
        if (!sheets.contains(theme.stylesheet())) {
            sheets.add(theme.stylesheet());
        }
        Parent root = scene.getRoot();
        if (root == null) {
            return;
        }
        for (Theme other : Theme.values()) {
            root.getStyleClass().remove(other.styleClass());
        }
        root.getStyleClass().add(theme.styleClass());
        double scale = root.getProperties().get(FONT_SCALE) instanceof Number n ? n.doubleValue() : 1;
        root.setStyle(fontSizeStyle(root.getStyle(), Math.round(look.getFontSize() * scale)));
    }

    /** {@code style} with its {@code -fx-font-size} replaced, other inline declarations kept. */
    static String fontSizeStyle(String style, double px) {
        String rest = style == null ? "" : style.replaceAll("-fx-font-size\\s*:[^;]*;?", "").trim();
        String size = "-fx-font-size: " + (px == Math.rint(px) ? Long.toString((long) px) : Double.toString(px)) + "px;";
        return rest.isEmpty() ? size : size + " " + rest;
    }

    private static void installKeys(Scene scene, Appearance look) {
        Shortcuts.LARGER_TEXT.installIn(scene, look::larger);
        Shortcuts.SMALLER_TEXT.installIn(scene, look::smaller);
        Shortcuts.RESET_TEXT.installIn(scene, look::resetFontSize);
    }
}
