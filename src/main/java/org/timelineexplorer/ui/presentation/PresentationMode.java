package org.timelineexplorer.ui.presentation;

import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.ViewLoader;
import org.timelineexplorer.ui.help.Shortcuts;
import org.timelineexplorer.ui.theme.Theming;

import java.util.List;

/**
 * Presentation mode for a window: F5 (or View → Present) swaps the scene's root for the presentation view and goes
 * full screen; Esc puts back the root and the window as they were (position, size, maximised, not full screen).
 * The view is loaded the first time it is needed.
 */
public final class PresentationMode {

    private static final Messages TEXTS = Messages.of(PresentationMode.class);

    private final AppState state;
    private Stage stage;
    private final Presentation presentation;
    private final ReadOnlyBooleanWrapper active = new ReadOnlyBooleanWrapper(this, "active", false);
    private Parent view;
    private Saved saved;
    private boolean reachedFullScreen;

    /** How the window was before presenting. */
    private record Saved(Parent root, double x, double y, double width, double height, boolean maximized,
                         boolean fullScreen, KeyCombination exitKey, String exitHint) {
    }

    /** A presentation of {@code state}'s shown events; {@link #install(Stage)} gives it its window. */
    public PresentationMode(AppState state) {
        this.state = state;
        this.presentation = new Presentation(state);
    }

    /**
     * Presents in {@code stage}: F5 in its scene enters (with or without a menu item for it), and leaving full
     * screen some other way also leaves the presentation.
     */
    public void install(Stage stage) {
        if (this.stage != null) {
            throw new IllegalStateException("already installed in a window");
        }
        this.stage = stage;
        stage.fullScreenProperty().addListener((o, was, now) -> {
            if (now) {
                reachedFullScreen = true;
            } else if (active.get() && reachedFullScreen) {
                exit();
            }
        });
        stage.getScene().getAccelerators().put(Shortcuts.PRESENT.accelerator(), this::enter);
    }

    /** The steps, position, black-out and tour of the presentation. */
    public Presentation presentation() {
        return presentation;
    }

    /** Whether the window is presenting. */
    public ReadOnlyBooleanProperty activeProperty() {
        return active.getReadOnlyProperty();
    }

    public boolean isActive() {
        return active.get();
    }

    /** View menu items: Present (F5), the chart-step toggle and the map toggle. */
    public List<MenuItem> createMenuItems() {
        MenuItem present = new MenuItem(TEXTS.text("presentation.menu.present"));
        present.setId("present-menu-item");
        present.setAccelerator(Shortcuts.PRESENT.accelerator());
        present.setOnAction(e -> enter());
        CheckMenuItem charts = new CheckMenuItem(TEXTS.text("presentation.menu.charts"));
        charts.setId("include-charts-menu-item");
        charts.selectedProperty().bindBidirectional(presentation.includeChartsProperty());
        CheckMenuItem map = new CheckMenuItem(TEXTS.text("presentation.menu.map"));
        map.setId("include-map-menu-item");
        map.selectedProperty().bindBidirectional(presentation.includeMapProperty());
        return List.of(present, charts, map);
    }

    /** Goes full screen with the presentation, starting at the selected event (or the first step). */
    public void enter() {
        if (active.get() || stage == null) {
            return;
        }
        Scene scene = stage.getScene();
        saved = new Saved(scene.getRoot(), stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(),
                stage.isMaximized(), stage.isFullScreen(), stage.getFullScreenExitKeyCombination(),
                stage.getFullScreenExitHint());
        Parent presentationView = view();
        presentation.start();
        active.set(true);
        reachedFullScreen = false;
        scene.setRoot(presentationView);
        // Esc is ours: it must also put the window back, not only leave full screen.
        stage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
        stage.setFullScreenExitHint("");
        stage.setFullScreen(true);
        presentationView.requestFocus();
    }

    /** Leaves the presentation and restores the window as it was before {@link #enter()}. */
    public void exit() {
        if (!active.get()) {
            return;
        }
        active.set(false);
        presentation.stop();
        Saved was = saved;
        saved = null;
        stage.getScene().setRoot(was.root());
        stage.setFullScreen(was.fullScreen());
        stage.setFullScreenExitKeyCombination(was.exitKey());
        stage.setFullScreenExitHint(was.exitHint());
        stage.setMaximized(was.maximized());
        if (!was.maximized() && !was.fullScreen()) {
            restoreBounds(was);
            // Window managers may apply the end of full screen later and move the window: put it back again then.
            Platform.runLater(() -> {
                if (!active.get() && !stage.isMaximized() && !stage.isFullScreen()) {
                    restoreBounds(was);
                }
            });
        }
        was.root().requestFocus();
    }

    private void restoreBounds(Saved was) {
        stage.setX(was.x());
        stage.setY(was.y());
        stage.setWidth(was.width());
        stage.setHeight(was.height());
    }

    /** The presentation view, loaded once. */
    public Parent view() {
        if (view == null) {
            ViewLoader.View<PresentationController> loaded =
                    new ViewLoader(state, presentation).loadView(PresentationMode.class, "PresentationView.fxml");
            view = loaded.root();
            loaded.controller().setOnLeave(this::exit);
            view.getProperties().put(Theming.FONT_SCALE, Theming.PRESENTATION_SCALE);
        }
        return view;
    }
}
