package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.PictureSize;
import org.timelineexplorer.export.Pixels;
import org.timelineexplorer.fonts.Fonts;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimelineEvent;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** File → Export in the real window: the dialog a teacher fills in, and the pictures read back from their pixels. */
@ExtendWith(ApplicationExtension.class)
class ExportActionsTest {

    private static final int VERMILLION = 0xD55E00;

    private AppState state;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.bundled());
        controller = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    /** The series picked above the chart is the one exported, in its colour, under its title, at the size asked. */
    @Test
    void theChartPictureShowsTheChosenSeries(FxRobot robot, @TempDir Path dir) throws Exception {
        robot.clickOn("#series-us-deaths");
        PictureSize size = new PictureSize(960, 540, 2);
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = controller.exports().chartImage(size));
        Path file = dir.resolve("deaths.png");
        robot.interact(() -> controller.exports().save(image[0], file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-bar")
                .queryAs(org.controlsfx.control.StatusBar.class).getText().startsWith("Saved"));
        assertEquals("Saved deaths.png (1920 × 1080 pixels)",
                robot.lookup("#status-bar").queryAs(org.controlsfx.control.StatusBar.class).getText());

        BufferedImage png = Pixels.read(file);
        if (System.getProperty("export.keep") != null) {
            java.nio.file.Files.copy(file, Path.of(System.getProperty("export.keep"), "window-chart.png"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertEquals(1920, png.getWidth());
        assertEquals(1080, png.getHeight());
        int top = (int) (ImageExport.TITLE_BAND * 2);
        int bottom = (int) ((ImageExport.TITLE_BAND + size.contentHeight()) * 2);
        List<int[]> bars = Pixels.runs(Pixels.columnHeights(png, VERMILLION, top, bottom), 4, 3);
        assertEquals(9, bars.size(), "the nine yearly bars of US military deaths, in the second series' colour");
        double titleWidth = FxThread.call(() -> Pixels.textWidth(
                state.getDataset().series("us-deaths").orElseThrow().title(), Fonts.bold(20)));
        assertEquals(titleWidth * 2, Pixels.ink(png, 0, top).width(), 8, "the series' title heads the picture");
    }

    /** The selected event's marker goes into the picture, a dashed dark line across the plot where its year is. */
    @Test
    void theChartPictureMarksTheSelectedEvent(FxRobot robot) throws Exception {
        PictureSize size = new PictureSize(960, 540, 1);
        int before = tallestDarkColumn(robot, size);
        TimelineEvent surge = state.getDataset().event("surge-announced").orElseThrow();
        robot.interact(() -> state.setSelectedEvent(surge));
        int after = tallestDarkColumn(robot, size);
        assertTrue(after > 0.5 * size.contentHeight() && after > 2 * before,
                "a marker line stands across the plot: " + before + " -> " + after);
    }

    /** The tallest column of dark pixels in the middle of the plot, away from the axes. */
    private int tallestDarkColumn(FxRobot robot, PictureSize size) throws Exception {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = controller.exports().chartImage(size));
        BufferedImage picture = Pixels.of(image[0]);
        int top = (int) ImageExport.TITLE_BAND;
        int bottom = (int) (top + size.contentHeight());
        int tallest = 0;
        for (int x = picture.getWidth() / 5; x < picture.getWidth() * 4 / 5; x++) {
            int dark = 0;
            for (int y = top; y < bottom; y++) {
                dark += Pixels.grey(picture.getRGB(x, y)) < 80 ? 1 : 0;
            }
            tallest = Math.max(tallest, dark);
        }
        return tallest;
    }

    /** "What the timeline shows now" follows a search; "the whole timeline" shows every event whatever is searched. */
    @Test
    void theTimelinePictureShowsWhatTheTimelineShows(FxRobot robot) throws Exception {
        PictureSize size = new PictureSize(1200, 500, 1);
        int shownBefore = timelineInk(robot, size, false);
        int wholeBefore = timelineInk(robot, size, true);
        robot.interact(() -> state.searchTextProperty().set("fallujah"));
        int shownAfter = timelineInk(robot, size, false);
        int wholeAfter = timelineInk(robot, size, true);
        // The axis, the eras and the overview stay; of seventy events' labels, three remain.
        assertTrue(shownAfter < 0.6 * shownBefore, "a search leaves few labels: " + shownBefore + " -> " + shownAfter);
        assertEquals(wholeBefore, wholeAfter, "the whole timeline ignores the search");
    }

    private int timelineInk(FxRobot robot, PictureSize size, boolean whole) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = controller.exports().timelineImage(size, whole));
        assertEquals(size.pixelWidth(), (int) image[0].getWidth());
        assertEquals(size.pixelHeight(), (int) image[0].getHeight());
        int top = (int) ImageExport.TITLE_BAND;
        return Pixels.ink(Pixels.of(image[0]), top, (int) (top + size.contentHeight())).count();
    }

    /**
     * Ctrl+E opens the export dialog, which says the PNG's size in pixels as the size and sharpness change, and
     * refuses, saying why, a size too large to draw.
     */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void theExportDialogSaysThePicturesPixelsBeforeAFileIsChosen(FxRobot robot) throws Exception {
        Node focused = robot.lookup("#search-field").query();
        // Not through interact: the dialog waits for an answer, and interact would wait for the dialog.
        Platform.runLater(() -> javafx.event.Event.fireEvent(focused, new KeyEvent(KeyEvent.KEY_PRESSED, "", "",
                KeyCode.E, false, !isMac(), false, isMac())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#export-pixel-size").tryQuery().isPresent());
        DialogPane dialog = robot.lookup("#export-dialog").queryAs(DialogPane.class);
        Label pixels = robot.lookup("#export-pixel-size").queryAs(Label.class);
        assertEquals("The picture will be 1920 × 1080 pixels, title and credit included.", pixels.getText());

        @SuppressWarnings("unchecked")
        Spinner<Integer> width = robot.lookup("#export-width").queryAs(Spinner.class);
        @SuppressWarnings("unchecked")
        Spinner<Integer> height = robot.lookup("#export-height").queryAs(Spinner.class);
        @SuppressWarnings("unchecked")
        ChoiceBox<Double> scale = robot.lookup("#export-scale").queryAs(ChoiceBox.class);
        robot.interact(() -> {
            width.getEditor().setText("1600");
            height.getEditor().setText("900");
        });
        assertEquals("The picture will be 3200 × 1800 pixels, title and credit included.", pixels.getText());
        robot.interact(() -> scale.setValue(3.0));
        assertEquals("The picture will be 4800 × 2700 pixels, title and credit included.", pixels.getText());
        Node choose = dialog.lookupButton(dialog.getButtonTypes().get(0));
        assertFalse(choose.isDisabled());

        robot.interact(() -> width.getEditor().setText("8000"));
        assertTrue(pixels.getText().startsWith("The picture would be 24000 × 2700 pixels; at most 16,384 on a side"),
                pixels.getText());
        assertTrue(choose.isDisabled(), "a picture too large to draw cannot be saved");
        robot.interact(() -> width.getEditor().setText("wide"));
        assertEquals("Type the width and the height as whole numbers of pixels.", pixels.getText());

        robot.interact(() -> ((javafx.scene.control.Button) dialog.lookupButton(ButtonType.CANCEL)).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#export-dialog").tryQuery().isEmpty(), "Cancel closes the dialog, nothing saved");
    }

    @Test
    void slugsMakeFileNames() {
        assertEquals("us-troops-in-iraq", ExportActions.slug("US troops in Iraq"));
        assertEquals("chart", ExportActions.slug("···"));
        assertTrue(ExportActions.slug("x".repeat(100)).length() <= 60);
    }

    private static boolean isMac() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("mac");
    }
}
