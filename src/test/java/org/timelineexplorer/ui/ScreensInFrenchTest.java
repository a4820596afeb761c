package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.PngFiles;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.help.Shortcut;
import org.timelineexplorer.ui.help.Shortcuts;
import org.timelineexplorer.ui.help.ShortcutsSheet;
import org.timelineexplorer.ui.quiz.QuizViewModel;
import org.timelineexplorer.ui.quiz.QuizWindow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The forms, the quiz, the presentation and the F1 sheet as a French teacher reads them, and a form in Arabic: the
 * language is set before the window is built, as the app does at start. Each screen is also written as a PNG under
 * {@code target/screens/} for a person to look at (nothing clipped in French, whose words are longer).
 */
@ExtendWith(ApplicationExtension.class)
class ScreensInFrenchTest {

    private static final Path SCREENS = Path.of("target", "screens");

    private Stage stage;
    private AppState state;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        Messages.use(Language.FRENCH);
        this.stage = stage;
        state = new AppState(UiFixture.bundled());
        controller = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    @AfterEach
    void backToEnglish(FxRobot robot) {
        Messages.use(Language.ENGLISH);
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private static void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    /** Writes what {@code node} shows to {@code target/screens/NAME.png}. */
    static void snapshot(FxRobot robot, Node node, String name) throws Exception {
        Files.createDirectories(SCREENS);
        Path file = SCREENS.resolve(name + ".png");
        robot.interact(() -> {
            try {
                PngFiles.write(ImageExport.toOpaqueRgb(node.snapshot(null, null)), file);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertTrue(Files.size(file) > 0);
    }

    private DialogPane openEventForm(FxRobot robot) throws Exception {
        Platform.runLater(() -> EventForm.add(state, stage));
        waitFor(robot, "#event-form");
        return robot.lookup("#event-form").queryAs(DialogPane.class);
    }

    @Test
    void theEventFormSpeaksFrench(FxRobot robot) throws Exception {
        DialogPane form = openEventForm(robot);

        assertEquals("Ajouter un événement", ((Stage) form.getScene().getWindow()).getTitle());
        assertEquals("Un nouvel événement pour " + state.getDataset().title(), form.getHeaderText());
        assertEquals(List.of("Date", "Fin", "Date affichée", "Titre", "Texte", "Catégorie", "Période", "Sources",
                "Remarque", "Lieux", "Image", "Légende", "Crédit de l’image", "Texte alternatif"),
                texts(robot, "#event-form .form-label"));
        assertEquals("OK", ((Button) form.lookupButton(ButtonType.OK)).getText());
        assertEquals("Annuler", ((Button) form.lookupButton(ButtonType.CANCEL)).getText());
        assertEquals("Ajouter un lieu", robot.lookup("#form-places-add").queryButton().getText());
        assertEquals("Parcourir…", robot.lookup("#form-picture-browse").queryButton().getText());
        assertEquals("ce qui s’est passé, en quelques mots",
                robot.lookup("#form-title").queryAs(javafx.scene.control.TextField.class).getPromptText());

        robot.clickOn("#form-places-add");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Retirer", robot.lookup("#form-places-0-remove").queryButton().getText());
        snapshot(robot, form, "event-form-fr");
    }

    @Test
    void aFormInArabicHasAnArabicTitle(FxRobot robot) throws Exception {
        Messages.use(Language.ARABIC);
        DialogPane form = openEventForm(robot);

        assertEquals("إضافة حدث", ((Stage) form.getScene().getWindow()).getTitle());
        assertEquals("إلغاء", ((Button) form.lookupButton(ButtonType.CANCEL)).getText());
        assertTrue(texts(robot, "#event-form .form-label").contains("التاريخ"));
        snapshot(robot, form, "event-form-ar");
    }

    @Test
    void theQuizFirstScreenSpeaksFrench(FxRobot robot) throws Exception {
        robot.interact(() -> {
            Parent quiz = new ViewLoader(state, new QuizViewModel(state)).loadView(QuizWindow.class, "QuizView.fxml")
                    .root();
            Stage window = new Stage();
            window.initOwner(stage);
            Scene scene = new Scene(quiz, 1280, 720);
            scene.getStylesheets().add(ViewLoader.stylesheet());
            window.setScene(scene);
            window.show();
        });
        waitFor(robot, "#quiz-root");

        assertTrue(robot.lookup("#quiz-message").queryLabeled().getText().startsWith("Choisissez les types de question"));
        assertEquals("Nouvelle manche", robot.lookup("#quiz-new-round").queryButton().getText().replace("_", ""));
        assertEquals("Jouer ce code", robot.lookup("#quiz-play-code").queryButton().getText().replace("_", ""));
        assertEquals("Questions sur les " + state.getEvents().size() + " événements.",
                robot.lookup("#quiz-pool").queryLabeled().getText());
        assertEquals(List.of("Remettre dans l’ordre", "Quelle période ?", "Quand ?", "Lire les chiffres"),
                robot.lookup("#quiz-kinds .check-box").queryAllAs(CheckBox.class).stream()
                        .map(CheckBox::getText).toList());

        robot.clickOn("#quiz-new-round");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#quiz-progress").queryLabeled().getText().startsWith("Question 1 sur "));
        snapshot(robot, robot.lookup("#quiz-root").query(), "quiz-fr");
    }

    @Test
    void thePresentationControlsSpeakFrench(FxRobot robot) throws Exception {
        robot.interact(() -> controller.classroom().presentationMode().enter());
        waitFor(robot, "#presentation-root");

        assertEquals("Lecture", robot.lookup("#play-button").queryButton().getText());
        ChoiceBox<?> pace = robot.lookup("#pace-choice").queryAs(ChoiceBox.class);
        assertEquals("Secondes par étape", pace.getAccessibleText());
        assertEquals("10 s par étape", robot.lookup("#pace-choice .label").queryLabeled().getText());
        assertEquals("Pg suiv : suivant · B : écran noir · P : lecture · Échap : quitter",
                robot.lookup("#presentation-hint").queryLabeled().getText());
        robot.press(KeyCode.P).release(KeyCode.P);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("Pause", robot.lookup("#play-button").queryButton().getText());
        snapshot(robot, robot.lookup("#presentation-root").query(), "presentation-fr");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    @Test
    void theKeyboardSheetSpeaksFrench(FxRobot robot) throws Exception {
        DialogPane[] sheet = new DialogPane[1];
        robot.interact(() -> sheet[0] = ShortcutsSheet.show(stage).getDialogPane());
        waitFor(robot, "#" + ShortcutsSheet.TABLE_ID);

        TableView<?> table = robot.lookup("#" + ShortcutsSheet.TABLE_ID).queryAs(TableView.class);
        assertEquals(List.of("Touches", "Action", "Où"), table.getColumns().stream().map(c -> c.getText()).toList());
        assertEquals("Étape suivante", Shortcuts.NEXT_STEP.action());
        assertEquals("Pg suiv, → ou Espace", Shortcuts.NEXT_STEP.label());
        assertEquals("Ctrl+Maj+S", Shortcuts.SAVE_AS.label());
        assertEquals("Présentation", Shortcut.Area.PRESENTATION.title());
        assertTrue(robot.lookup("Présenter : plein écran, un événement à la fois").tryQuery().isPresent(),
                "the sheet shows the French action");
        assertEquals("Fermer", ((Button) sheet[0].lookupButton(ButtonType.CLOSE)).getText());
        snapshot(robot, sheet[0], "shortcuts-fr");
    }
}
