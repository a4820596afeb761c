package org.timelineexplorer.ui.quiz;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.quiz.Round;
import org.timelineexplorer.ui.ViewLoader;
import org.timelineexplorer.ui.WholeLines;
import org.timelineexplorer.ui.help.Shortcuts;
import org.timelineexplorer.ui.theme.Appearance;
import org.timelineexplorer.ui.theme.Theming;

/**
 * View → Quiz: a window of its own beside the main one, so that the review list's links show the event in the main
 * window's details. It is built the first time it is asked for, and the class quiz, full screen, from its round.
 */
public final class QuizWindow {

    private static final Messages TEXTS = Messages.of(QuizWindow.class);

    private final AppState state;
    private final Appearance appearance;
    private final Node anchor;
    private Stage stage;
    private Stage classStage;
    private QuizViewModel quiz;

    private QuizWindow(AppState state, Appearance appearance, Node anchor) {
        this.state = state;
        this.appearance = appearance;
        this.anchor = anchor;
    }

    /**
     * Adds View → Quiz (with its key) to {@code viewMenu}; the window opens beside the one {@code anchor} is in, and
     * the class quiz wears {@code appearance}, the main window's look.
     */
    public static QuizWindow install(AppState state, Appearance appearance, Node anchor, Menu viewMenu) {
        QuizWindow window = new QuizWindow(state, appearance, anchor);
        MenuItem item = new MenuItem(TEXTS.text("quiz.menu"));
        item.setId("quiz-menu-item");
        item.setAccelerator(Shortcuts.QUIZ.accelerator());
        item.setOnAction(e -> window.show());
        viewMenu.getItems().addAll(new SeparatorMenuItem(), item);
        return window;
    }

    /** Shows the quiz window, building it the first time. */
    public void show() {
        if (stage == null) {
            build();
        }
        stage.show();
        stage.toFront();
    }

    /** The quiz's state, once the window is built. */
    public QuizViewModel quiz() {
        return quiz;
    }

    /** The quiz window, once built. */
    public Stage stage() {
        return stage;
    }

    private void build() {
        quiz = new QuizViewModel(state);
        ViewLoader.View<QuizController> view = new ViewLoader(state, quiz).loadView(QuizWindow.class, "QuizView.fxml");
        view.controller().setOnClassQuiz(q -> presentClassQuiz(q.roundProperty().get()));
        stage = new Stage();
        stage.setTitle(TEXTS.text("quiz.window.title"));
        Window owner = anchor.getScene() == null ? null : anchor.getScene().getWindow();
        stage.initOwner(owner); // and with it the window's look and text size
        Scene scene = new Scene(view.root(), owner == null ? 1280 : owner.getWidth(),
                owner == null ? 720 : owner.getHeight());
        scene.getStylesheets().addAll(ViewLoader.stylesheets());
        WholeLines.keep(scene);
        stage.setScene(scene);
        if (owner != null) {
            stage.setX(owner.getX());
            stage.setY(owner.getY());
        }
    }

    /**
     * The class quiz of {@code round}, full screen in a window of its own; Esc closes it. The window is made once
     * and wears the main window's look itself: an owned window would stay behind the quiz window on some desktops.
     */
    private void presentClassQuiz(Round round) {
        if (round == null || round.questions().isEmpty()) {
            return;
        }
        ViewLoader.View<ClassQuizController> view = new ViewLoader(round, state).loadView(QuizWindow.class, "ClassQuiz.fxml");
        Parent root = view.root();
        root.getProperties().put(Theming.FONT_SCALE, Theming.PRESENTATION_SCALE);
        if (classStage == null) {
            classStage = new Stage();
            classStage.setTitle(TEXTS.text("quiz.class.title"));
            Scene scene = new Scene(root, stage.getWidth(), stage.getHeight());
            scene.getStylesheets().addAll(ViewLoader.stylesheets());
            WholeLines.keep(scene);
            classStage.setScene(scene);
            Theming.attach(scene, appearance);
            // Esc is the class quiz's own key: it closes the window, not only full screen.
            classStage.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            classStage.setFullScreenExitHint("");
        } else {
            classStage.getScene().setRoot(root);
        }
        view.controller().setOnLeave(classStage::hide);
        classStage.setFullScreen(true);
        classStage.show();
        classStage.toFront();
        root.requestFocus();
    }
}
