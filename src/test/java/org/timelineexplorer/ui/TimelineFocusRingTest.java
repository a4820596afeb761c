package org.timelineexplorer.ui;

import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.image.PixelReader;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.timeline.SampleTimeline;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.ui.theme.Theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The focused timeline shows one focus ring, the one it paints on its canvas, in every theme: the themes' ring
 * around every focused control stays off it (a CSS border round a canvas the size of a screen costs the software
 * renderer every frame, and the timeline's own ring already says where the keys go).
 */
@ExtendWith(ApplicationExtension.class)
class TimelineFocusRingTest {

    private VBox root;
    private TimelineView timeline;
    private Button button;

    @Start
    void start(Stage stage) {
        timeline = new TimelineView(FXCollections.observableArrayList(SampleTimeline.events()),
                FXCollections.observableArrayList(SampleTimeline.eras()));
        button = new Button("A button");
        // Room all round, where a ring drawn outside a control shows, as it does round the button.
        root = new VBox(12, button, timeline);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 900, 420);
        scene.getStylesheets().add(ViewLoader.stylesheet());
        stage.setScene(scene);
        stage.show();
    }

    private void useTheme(Theme theme) {
        root.getStyleClass().removeIf(c -> c.startsWith("theme-"));
        root.getStyleClass().add(theme.styleClass());
        root.getScene().getStylesheets().removeIf(s -> s.contains("/theme/"));
        root.getScene().getStylesheets().add(theme.stylesheet());
        root.applyCss();
    }

    @Test
    void theFocusedTimelineHasItsOwnRingAndNoThemeBorder(FxRobot robot) {
        for (Theme theme : Theme.values()) {
            robot.interact(() -> {
                useTheme(theme);
                button.requestFocus();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(button.getBorder() != null && !button.getBorder().isEmpty(),
                    theme + " rings a focused button: the rule under test is on");
            robot.interact(timeline::requestFocus);
            WaitForAsyncUtils.waitForFxEvents();
            Color ring = (Color) timeline.focusColorProperty().get();
            assertNotEquals(Color.TRANSPARENT, ring, theme + ": the focused timeline paints its ring");
            assertTrue(timeline.getBorder() == null || timeline.getBorder().isEmpty(),
                    theme + ": no CSS border on the timeline");
            PixelReader[] shot = new PixelReader[1];
            Bounds[] at = new Bounds[1];
            robot.interact(() -> {
                shot[0] = root.getScene().snapshot(null).getPixelReader();
                at[0] = timeline.localToScene(timeline.getLayoutBounds());
            });
            int x = (int) at[0].getCenterX();
            int y = (int) at[0].getCenterY();
            int left = (int) Math.round(at[0].getMinX());
            assertEquals(ring, shot[0].getColor(left + 1, y), theme + ": the ring inside the timeline's edge");
            for (int outside = 1; outside <= 4; outside++) {
                assertNotEquals(ring, shot[0].getColor(left - outside, y), theme + ": a ring outside the timeline");
                assertNotEquals(ring, shot[0].getColor(x, (int) Math.round(at[0].getMaxY()) + outside - 1),
                        theme + ": a ring under the timeline");
            }
        }
    }
}
