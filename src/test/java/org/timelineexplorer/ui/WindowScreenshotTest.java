package org.timelineexplorer.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.ui.theme.Theme;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Renders the window at projector (1280×720) and full-HD (1920×1080) sizes to {@code target/screenshots} for a person
 * to look at, and checks what a machine can: no label cut short with an ellipsis.
 */
@ExtendWith(ApplicationExtension.class)
class WindowScreenshotTest {

    private Stage stage;
    private AppState state;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new AppState(UiFixture.bundled());
        controller = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
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
        robot.clickOn("#estimate-lancet-2006");
        snapshot(robot, stage.getScene(), "main-1280x720-estimate");
        assertEquals(List.of(), truncatedLabels(stage.getScene().getRoot()), "1280x720 with an estimate: labels cut short");

        Scene[] large = new Scene[1];
        robot.interact(() -> {
            AppState other = new AppState(UiFixture.bundled());
            other.setSelectedEvent(other.getDataset().event("soleimani-killed").orElseThrow());
            other.setSelectedEra(other.getDataset().eras().get(7));
            other.setChosenSeriesId("iraqi-civilian-deaths");
            large[0] = new Scene(new ViewLoader(other, UiFixture.freshSettings()).load("MainWindow.fxml"), 1920, 1080);
            large[0].getStylesheets().add(ViewLoader.stylesheet());
        });
        snapshot(robot, large[0], "main-1920x1080");
        assertEquals(List.of(), truncatedLabels(large[0].getRoot()), "1920x1080: labels cut short");
    }

    /**
     * A theme sets the palette and nothing else; every part must follow it: in each theme, each part's background
     * is the theme's page or surface colour, and the timeline's canvas (era bands mixed in) is as dark or as light.
     */
    @Test
    void aThemeRestylesEverythingThroughThePalette(FxRobot robot) {
        robot.interact(() -> {
            state.setSelectedEra(state.getDataset().eras().get(2));
            // The estimates beside the bars, one explained, follow the theme as well.
            state.setChosenSeriesId("iraqi-civilian-deaths");
            state.setSelectedEstimate(state.getDataset().series("iraqi-civilian-deaths").orElseThrow()
                    .estimates().get(1));
        });
        for (Theme theme : Theme.values()) {
            robot.interact(() -> controller.classroom().appearance().setTheme(theme));
            WritableImage picture = snapshot(robot, stage.getScene(),
                    "main-1280x720-" + theme.name().toLowerCase(Locale.ROOT));
            Color page = UiFixture.page(theme);
            Color surface = UiFixture.surface(theme);
            Map<String, Color> parts = new LinkedHashMap<>();
            parts.put("#menu-bar", page);
            parts.put("#search-field", surface);
            parts.put("#era-navigator", page);
            parts.put("#figures-pane", surface);
            parts.put("#detail-pane", surface);
            parts.put("#event-list-pane", surface);
            parts.put("#status-bar", page);
            for (Map.Entry<String, Color> part : parts.entrySet()) {
                assertEquals(part.getValue(), Pixels.dominant(picture, bounds(stage.getScene(), part.getKey())),
                        part.getKey() + " takes its background from the palette of " + theme);
            }
            double timeline = Pixels.luminance(Pixels.dominant(picture, bounds(stage.getScene(), "#timeline")));
            assertEquals(Pixels.luminance(surface), timeline, 0.1, "the timeline follows " + theme);
        }
    }

    private static Bounds bounds(Scene scene, String selector) {
        Node node = scene.getRoot().lookup(selector);
        return node.localToScene(node.getLayoutBounds());
    }

    static WritableImage snapshot(FxRobot robot, Scene scene, String name) {
        WritableImage[] image = new WritableImage[1];
        robot.interact(() -> image[0] = scene.snapshot(null));
        Pixels.save(image[0], name);
        return image[0];
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
