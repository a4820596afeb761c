package org.timelineexplorer.map;

import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A few markers changed in the map's list (as an edit of one event changes them) are drawn exactly as the same
 * markers set all at once: the places changed in place keep the order labels win in, the counts and the clusters.
 */
@ExtendWith(ApplicationExtension.class)
class MapMarkerChangeTest {

    private static final int WIDTH = 640;
    private static final int HEIGHT = 480;
    private static final Color[] ERAS = {Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73")};

    private MapView changed;
    private MapView setAtOnce;

    @Start
    void start(Stage stage) {
        changed = freshMap(List.of());
        setAtOnce = freshMap(List.of());
        stage.setWidth(2 * WIDTH);
        stage.setHeight(HEIGHT);
        stage.setScene(new Scene(new HBox(changed, setAtOnce), 2 * WIDTH, HEIGHT));
        stage.show();
    }

    /** A map that has not drawn yet, centred on Iraq, its markers to be gathered all at once when it first does. */
    private static MapView freshMap(List<MapMarker> markers) {
        MapView map = new MapView();
        // Neither map takes the focus, whose ring would tell them apart.
        map.setFocusTraversable(false);
        map.setMinSize(WIDTH, HEIGHT);
        map.setPrefSize(WIDTH, HEIGHT);
        map.getMarkers().setAll(markers);
        map.centreOn(33, 43.5, 256 * 64);
        return map;
    }

    /** Markers round Iraq, a few places shared by several, some muted. */
    private static List<MapMarker> markers(Random random, int n) {
        List<MapMarker> markers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int place = random.nextInt(n / 2);
            markers.add(new MapMarker("event " + i, "Place " + place, 29 + (place * 37 % 80) / 10.0,
                    39 + (place * 53 % 90) / 10.0, ERAS[i % ERAS.length], random.nextInt(5) == 0));
        }
        return markers;
    }

    @Test
    void aFewChangedMarkersAreDrawnAsTheSameMarkersSetAtOnce(FxRobot robot) {
        Random random = new Random(13);
        List<MapMarker> before = markers(random, 120);
        robot.interact(() -> changed.getMarkers().setAll(before));

        List<MapMarker> after = new ArrayList<>(before);
        for (int step = 0; step < 6; step++) {
            // An event moved to another place, one removed, one added at a place that had markers already.
            int moved = random.nextInt(after.size());
            MapMarker was = after.get(moved);
            MapMarker now = new MapMarker(was.item(), "Somewhere else " + step, was.lat() + 0.7, was.lon() - 0.4,
                    was.color(), was.muted());
            MapMarker gone = after.get((moved + 1) % after.size());
            MapMarker joining = new MapMarker("new " + step, after.get(step).label(), after.get(step).lat(),
                    after.get(step).lon(), ERAS[step % ERAS.length], false);
            after.set(moved, now);
            after.remove(gone);
            after.add(joining);
            robot.interact(() -> {
                changed.getMarkers().set(changed.getMarkers().indexOf(was), now);
                changed.getMarkers().remove(gone);
                changed.getMarkers().add(joining);
            });
            WaitForAsyncUtils.waitForFxEvents();
            robot.interact(() -> {
                setAtOnce = freshMap(after);
                ((HBox) changed.getParent()).getChildren().set(1, setAtOnce);
            });
            assertSamePixels(robot, "after change " + step);
        }
    }

    private void assertSamePixels(FxRobot robot, String when) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shots = new WritableImage[2];
        robot.interact(() -> {
            shots[0] = changed.snapshot(null, null);
            shots[1] = setAtOnce.snapshot(null, null);
        });
        PixelReader a = shots[0].getPixelReader();
        PixelReader b = shots[1].getPixelReader();
        assertEquals(shots[1].getWidth(), shots[0].getWidth());
        int differing = 0;
        int marked = 0;
        for (int y = 0; y < (int) shots[0].getHeight(); y++) {
            for (int x = 0; x < (int) shots[0].getWidth(); x++) {
                differing += a.getArgb(x, y) != b.getArgb(x, y) ? 1 : 0;
                marked += isEraColour(b.getColor(x, y)) ? 1 : 0;
            }
        }
        assertTrue(marked > 500, "markers are drawn " + when + ": " + marked + " pixels of an era's colour");
        assertEquals(0, differing, "pixels that differ " + when);
    }

    private static boolean isEraColour(Color c) {
        for (Color era : ERAS) {
            if (Math.abs(c.getRed() - era.getRed()) < 0.02 && Math.abs(c.getGreen() - era.getGreen()) < 0.02
                    && Math.abs(c.getBlue() - era.getBlue()) < 0.02) {
                return true;
            }
        }
        return false;
    }
}
