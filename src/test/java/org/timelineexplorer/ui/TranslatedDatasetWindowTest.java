package org.timelineexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.AppState;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A timeline in English with a French translation, opened by a French teacher: she searches as she types, without
 * accents, reads the French texts in the detail pane, and is told where a text is still in English.
 */
@ExtendWith(ApplicationExtension.class)
class TranslatedDatasetWindowTest {

    private AppState state;

    @Start
    void start(Stage stage) {
        Messages.use(Language.FRENCH);
        try (InputStream in = TranslatedDatasetWindowTest.class
                .getResourceAsStream("/org/timelineexplorer/io/translated-by-hand.json")) {
            state = new AppState(new DatasetReader().read(in.readAllBytes(), "translated.json").dataset()
                    .orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    /** Types {@code words} into the search field, replacing what it held, and opens the first event it leaves. */
    private static void searchAndOpen(FxRobot robot, String words) {
        robot.doubleClickOn("#search-field").eraseText(40).write(words);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#event-list .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theDetailPaneShowsTheFrenchTitleAndTextOfATranslatedEvent(FxRobot robot) {
        searchAndOpen(robot, "bagdad");
        assertEquals("Chute de Bagdad", text(robot, "#detail-title"));
        assertEquals("La statue de la place Firdos est abattue.", text(robot, "#detail-text"));
        assertEquals("The source gives 10 April.", text(robot, "#detail-correction-text"));
        assertEquals("Traduit en partie en français : correction en anglais", text(robot, "#detail-untranslated"));
    }

    @Test
    void anUntranslatedEventSaysItIsShownInEnglish(FxRobot robot) {
        searchAndOpen(robot, "FALLUJAH");
        assertEquals("First battle of Fallujah", text(robot, "#detail-title"));
        Node line = robot.lookup("#detail-untranslated").query();
        assertTrue(line.isVisible());
        assertEquals("Non traduit en français : affiché en anglais", text(robot, "#detail-untranslated"));
    }

    @Test
    void searchIgnoresAccentsAndAPartlyTranslatedEventNamesWhatIsInEnglish(FxRobot robot) {
        searchAndOpen(robot, "debut de l'invasion");
        assertEquals("Début de l’invasion", text(robot, "#detail-title"));
        assertEquals("Traduit en partie en français : description de l’image en anglais",
                text(robot, "#detail-untranslated"));
    }

    /**
     * The event form in French says what the event lacks in French and outlines those fields, until the teacher types
     * in them: what she types becomes the French text.
     */
    @Test
    void theEventFormMarksTheTextsFrenchLacks(FxRobot robot) throws Exception {
        searchAndOpen(robot, "bagdad");
        robot.interact(() -> robot.lookup("#timeline").query().requestFocus()); // the list keeps F2 for itself
        robot.push(KeyCode.F2);
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> robot.lookup("#event-form").tryQuery().isPresent());
        DialogPane form = robot.lookup("#event-form").queryAs(DialogPane.class);
        assertTrue(form.getHeaderText().endsWith("Traduit en partie en français : correction en anglais"),
                form.getHeaderText());
        Node note = robot.lookup("#form-note").query();
        assertTrue(note.getStyleClass().contains("field-untranslated"), "the correction awaits its French");
        assertFalse(robot.lookup("#form-title").query().getStyleClass().contains("field-untranslated"));
        robot.clickOn(note).write("La source donne le 10 avril.");
        assertFalse(note.getStyleClass().contains("field-untranslated"), "typed in: translated");
        robot.push(KeyCode.ESCAPE);
    }
}
