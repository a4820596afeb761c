package org.timelineexplorer.ui;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Renders the window at projector (1280×720) and full-HD (1920×1080) sizes to {@code target/screenshots} for a person
 * to look at, and checks what a machine can: no label cut short with an ellipsis.
 */
@ExtendWith(ApplicationExtension.class)
class WindowScreenshotTest {

    private Stage stage;
    private AppState state;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new AppState(UiFixture.bundled());
        UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    @Test
    void nothingIsCutShortAtProjectorAndFullHdSizes(FxRobot robot) throws IOException {
        robot.interact(() -> state.setSelectedEra(state.getDataset().eras().get(1)));
        robot.interact(() -> state.setSelectedEvent(state.getDataset().event("fallujah-contractors-killed").orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        // The headless screen is 1280×800, so the larger size is rendered in a scene of its own, off screen.
        snapshot(robot, stage.getScene(), "main-1280x720");
        assertEquals(List.of(), truncatedLabels(stage.getScene().getRoot()), "1280x720: labels cut short");
        robot.clickOn("#series-iraqi-civilian-deaths");
        snapshot(robot, stage.getScene(), "main-1280x720-civilian-deaths");
        assertEquals(List.of(), truncatedLabels(stage.getScene().getRoot()), "1280x720 with bars: labels cut short");

        Scene[] large = new Scene[1];
        robot.interact(() -> {
            AppState other = new AppState(UiFixture.bundled());
            other.setSelectedEvent(other.getDataset().event("soleimani-killed").orElseThrow());
            other.setSelectedEra(other.getDataset().eras().get(7));
            large[0] = new Scene(new ViewLoader(other, UiFixture.freshSettings()).load("MainWindow.fxml"), 1920, 1080);
            large[0].getStylesheets().add(ViewLoader.stylesheet());
        });
        snapshot(robot, large[0], "main-1920x1080");
        assertEquals(List.of(), truncatedLabels(large[0].getRoot()), "1920x1080: labels cut short");
    }

    /** A theme overrides the palette on .root and nothing else; every part must follow it. */
    @Test
    void aThemeRestylesEverythingThroughThePalette(FxRobot robot) throws IOException {
        String dark = ".root { -te-bg: #1e1f22; -te-fg: #f0f0f0; -te-surface: #2b2d31; -te-accent: #7cc4ff; "
                + "-te-muted: #c0c0c0; -te-border: #4a4d52; -te-selection: #2f5b85; }";
        Scene[] scene = new Scene[1];
        robot.interact(() -> {
            AppState other = new AppState(UiFixture.bundled());
            other.setSelectedEra(other.getDataset().eras().get(2));
            other.setSelectedEvent(other.getShownEvents().get(30));
            scene[0] = new Scene(new ViewLoader(other, UiFixture.freshSettings()).load("MainWindow.fxml"), 1280, 720);
            scene[0].getStylesheets().addAll(ViewLoader.stylesheet(),
                    "data:text/css;base64," + java.util.Base64.getEncoder().encodeToString(dark.getBytes()));
        });
        snapshot(robot, scene[0], "main-1280x720-dark-palette");
    }

    static void snapshot(FxRobot robot, Scene scene, String name) throws IOException {
        File dir = new File("target/screenshots");
        dir.mkdirs();
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        ImageIO.write(SwingFXUtils.fromFXImage(image[0], null), "png", new File(dir, name + ".png"));
    }

    /** Visible labels whose shown text differs from their text: JavaFX cut them short. */
    static List<String> truncatedLabels(Parent root) {
        List<String> cut = new ArrayList<>();
        collect(root, cut);
        return cut;
    }

    private static void collect(Node node, List<String> cut) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled labeled && labeled.getText() != null && !labeled.getText().isEmpty()) {
            Bounds bounds = labeled.localToScene(labeled.getLayoutBounds());
            for (Node child : labeled.getChildrenUnmodifiable()) {
                if (child instanceof Text text && bounds.getWidth() > 0
                        && !text.getText().equals(labeled.getText().replace("_", ""))
                        && text.getText().endsWith("…")) {
                    cut.add(labeled.getClass().getSimpleName() + " '" + labeled.getText() + "' shows '"
                            + text.getText() + "'");
                }
            }
        }
        if (node instanceof Parent parent) {
            for (Node child : parent.getChildrenUnmodifiable()) {
                collect(child, cut);
            }
        }
    }
}
