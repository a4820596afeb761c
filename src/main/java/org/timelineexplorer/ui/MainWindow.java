package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.settings.Setting;
import org.timelineexplorer.ui.settings.UserSettings;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The main window in its stage: the views of {@code MainWindow.fxml} in the interface's language, built anew in the
 * same stage when View → Language chooses another language or other digits. What the teacher was looking at (the
 * dataset, its edits, the selection, the search, the time in view) lives in the {@link AppState} and so stays; the
 * open file is handed on to the new views; the old ones let go of the state (see {@link ViewScope}). Windows the
 * old views had opened (the quiz, the shortcuts sheet, the About box) are closed, since they speak the old language.
 */
public final class MainWindow {

    /** The language of the interface the teacher chose last. */
    static final Setting<Language> LANGUAGE = Setting.choice("ui.language", Language.class);
    /** Whether a language with digits of its own (Arabic) writes Western ones instead. */
    static final Setting<Boolean> WESTERN_DIGITS = Setting.flag("ui.westernDigits");

    private final Stage stage;
    private final AppState state;
    private final UserSettings settings;
    private ViewLoader loader;
    private MainWindowController controller;
    private boolean rebuildAsked;

    private MainWindow(Stage stage, AppState state, UserSettings settings) {
        this.stage = stage;
        this.state = state;
        this.settings = settings;
    }

    /**
     * The window of {@code state} for {@code stage}, its views built but not yet shown (see {@link #show}), in the
     * language {@code asked} for on the command line, else the one remembered, else the system's.
     */
    public static MainWindow create(Stage stage, AppState state, UserSettings settings, Optional<Language> asked) {
        MainWindow window = new MainWindow(stage, state, settings);
        state.setLanguage(startLanguage(asked, settings.get(LANGUAGE), Locale.getDefault()));
        state.setWesternDigits(settings.get(WESTERN_DIGITS).orElse(false));
        useChosenLanguage(state);
        window.build();
        state.languageProperty().subscribe((old, chosen) -> window.chosen(() -> settings.put(LANGUAGE, chosen)));
        state.westernDigitsProperty().subscribe((old, western) ->
                window.chosen(() -> settings.put(WESTERN_DIGITS, western)));
        return window;
    }

    /**
     * The language a window starts in: the one asked for with {@code --lang} (which is not remembered: it serves
     * for one start), else the one chosen last, else the system's if the interface has it, else English.
     */
    static Language startLanguage(Optional<Language> asked, Optional<Language> remembered, Locale system) {
        return asked.or(() -> remembered).orElseGet(() -> Language.forSystem(system));
    }

    /** Puts the views in the stage, in a scene of {@code width} by {@code height}; the caller shows the stage. */
    public Scene show(double width, double height) {
        Scene scene = WindowDirection.apply(new Scene(controller.root(), width, height));
        scene.getStylesheets().addAll(ViewLoader.stylesheets());
        WholeLines.keep(scene);
        stage.setScene(scene);
        return scene;
    }

    /** The controller of the views now shown; a change of language makes another. */
    public MainWindowController controller() {
        return controller;
    }

    private static void useChosenLanguage(AppState state) {
        Messages.use(state.getLanguage());
        Messages.useWesternDigits(state.isWesternDigits());
    }

    private void build() {
        loader = new ViewLoader(state, settings);
        controller = loader.<MainWindowController>loadView("MainWindow.fxml").controller();
    }

    /**
     * A language or digits were chosen: remembered, and the views built anew once the menu that chose them has
     * done its work. Choosing twice at once builds them once.
     */
    private void chosen(Runnable remember) {
        remember.run();
        if (!rebuildAsked) {
            rebuildAsked = true;
            Platform.runLater(this::rebuild);
        }
    }

    private void rebuild() {
        rebuildAsked = false;
        MainWindowController old = controller;
        old.saveLayout();
        closeOwnedWindows();
        loader.scope().close();
        useChosenLanguage(state);
        build();
        controller.opening().document().takeOver(old.opening().document());
        Scene before = stage.getScene();
        show(before == null ? stage.getWidth() : before.getWidth(), before == null ? stage.getHeight()
                : before.getHeight());
    }

    /** Closes the windows that the stage owns, and those they own in turn. */
    private void closeOwnedWindows() {
        for (Window window : List.copyOf(Window.getWindows())) {
            if (window != stage && ownedByStage(window)) {
                window.hide();
            }
        }
    }

    private boolean ownedByStage(Window window) {
        for (Window owner = ownerOf(window); owner != null; owner = ownerOf(owner)) {
            if (owner == stage) {
                return true;
            }
        }
        return false;
    }

    private static Window ownerOf(Window window) {
        return window instanceof Stage owned ? owned.getOwner() : null;
    }
}
