package org.timelineexplorer.ui;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import org.timelineexplorer.ui.settings.Setting;
import org.timelineexplorer.ui.settings.UserSettings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The datasets opened last, newest first, remembered between runs. Files that have since disappeared are left out
 * when the list is read, so the menu never offers a file that cannot open.
 */
public final class RecentFiles {

    /** How many files the menu lists. */
    public static final int MAX = 8;

    private final UserSettings settings;
    private final ObservableList<Path> files = FXCollections.observableArrayList();

    /** The list remembered in {@code settings}. */
    public RecentFiles(UserSettings settings) {
        this.settings = settings;
        for (int i = 0; i < MAX; i++) {
            settings.get(entry(i)).filter(Files::isRegularFile).filter(path -> !files.contains(path))
                    .ifPresent(files::add);
        }
    }

    private static Setting<Path> entry(int i) {
        return Setting.file("recent." + i);
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
        for (int i = 0; i < MAX; i++) {
            settings.put(entry(i), i < files.size() ? files.get(i) : null);
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
        files.addListener((ListChangeListener<Path>) c -> refill.run());
        refill.run();
    }
}
