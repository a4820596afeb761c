package org.timelineexplorer.ui.help;

import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The one list of keys: complete, and no key means two things where both work at once. */
class ShortcutsTest {

    @Test
    void listsEveryKeyTheIssueNames() {
        String labels = String.join(" | ", Shortcuts.all().stream().map(Shortcut::label).toList());
        for (String key : List.of("+", "-", "0", "→", "Shift", "Home", "End", "Enter", "Ctrl+O", "Ctrl+E",
                "Ctrl+Shift+C", "F5", "Page Up", "Page Down", "B or .", "P", "Esc", "Ctrl+Plus", "Ctrl+Minus",
                "Ctrl+0", "F1")) {
            assertTrue(labels.contains(key), "the sheet lists " + key + ": " + labels);
        }
    }

    @Test
    void noKeyDoesTwoThingsWhereBothApply() {
        // Window-wide keys work everywhere; timeline keys only in the main window, presentation keys only there.
        Set<Shortcut.Area> global = EnumSet.of(Shortcut.Area.FILE, Shortcut.Area.VIEW, Shortcut.Area.HELP);
        for (Shortcut.Area local : List.of(Shortcut.Area.TIMELINE, Shortcut.Area.PRESENTATION)) {
            Map<KeyCombination, Shortcut> seen = new HashMap<>();
            for (Shortcut shortcut : Shortcuts.all()) {
                if (global.contains(shortcut.area()) || shortcut.area() == local) {
                    for (KeyCombination key : shortcut.keys()) {
                        assertNull(seen.put(key, shortcut), key + " is taken twice in " + local);
                    }
                }
            }
        }
    }

    @Test
    void theMenuKeyIsTheFirstKey() {
        assertEquals("F5", Shortcuts.PRESENT.accelerator().getName());
        assertFalse(Shortcuts.all().isEmpty());
    }
}
