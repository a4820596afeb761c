package org.timelineexplorer.ui;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.prefs.Preferences;

/**
 * The datasets opened last, newest first, remembered between runs. Files that have since disappeared are left out
 * when the list is read, so the menu never offers a file that cannot open.
 */
public final class RecentFiles {

    /** How many files the menu lists. */
    public static final int MAX = 8;
    static final String KEY = "recent.";

    private final Preferences node;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    public RecentFiles(Preferences node) {
        this.node = node;
        for (int i = 0; i < MAX; i++) {
            String value = node.get(KEY + i, null);
            if (value == null) {
                continue;
            }
            try {
                Path path = Path.of(value);
                if (Files.isRegularFile(path) && !files.contains(path)) {
                    files.add(path);
                }
            } catch (InvalidPathException ignored) {
                // A damaged entry costs one line of the menu, nothing more.
            }
        }
    }

    /** The user's list, in the application's preferences node. */
    public static RecentFiles forUser() {
        return new RecentFiles(Preferences.userRoot().node("org/timelineexplorer"));
    }

    /** Newest first; changes as files are opened. */
    public ObservableList<Path> files() {
        return FXCollections.unmodifiableObservableList(files);
    }

    /** Puts {@code file} first, dropping the oldest beyond {@link #MAX}. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> updated = new ArrayList<>(files);
        updated.remove(absolute);
        updated.add(0, absolute);
        files.setAll(updated.subList(0, Math.min(MAX, updated.size())));
        save();
    }

    public void clear() {
        files.clear();
        save();
    }

    private void save() {
        for (int i = 0; i < MAX; i++) {
            if (i < files.size()) {
                node.put(KEY + i, files.get(i).toString());
            } else {
                node.remove(KEY + i);
            }
        }
    }

    /** Keeps {@code menu} listing the files, each opening through {@code open}; disabled while the list is empty. */
    public void bind(Menu menu, Consumer<Path> open) {
        Runnable refill = () -> {
            List<MenuItem> items = new ArrayList<>();
            for (int i = 0; i < files.size(); i++) {
                Path file = files.get(i);
                MenuItem item = new MenuItem((i < 9 ? "_" + (i + 1) + "  " : "") + file.getFileName()
                        + "  —  " + file.getParent());
                item.setMnemonicParsing(true);
                item.setOnAction(e -> open.accept(file));
                items.add(item);
            }
            menu.getItems().setAll(items);
            menu.setDisable(items.isEmpty());
        };
        files.addListener((javafx.collections.ListChangeListener<Path>) c -> refill.run());
        refill.run();
    }
}
