package org.timelineexplorer.ui.help;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

import java.util.List;
import java.util.Objects;

/**
 * One keyboard shortcut: the keys that do it (the first is the one a menu shows as its accelerator), what it does,
 * and where it works.
 *
 * @param label how the keys are written for a reader, such as "Page Down, → or Space"
 */
public record Shortcut(Area area, String action, String label, List<KeyCombination> keys) {

    /** Where a shortcut works, in the order the keyboard sheet lists them. */
    public enum Area {
        FILE("File"), EDIT("Edit"), VIEW("View"), TIMELINE("Timeline"), MAP("Map"), QUIZ("Quiz"),
        PRESENTATION("Presentation"),
        HELP("Help");

        private final String title;

        Area(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    public Shortcut {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(action, "action");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a shortcut needs at least one key");
        }
        label = label == null ? keyName(keys.get(0)) : label;
    }

    /** A key as printed on a keyboard: "Ctrl+O", "F5", "Page Down", "Esc". */
    public static String keyName(KeyCombination key) {
        return key.getDisplayText().replace("Escape", "Esc");
    }

    /** The key a menu item shows and answers to. */
    public KeyCombination accelerator() {
        return keys.get(0);
    }

    /** Makes every one of the shortcut's keys do {@code action} anywhere in {@code scene}'s window. */
    public void installIn(Scene scene, Runnable action) {
        for (KeyCombination key : keys) {
            scene.getAccelerators().put(key, action);
        }
    }

    /** Whether a key press is one of this shortcut's keys. */
    public boolean matches(KeyEvent event) {
        return keys.stream().anyMatch(k -> k.match(event));
    }
}
