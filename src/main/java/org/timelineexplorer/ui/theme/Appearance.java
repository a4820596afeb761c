package org.timelineexplorer.ui.theme;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import org.timelineexplorer.ui.help.Shortcut;
import org.timelineexplorer.ui.help.Shortcuts;

import java.util.ArrayList;
import java.util.List;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The look of the application: the theme and the text size, both remembered in {@link Preferences}. Applying them
 * to a scene is all CSS: the theme's stylesheet on the scene, its style class on the root, and the text size as
 * the root's {@code -fx-font-size}, which every size in Modena and our stylesheets is relative to. A root that asks
 * for larger type (presentation mode, through {@link #FONT_SCALE}) gets the size times its factor.
 */
public final class Appearance {

    /** Text sizes in px that Ctrl+plus and Ctrl+minus step through. */
    public static final List<Integer> FONT_SIZES = List.of(10, 11, 12, 13, 14, 15, 16, 18, 20, 22, 24, 28, 32);
    public static final int DEFAULT_FONT_SIZE = 15;
    public static final Theme DEFAULT_THEME = Theme.LIGHT;

    /**
     * Key in a root's {@link Parent#getProperties()} for a {@code Number} that multiplies the text size on that
     * root, rounded to whole pixels: {@link #PRESENTATION_SCALE} for presentation mode.
     */
    public static final String FONT_SCALE = "timelineexplorer.fontScale";

    /** Presentation type: 15px in the window becomes 28px on the screen the class reads (titles 48px). */
    public static final double PRESENTATION_SCALE = 28.0 / DEFAULT_FONT_SIZE;

    static final String THEME_KEY = "theme";
    static final String FONT_SIZE_KEY = "fontSize";

    private final Preferences prefs;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(this, "theme");
    private final ReadOnlyIntegerWrapper fontSize = new ReadOnlyIntegerWrapper(this, "fontSize");

    /** The look remembered in {@code prefs}; tests pass a node of their own. */
    public Appearance(Preferences prefs) {
        this.prefs = prefs;
        theme.set(Theme.byName(prefs.get(THEME_KEY, "")).orElse(DEFAULT_THEME));
        fontSize.set(nearestSize(prefs.getInt(FONT_SIZE_KEY, DEFAULT_FONT_SIZE)));
        theme.addListener((o, old, now) -> {
            if (now == null) {
                theme.set(old);
                return;
            }
            save(THEME_KEY, now.name());
        });
        fontSize.addListener((o, old, now) -> save(FONT_SIZE_KEY, now.toString()));
    }

    /** The look remembered for the user on this computer. */
    public static Appearance forUser() {
        return new Appearance(Preferences.userNodeForPackage(Appearance.class));
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public Theme getTheme() {
        return theme.get();
    }

    public void setTheme(Theme value) {
        theme.set(value);
    }

    /** The text size in px, one of {@link #FONT_SIZES}. */
    public ReadOnlyIntegerProperty fontSizeProperty() {
        return fontSize.getReadOnlyProperty();
    }

    public int getFontSize() {
        return fontSize.get();
    }

    public void larger() {
        int i = FONT_SIZES.indexOf(fontSize.get());
        fontSize.set(FONT_SIZES.get(Math.min(FONT_SIZES.size() - 1, i + 1)));
    }

    public void smaller() {
        int i = FONT_SIZES.indexOf(fontSize.get());
        fontSize.set(FONT_SIZES.get(Math.max(0, i - 1)));
    }

    public void resetFontSize() {
        fontSize.set(DEFAULT_FONT_SIZE);
    }

    /**
     * Applies the look to {@code scene} now and whenever it changes, also to any root the scene gets later (the
     * presentation swaps it), and makes Ctrl+plus/minus/0 work in the scene whichever root it shows.
     */
    public void attach(Scene scene) {
        Runnable apply = () -> apply(scene);
        theme.addListener(o -> apply.run());
        fontSize.addListener(o -> apply.run());
        scene.rootProperty().addListener(o -> {
            apply.run();
            installKeys(scene);
        });
        apply.run();
        installKeys(scene);
    }

    private void installKeys(Scene scene) {
        put(scene, Shortcuts.LARGER_TEXT, this::larger);
        put(scene, Shortcuts.SMALLER_TEXT, this::smaller);
        put(scene, Shortcuts.RESET_TEXT, this::resetFontSize);
    }

    private static void put(Scene scene, Shortcut shortcut, Runnable action) {
        for (KeyCombination key : shortcut.keys()) {
            scene.getAccelerators().put(key, action);
        }
    }

    private void apply(Scene scene) {
        List<String> sheets = scene.getStylesheets();
        for (Theme t : Theme.values()) {
            if (t != getTheme()) {
                sheets.remove(t.stylesheet());
            }
        }
        if (!sheets.contains(getTheme().stylesheet())) {
            sheets.add(getTheme().stylesheet());
        }
        Parent root = scene.getRoot();
        if (root == null) {
            return;
        }
        for (Theme t : Theme.values()) {
            root.getStyleClass().remove(t.styleClass());
        }
        root.getStyleClass().add(getTheme().styleClass());
        double scale = root.getProperties().get(FONT_SCALE) instanceof Number n ? n.doubleValue() : 1;
        root.setStyle(fontSizeStyle(root.getStyle(), Math.round(getFontSize() * scale)));
    }

    /** {@code style} with its {@code -fx-font-size} replaced, other inline declarations kept. */
    static String fontSizeStyle(String style, double px) {
        String rest = style == null ? "" : style.replaceAll("-fx-font-size\\s*:[^;]*;?", "").trim();
        String size = "-fx-font-size: " + (px == Math.rint(px) ? Long.toString((long) px) : Double.toString(px)) + "px;";
        return rest.isEmpty() ? size : size + " " + rest;
    }

    /**
     * The View menu's items for the look: a Theme submenu of radio items and the three text size items, with
     * their keys shown.
     */
    public List<MenuItem> createMenuItems() {
        Menu themes = new Menu("Theme");
        themes.setId("theme-menu");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(t.title());
            item.setId("theme-" + t.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + "-menu-item");
            item.setToggleGroup(group);
            item.setSelected(t == getTheme());
            item.setOnAction(e -> setTheme(t));
            theme.addListener((o, old, now) -> item.setSelected(now == t));
            themes.getItems().add(item);
        }
        List<MenuItem> items = new ArrayList<>();
        items.add(themes);
        items.add(item("Larger text", "larger-text-menu-item", Shortcuts.LARGER_TEXT, this::larger));
        items.add(item("Smaller text", "smaller-text-menu-item", Shortcuts.SMALLER_TEXT, this::smaller));
        items.add(item("Usual text size", "reset-text-menu-item", Shortcuts.RESET_TEXT, this::resetFontSize));
        return items;
    }

    private static MenuItem item(String text, String id, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(shortcut.accelerator());
        item.setOnAction(e -> action.run());
        return item;
    }

    private static int nearestSize(int px) {
        int best = DEFAULT_FONT_SIZE;
        for (int size : FONT_SIZES) {
            if (Math.abs(size - px) < Math.abs(best - px)) {
                best = size;
            }
        }
        return best;
    }

    /**
     * Keeps a classroom setting, such as whether a presentation includes charts, in the same preferences as the
     * look: read now (a missing or unusable stored value leaves the property as it is), written on every change.
     */
    public void remember(String key, BooleanProperty setting) {
        String stored = prefs.get(key, "");
        if (stored.equals("true") || stored.equals("false")) {
            setting.set(Boolean.parseBoolean(stored));
        }
        setting.addListener((o, old, now) -> save(key, now.toString()));
    }

    /** As {@link #remember(String, BooleanProperty)}, for a whole number that must be one of {@code allowed}. */
    public void remember(String key, IntegerProperty setting, List<Integer> allowed) {
        int stored = prefs.getInt(key, Integer.MIN_VALUE);
        if (allowed.contains(stored)) {
            setting.set(stored);
        }
        setting.addListener((o, old, now) -> save(key, now.toString()));
    }

    private void save(String key, String value) {
        prefs.put(key, value);
        try {
            prefs.flush();
        } catch (BackingStoreException e) {
            // Kept in memory and written at exit; a teacher loses nothing now.
        }
    }
}
