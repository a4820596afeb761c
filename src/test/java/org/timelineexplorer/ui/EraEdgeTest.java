package org.timelineexplorer.ui;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.color.Contrast;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.ui.theme.Theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled dataset's "Protests and escalation" era is black. In every theme its button in the navigator stands
 * out from the page, read from the window's pixels: its rim differs from the page by a clear margin.
 */
@ExtendWith(ApplicationExtension.class)
class EraEdgeTest {

    private Stage stage;
    private MainWindowController controller;
    private Era black;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        AppState state = new AppState(UiFixture.bundled());
        black = state.getEras().stream().filter(e -> e.color().equalsIgnoreCase("#000000")).findFirst().orElseThrow();
        controller = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    private static double contrast(Color a, Color b) {
        return Contrast.ratio(Pixels.luminance(a), Pixels.luminance(b));
    }

    @Test
    void theBlackErasButtonStandsOutFromThePageInEveryTheme(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> controller.classroom().appearance().setTheme(theme));
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage[] shot = new WritableImage[1];
            robot.interact(() -> shot[0] = stage.getScene().snapshot(null));
            PixelReader p = shot[0].getPixelReader();
            Node button = robot.lookup("#era-" + black.id()).query();
            Bounds b = button.localToScene(button.getBoundsInLocal());
            int midY = (int) b.getCenterY();
            int left = (int) Math.ceil(b.getMinX());
            Color page = UiFixture.page(theme);
            assertEquals(page, p.getColor(left - 2, midY), "the page left of the button in " + theme);
            // Black inside, a rim round it; the rim is what shows the button where the page is near black.
            Color inside = p.getColor(left + 6, (int) Math.ceil(b.getMinY()) + 6);
            assertTrue(contrast(inside, Color.BLACK) < 1.1, "the button is black inside in " + theme + ": " + inside);
            Color rim = p.getColor(left, midY);
            assertTrue(contrast(rim, page) >= 2.5, "its rim stands out from the page in " + theme + ": " + rim);
            Color top = p.getColor((int) b.getCenterX(), (int) Math.ceil(b.getMinY()));
            assertTrue(contrast(top, page) >= 2.5, "along its top too in " + theme + ": " + top);
        }
    }
}
