package org.timelineexplorer.ui.theme;

import javafx.collections.ListChangeListener;
import javafx.stage.Window;

import java.util.HashSet;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What the app does to every window it shows from now on (a dialog, the quiz, a sheet), wherever it is made: the
 * theme it takes from its owner, the direction of the language in use. One listener on JavaFX's list of windows
 * for each such thing, however often it is asked for. Call on the JavaFX thread.
 */
public final class NewWindows {

    private static final Set<String> WATCHED = new HashSet<>();

    private NewWindows() {
    }

    /** Hands every window added from now on to {@code action}, once for each {@code name}, however often asked. */
    public static void each(String name, Consumer<Window> action) {
        if (!WATCHED.add(name)) {
            return;
        }
        Window.getWindows().addListener((ListChangeListener<Window>) change -> {
            while (change.next()) {
                change.getAddedSubList().forEach(action);
            }
        });
    }
}
