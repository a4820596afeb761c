package org.timelineexplorer.ui.presentation;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.ui.Pixels;
import org.timelineexplorer.ui.UiFixture;
import org.timelineexplorer.ui.pictures.PictureView;
import org.timelineexplorer.ui.pictures.TestImages;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** In presentation mode an event's picture is shown large beside its text, with its credit under it. */
@ExtendWith(ApplicationExtension.class)
class PresentationPictureTest {

    private static final int GREEN = 0x009E73;

    @TempDir
    static Path folder;

    private final Preferences prefs = Preferences.userRoot().node("timelineexplorer-test/" + UUID.randomUUID());
    private Stage stage;

    @Start
    void start(Stage stage) throws IOException {
        this.stage = stage;
        Files.createDirectories(folder.resolve("pictures"));
        Files.write(folder.resolve("pictures/green.png"), TestImages.png(800, 600, GREEN));
        Picture picture = Picture.ofFile("pictures/green.png", "A green field where it happened",
                "Photo: A. Teacher, CC BY 4.0", "A flat green field under no sky");
        Dataset bundled = UiFixture.bundled();
        List<TimelineEvent> events = bundled.events().stream().map(e -> e.withPicture(picture)).toList();
        AppState state = new AppState();
        state.setDataset(new Dataset(bundled.title(), bundled.summary(), bundled.credit(), bundled.eras(), events,
                bundled.series()), folder.resolve("timeline.json").toUri());
        new TestWindow(stage, state, prefs);
    }

    @Test
    void theEventsPictureIsLargeWithItsCreditUnderIt(FxRobot robot) throws TimeoutException {
        robot.press(KeyCode.F5).release(KeyCode.F5);
        for (int i = 0; i < 10 && !robot.lookup("#event-card").query().isVisible(); i++) {
            robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        }
        PictureView view = robot.lookup("#presentation-picture").queryAs(PictureView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> view.imageView().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("A flat green field under no sky", view.imageView().getAccessibleText());
        Label credit = robot.lookup("#presentation-picture .picture-credit").queryAs(Label.class);
        assertEquals("Credit: Photo: A. Teacher, CC BY 4.0", credit.getText());
        Bounds image = view.imageView().localToScene(view.imageView().getBoundsInLocal());
        Bounds creditBounds = credit.localToScene(credit.getBoundsInLocal());
        assertTrue(creditBounds.getMinY() >= image.getMaxY(), "the credit is under the picture");
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
        Pixels.save(shot[0], "presentation-picture");
        assertEquals(Color.rgb(0x00, 0x9E, 0x73).toString(), Pixels.dominant(shot[0], image).toString());
        Bounds cards = robot.lookup(".cards").query().localToScene(robot.lookup(".cards").query().getBoundsInLocal());
        assertTrue(image.getHeight() > cards.getHeight() * 0.6 || image.getWidth() > cards.getWidth() * 0.35,
                "large: " + image + " in " + cards);
    }
}
