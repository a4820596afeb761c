package org.timelineexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCode;
import javafx.scene.image.PixelReader;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.fonts.Fonts;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.timeline.TimelineView;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The window in Arabic draws its Arabic text in the bundled Arabic face, whose letters are real letters rather than
 * the box a face without them draws, and writes dates as Iraq does.
 */
@ExtendWith(ApplicationExtension.class)
class ArabicLettersWindowTest {

    @Start
    void start(Stage stage) {
        Messages.use(Language.ARABIC);
        Fonts.load();
        UiFixture.show(stage, new AppState(UiFixture.bundled()), UiFixture.freshSettings(), 1280, 720);
    }

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void anArabicDateIsDrawnInArabicLetters(FxRobot robot) {
        robot.clickOn("#search-field").write("بدء غزو العراق");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("#event-list .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitForFxEvents();
        Label date = robot.lookup("#detail-date").queryAs(Label.class);

        assertEquals("٢٠ آذار ٢٠٠٣", date.getText());
        assertEquals(Fonts.ARABIC_FAMILY, date.getFont().getFamily());
        assertTrue(drawnAlike(robot, date.getFont(), boxes("أيار"), boxes("آذار")),
                "missing letters are drawn as the same box, whatever they are");
        assertFalse(drawnAlike(robot, date.getFont(), date.getText(), boxes(date.getText())),
                "the date is drawn in letters, not in the boxes of missing ones");
        assertEquals("بدء غزو العراق", robot.lookup("#detail-title").queryLabeled().getText());
        Labeled source = robot.lookup("#detail-sources .hyperlink").queryAs(Labeled.class);
        assertEquals(Fonts.ARABIC_FAMILY, source.getFont().getFamily());
        assertFalse(drawnAlike(robot, source.getFont(), source.getText(), boxes(source.getText())),
                "a source's Latin name in the Arabic window is drawn in letters too, in a fallback face");
        snapshot(robot, date.getScene().getRoot());
    }

    @Test
    void theTimelinesLabelsAreInTheArabicFaceInTheWindowAndThePresentation(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        assertEquals(Fonts.ARABIC_FAMILY, timeline.getLabelFont().getFamily());
        double windowSize = timeline.getLabelFont().getSize();

        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        TimelineView shown = robot.lookup("#presentation-timeline-view").queryAs(TimelineView.class);
        assertEquals(Fonts.ARABIC_FAMILY, shown.getLabelFont().getFamily());
        assertTrue(shown.getLabelFont().getSize() > windowSize, "the presentation's labels stay larger");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
    }

    /** Writes the window to {@code target/screens/window-ar.png}, for a person to look at. */
    private static void snapshot(FxRobot robot, Node root) {
        robot.interact(() -> {
            try {
                java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screens"));
                org.timelineexplorer.export.PngFiles.write(org.timelineexplorer.export.ImageExport.toOpaqueRgb(
                        root.snapshot(null, null)), java.nio.file.Path.of("target", "screens", "window-ar.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** {@code text} with every letter and digit replaced by one no font has, which is drawn as a box. */
    private static String boxes(String text) {
        return text.replaceAll("\\S", "\uE000");
    }

    private static boolean drawnAlike(FxRobot robot, Font font, String one, String other) {
        Image[] drawn = new Image[2];
        robot.interact(() -> {
            drawn[0] = draw(font, one);
            drawn[1] = draw(font, other);
        });
        if (drawn[0].getWidth() != drawn[1].getWidth() || drawn[0].getHeight() != drawn[1].getHeight()) {
            return false;
        }
        PixelReader a = drawn[0].getPixelReader();
        PixelReader b = drawn[1].getPixelReader();
        for (int y = 0; y < (int) drawn[0].getHeight(); y++) {
            for (int x = 0; x < (int) drawn[0].getWidth(); x++) {
                if (a.getArgb(x, y) != b.getArgb(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static Image draw(Font font, String text) {
        Text node = new Text(text);
        node.setFont(font);
        new javafx.scene.Scene(new javafx.scene.Group(node));
        return node.snapshot(null, null);
    }
}
