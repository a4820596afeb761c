package org.timelineexplorer.ui.presentation;

import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.map.MapView;
import org.timelineexplorer.map.WebMercator;
import org.timelineexplorer.map.impl.MapViewSkin;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.ui.UiFixture;

import java.util.Optional;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** View → Include map in presentation: the map beside each event, on its place, in large type. */
@ExtendWith(ApplicationExtension.class)
class PresentationMapTest {

    private final Preferences prefs = Preferences.userRoot().node("timelineexplorer-test/" + UUID.randomUUID());
    private TestWindow window;
    private AppState state;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.bundled());
        window = new TestWindow(stage, state, prefs);
    }

    private TimelineEvent firstWithPlace() {
        return state.getShownEvents().stream().filter(e -> !e.places().isEmpty()).findFirst().orElseThrow();
    }

    @Test
    void theMapStandsBesideTheEventCentredOnItsPlace(FxRobot robot) {
        robot.clickOn("_View").clickOn("Include map in presentation");
        assertTrue(window.presentationMode.presentation().includeMapProperty().get());
        TimelineEvent event = firstWithPlace();
        robot.interact(() -> state.setSelectedEvent(event));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        MapView map = robot.lookup("#presentation-map").queryAs(MapView.class);
        assertTrue(map.isVisible(), "the map is shown beside " + event.title());
        Place place = event.places().get(0);
        assertEquals(WebMercator.x(place.lon()), map.getViewport().centreX(), 1e-9, "centred on " + place.name());
        assertEquals(WebMercator.y(place.lat()), map.getViewport().centreY(), 1e-9);
        assertSame(event, map.getSelectedItem(), "its marker is the highlighted one");
        Optional<Point2D>[] marker = new Optional[1];
        robot.interact(() -> marker[0] = ((MapViewSkin) map.getSkin()).markerPosition(event));
        assertTrue(marker[0].isPresent(), "the event's marker is in view");

        Node text = robot.lookup("#event-title").query();
        Bounds textBounds = text.localToScene(text.getLayoutBounds());
        Bounds mapBounds = map.localToScene(map.getLayoutBounds());
        assertTrue(mapBounds.getMinX() >= textBounds.getMaxX(), "beside the text, not over it");
        assertTrue(mapBounds.getWidth() > 300 && mapBounds.getHeight() > 200, "large enough to read: " + mapBounds);
        assertTrue(map.getLabelFont().getSize() >= 1.5 * new MapView().getLabelFont().getSize(),
                "its labels in large type: " + map.getLabelFont());
    }

    @Test
    void withoutTheSettingNoMapIsShown(FxRobot robot) {
        TimelineEvent event = firstWithPlace();
        robot.interact(() -> state.setSelectedEvent(event));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();

        assertFalse(robot.lookup("#presentation-map").tryQuery().map(Node::isVisible).orElse(false));
        robot.interact(() -> window.presentationMode.presentation().includeMapProperty().set(true));
        assertTrue(robot.lookup("#presentation-map").query().isVisible(), "turned on while presenting, it shows");
    }
}
