package org.timelineexplorer.ui.help;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.timelineexplorer.i18n.Messages;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * One keyboard shortcut: the keys that do it (the first is the one a menu shows as its accelerator), what it does,
 * and where it works. Its words are read in the language in use each time they are asked for, from the bundle
 * beside this class: {@code action.NAME} and, for keys written in words ("Page Down, → or Space"), {@code keys.NAME}.
 *
 * @param name      the shortcut's name in the bundle, such as {@code next-step}
 * @param namedKeys whether the bundle writes its keys ({@code keys.NAME}) rather than the first key's own name
 */
public record Shortcut(Area area, String name, boolean namedKeys, List<KeyCombination> keys) {

    private static final Messages TEXTS = Messages.of(Shortcut.class);
    /**
     * The words of JavaFX's key names that keyboards print differently in other languages (French keyboards say
     * "Maj", "Pg suiv", "Échap"), longest first so that "Page Down" goes before any shorter word inside it.
     */
    private static final List<String> KEY_WORDS = List.of("Page Down", "Page Up", "Backspace", "Delete", "Shift",
            "Enter", "Space", "Home", "End", "Esc");

    /** Where a shortcut works, in the order the keyboard sheet lists them. */
    public enum Area {
        FILE, EDIT, VIEW, TIMELINE, MAP, QUIZ, PRESENTATION, HELP;

        /** The area's name in the language in use, as the sheet's Where column writes it. */
        public String title() {
            return TEXTS.text("area." + name().toLowerCase(Locale.ROOT));
        }
    }

    public Shortcut {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("a shortcut needs at least one key");
        }
    }

    /** What the shortcut does, in the language in use. */
    public String action() {
        return TEXTS.text("action." + name);
    }

    /** How the keys are written for a reader in the language in use, such as "Page Down, → or Space". */
    public String label() {
        return namedKeys ? TEXTS.text("keys." + name) : keyName(keys.get(0));
    }

    /** A key as printed on a keyboard in the language in use: "Ctrl+O", "F5", "Page Down", "Esc"; "Pg suiv" in French. */
    public static String keyName(KeyCombination key) {
        String name = key.getDisplayText().replace("Escape", "Esc");
        for (String word : KEY_WORDS) {
            name = name.replace(word, TEXTS.text("key." + word.toLowerCase(Locale.ROOT).replace(' ', '-')));
        }
        return name;
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
