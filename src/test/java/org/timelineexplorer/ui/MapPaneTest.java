package org.timelineexplorer.ui;

import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import javafx.scene.image.WritableImage;
import javafx.scene.control.SplitPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.map.MapMarker;
import org.timelineexplorer.map.MapView;
import org.timelineexplorer.map.MapViewport;
import org.timelineexplorer.map.impl.MapViewSkin;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.TimelineView;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The map in the window, used as a student would: click a marker, search, filter. */
@ExtendWith(ApplicationExtension.class)
class MapPaneTest {

    private static final Place FALLUJAH = new Place("Fallujah", 33.3491, 43.7860);
    private static final Place RAMADI = new Place("Ramadi", 33.4206, 43.3078);
    private static final Place MOSUL = new Place("Mosul", 36.335, 43.1189);
    private static final Era WAR = new Era("war", "War", "", HistoricalDate.parse("2004"),
            HistoricalDate.parse("2017"), "#D55E00");

    private final TimelineEvent fallujah = event("fallujah", "2004-11-07", "Second battle of Fallujah", "military",
            FALLUJAH);
    private final TimelineEvent ramadi = event("ramadi", "2015-05-17", "Ramadi falls", "military", RAMADI);
    private final TimelineEvent mosul = event("mosul", "2017-07-10", "Mosul declared liberated", "politics", MOSUL);
    private final TimelineEvent vote = event("vote", "2010-03-07", "An election", "politics");
    private AppState state;

    private static TimelineEvent event(String id, String date, String title, String category, Place... places) {
        return new TimelineEvent(id, HistoricalDate.parse(date), null, title, "", category, "war", List.of(), null, null,
                List.of(places));
    }

    @Start
    void start(Stage stage) {
        state = new AppState(new Dataset("Places", "", "", List.of(WAR), List.of(fallujah, ramadi, mosul, vote),
                List.of()));
        UiFixture.show(stage, state, UiFixture.freshSettings(), 1600, 900);
    }

    private MapView map(FxRobot robot) {
        return robot.lookup("#map").queryAs(MapView.class);
    }

    private Point2D onScreen(FxRobot robot, TimelineEvent event) {
        WaitForAsyncUtils.waitForFxEvents();
        MapView map = map(robot);
        Point2D[] at = new Point2D[1];
        robot.interact(() -> at[0] = ((MapViewSkin) map.getSkin()).markerPosition(event).map(map::localToScreen)
                .orElse(null));
        assertNotNull(at[0], event.title() + " is on the map");
        return at[0];
    }

    private static void settle(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("the window did not get there", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void clickingAMarkerSelectsTheEventEverywhereAndMovesTheTimeline(FxRobot robot) {
        TimelineView timeline = robot.lookup("#timeline").queryAs(TimelineView.class);
        robot.interact(() -> state.setVisibleRange(mosul.range().expand(2)));
        assertFalse(timeline.getVisibleRange().contains(ramadi.range().center()), "Ramadi's day is out of view");

        robot.clickOn(onScreen(robot, ramadi));

        assertSame(ramadi, state.getSelectedEvent(), "the state selects the clicked marker's event");
        settle(() -> timeline.getVisibleRange().contains(ramadi.range().center()));
        assertSame(ramadi, timeline.getSelectedEvent());
        assertEquals("Ramadi falls", robot.lookup("#detail-title").queryLabeled().getText());
    }

    @Test
    void theMapTakesItsKeysFromTheShortcutsList(FxRobot robot) {
        MapView map = map(robot);
        robot.clickOn(map);
        MapViewport before = map.getViewport();

        // The keypad's arrow is in the shortcuts list only, not among the map's own keys.
        robot.press(KeyCode.KP_RIGHT).release(KeyCode.KP_RIGHT);
        assertTrue(map.getViewport().centreX() > before.centreX(), "the keypad's right arrow shows what lies east");

        robot.press(KeyCode.ADD).release(KeyCode.ADD);
        assertTrue(map.getViewport().zoom() > before.zoom(), "+ zooms in");
    }

    @Test
    void selectingElsewhereHighlightsTheMarker(FxRobot robot) {
        MapView map = map(robot);
        Point2D at = map.screenToLocal(onScreen(robot, mosul));
        Color selected = (Color) map.selectedColorProperty().get();
        assertFalse(ringAround(robot, map, at, selected), "no ring before the selection");
        robot.interact(() -> state.setSelectedEvent(mosul));
        assertTrue(ringAround(robot, map, at, selected), "a ring in the selection colour round Mosul");
    }

    @Test
    void theSearchAndTheFilterHideMarkers(FxRobot robot) {
        MapView map = map(robot);
        assertEquals(3, map.getMarkers().size(), "one marker per place of the events shown; the vote has none");
        robot.interact(() -> state.getHiddenCategories().add("politics"));
        assertEquals(List.of(fallujah, ramadi), map.getMarkers().stream().map(MapMarker::item).toList());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(((MapViewSkin) map.getSkin()).markerPosition(mosul).isEmpty(), "Mosul's marker is gone");
        robot.interact(() -> {
            state.getHiddenCategories().clear();
            state.searchTextProperty().set("Fallujah");
        });
        assertEquals(List.of(fallujah), map.getMarkers().stream().map(MapMarker::item).toList());
    }

    @Test
    void eventsOutsideTheTimeInViewAreMuted(FxRobot robot) {
        MapView map = map(robot);
        robot.interact(() -> state.setVisibleRange(new TimeRange(fallujah.range().start() - 30,
                fallujah.range().end() + 30)));
        for (MapMarker marker : map.getMarkers()) {
            assertEquals(marker.item() != fallujah, marker.muted(), marker.label() + " muted unless in view");
        }
    }

    @Test
    void theMapStartsOnThePlacesAndCanBeHidden(FxRobot robot) {
        MapView map = map(robot);
        MapViewport view = map.getViewport();
        for (TimelineEvent e : List.of(fallujah, ramadi, mosul)) {
            assertTrue(((MapViewSkin) map.getSkin()).markerPosition(e).isPresent(), e.title() + " in view");
        }
        assertTrue(view.zoom() > 10_000, "zoomed in on Iraq, not the world: " + view.zoom());
        SplitPane lower = robot.lookup("#lower-split").queryAs(SplitPane.class);
        assertEquals(2, lower.getItems().size(), "the chart and the map side by side");
        robot.clickOn("#view-menu").clickOn("#show-map-item");
        assertFalse(state.isMapShown());
        assertEquals(List.of("figures-pane"), lower.getItems().stream().map(javafx.scene.Node::getId).toList(),
                "the chart alone");
    }

    /** Whether the map's pixels show the selection colour on a ring just outside a marker at {@code at}. */
    private boolean ringAround(FxRobot robot, MapView map, Point2D at, Color colour) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = map.snapshot(null, null));
        PixelReader pixels = shot[0].getPixelReader();
        if (System.getProperty("map.keep") != null) {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot[0], null), "png",
                        new java.io.File("target/mappane-" + System.nanoTime() + ".png"));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        }
        int hits = 0;
        for (int angle = 0; angle < 360; angle += 30) {
            double r = 10.5;
            Color c = pixels.getColor((int) (at.getX() + r * Math.cos(Math.toRadians(angle))),
                    (int) (at.getY() + r * Math.sin(Math.toRadians(angle))));
            if (Math.abs(c.getRed() - colour.getRed()) < 0.15 && Math.abs(c.getGreen() - colour.getGreen()) < 0.15
                    && Math.abs(c.getBlue() - colour.getBlue()) < 0.15) {
                hits++;
            }
        }
        return hits >= 8;
    }
}
