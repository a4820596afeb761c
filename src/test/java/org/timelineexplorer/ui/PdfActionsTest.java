package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.controlsfx.control.StatusBar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.export.pdf.HandoutKind;
import org.timelineexplorer.export.pdf.HandoutOptions;
import org.timelineexplorer.export.pdf.Paper;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.ui.settings.Setting;
import org.timelineexplorer.ui.settings.UserSettings;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Print and File → Export → PDF in the real window: the dialog, its remembered choices, the events shown. */
@ExtendWith(ApplicationExtension.class)
class PdfActionsTest {

    private AppState state;
    private UserSettings settings;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.bundled());
        settings = UiFixture.freshSettings();
        controller = UiFixture.show(stage, state, settings, 1280, 720);
    }

    /**
     * Ctrl+P asks what to print, offering charts only for a handout and the timeline's range only for a poster,
     * and the choices are remembered; without a desktop the status bar says printing needs one.
     */
    @Test
    @Timeout(60)
    void ctrlPAsksWhatToPrintAndRemembersTheChoice(FxRobot robot) throws Exception {
        robot.interact(() -> state.searchTextProperty().set("fallujah"));
        Node focused = robot.lookup("#search-field").query();
        // Not through interact: the dialog waits for an answer, and interact would wait for the dialog.
        Platform.runLater(() -> javafx.event.Event.fireEvent(focused, new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                KeyCode.P, false, !isMac(), false, isMac())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#pdf-dialog").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#pdf-dialog").queryAs(DialogPane.class);
        int shown = state.getShownEvents().size();
        assertEquals(shown + " of " + state.getEvents().size() + " events shown: the search and filter choose the sheet’s events.",
                robot.lookup("#pdf-events").queryAs(Label.class).getText());

        @SuppressWarnings("unchecked")
        ChoiceBox<HandoutKind> kind = robot.lookup("#pdf-kind").queryAs(ChoiceBox.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<Paper> paper = robot.lookup("#pdf-paper").queryAs(ChoiceBox.class);
        assertEquals(HandoutKind.HANDOUT, kind.getValue());
        assertTrue(shown(robot.lookup("#pdf-chart-us-troops").query()), "a handout offers the charts");
        assertFalse(shown(robot.lookup("#pdf-whole-timeline").query()));

        robot.interact(() -> kind.setValue(HandoutKind.POSTER));
        assertFalse(shown(robot.lookup("#pdf-chart-us-troops").query()), "a poster has no charts");
        assertTrue(shown(robot.lookup("#pdf-whole-timeline").query()), "a poster asks what it shows");
        assertTrue(robot.lookup("#pdf-portrait").query().isDisabled(), "a poster is always landscape");

        robot.interact(() -> {
            kind.setValue(HandoutKind.CARDS);
            paper.setValue(Paper.LETTER);
            robot.lookup("#pdf-landscape").queryAs(RadioButton.class).setSelected(true);
        });
        assertEquals("Print…", ((Button) dialog.lookupButton(dialog.getButtonTypes().get(0))).getText());
        robot.interact(() -> ((Button) dialog.lookupButton(dialog.getButtonTypes().get(0))).fire());
        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("No printer is set up") || status.getText().startsWith("Printing needs"));

        assertEquals(new HandoutOptions(HandoutKind.CARDS, Paper.LETTER, true), new HandoutOptions(
                controller.pdfs().kindProperty().get(), controller.pdfs().paperProperty().get(),
                controller.pdfs().landscapeProperty().get()));
        assertEquals(HandoutKind.CARDS, settings.get(Setting.choice("pdf.kind", HandoutKind.class)).orElseThrow());
        assertEquals(Paper.LETTER, settings.get(Setting.choice("pdf.paper", Paper.class)).orElseThrow());
        assertEquals(true, settings.get(Setting.flag("pdf.landscape")).orElseThrow());
    }

    /** A handout holds the events a search leaves, and the status bar says what was saved. */
    @Test
    void theHandoutHoldsTheEventsShown(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.interact(() -> state.searchTextProperty().set("fallujah"));
        List<TimelineEvent> shown = List.copyOf(state.getShownEvents());
        Path file = dir.resolve("fallujah.pdf");
        PdfActions.Choice choice = new PdfActions.Choice(HandoutOptions.DEFAULT,
                List.of(state.getDataset().series("us-deaths").orElseThrow()), true);
        robot.interact(() -> controller.pdfs().save(choice, file));
        StatusBar status = robot.lookup("#status-bar").queryAs(StatusBar.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> status.getText().startsWith("Saved"));
        try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
            assertEquals("Saved fallujah.pdf (handout, " + pdf.getNumberOfPages() + " pages)", status.getText());
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            for (TimelineEvent event : state.getDataset().events()) {
                assertEquals(shown.contains(event), text.contains(event.title()), event.title());
            }
            assertTrue(text.contains(shown.size() + " events"), "the count of events shown");
            assertTrue(text.contains("904 deaths (2007)"), "the chart chosen");
        }
    }

    /** Whether {@code node} can be seen: it and every parent visible. */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("mac");
    }
}
