package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.timelineexplorer.ui.settings.Setting;
import org.timelineexplorer.ui.settings.UserSettings;

import java.util.Map;
import java.util.Optional;

/**
 * The window's size and where its dividers stand, remembered between runs. A size that would not fit the screen
 * now (the last run was on a larger one) is not restored.
 */
final class WindowLayout {

    /** The share of the screen the window takes when no size was saved. */
    private static final double FIRST_RUN_SHARE = 0.9;
    /** The largest window size restored: anything larger is a damaged or foreign value. */
    private static final double MAX_SIZE = 16_384;

    static final Setting<Double> WIDTH = Setting.number("window.width", 800, MAX_SIZE);
    static final Setting<Double> HEIGHT = Setting.number("window.height", 500, MAX_SIZE);
    static final Setting<Boolean> MAXIMIZED = Setting.flag("window.maximized");

    private final UserSettings settings;
    private final Map<String, SplitPane> splits;

    /** The layout of a window with these split panes, each remembered under its name. */
    WindowLayout(UserSettings settings, Map<String, SplitPane> splits) {
        this.settings = settings;
        this.splits = Map.copyOf(splits);
    }

    static Setting<Double> divider(String name) {
        return Setting.number("divider." + name, 0.02, 0.98);
    }

    /** Gives {@code window} its remembered size (before it shows) and the split panes their dividers. */
    void restore(Window window) {
        if (window instanceof Stage stage && !stage.isShowing()) {
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Optional<Double> width = settings.get(WIDTH).filter(w -> w <= screen.getWidth());
            Optional<Double> height = settings.get(HEIGHT).filter(h -> h <= screen.getHeight());
            boolean fits = width.isPresent() && height.isPresent();
            // The first time, most of the screen: on a projector that is what the class sees.
            stage.setWidth(fits ? width.get() : Math.round(screen.getWidth() * FIRST_RUN_SHARE));
            stage.setHeight(fits ? height.get() : Math.round(screen.getHeight() * FIRST_RUN_SHARE));
            stage.centerOnScreen();
            stage.setMaximized(settings.get(MAXIMIZED).orElse(false));
        }
        if (window.isShowing()) {
            splits.keySet().forEach(this::restoreDivider);
        } else {
            // A split pane laid out first at another size shifts its dividers; set them at the final size. Once:
            // the window outlives these split panes when a change of language builds its views anew.
            window.addEventHandler(WindowEvent.WINDOW_SHOWN, new EventHandler<>() {
                @Override
                public void handle(WindowEvent event) {
                    window.removeEventHandler(WindowEvent.WINDOW_SHOWN, this);
                    Platform.runLater(() -> splits.keySet().forEach(WindowLayout.this::restoreDivider));
                }
            });
        }
    }

    /** Remembers the size of {@code window} (unless maximised: then the size to come back to) and every divider. */
    void save(Window window) {
        boolean maximized = window instanceof Stage stage && stage.isMaximized();
        if (!maximized) {
            settings.put(WIDTH, window.getWidth());
            settings.put(HEIGHT, window.getHeight());
        }
        settings.put(MAXIMIZED, maximized);
        splits.keySet().forEach(this::saveDivider);
    }

    /** Puts divider {@code name} back where it was remembered, if it was. */
    void restoreDivider(String name) {
        settings.get(divider(name)).ifPresent(position -> splits.get(name).setDividerPositions(position));
    }

    /** Remembers where divider {@code name} stands, if its split pane shows one. */
    void saveDivider(String name) {
        SplitPane split = splits.get(name);
        if (!split.getDividers().isEmpty()) {
            settings.put(divider(name), split.getDividerPositions()[0]);
        }
    }
}
