package org.timelineexplorer.map;

import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.File;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the map draws, read from its pixels: a marker lies inside the country it is in, as the country is drawn.
 * The country is found by filling the land around the marker's pixel up to the drawn borders and coasts, on a
 * picture of the same view without markers, and its extent in degrees is compared with the country's.
 */
@ExtendWith(ApplicationExtension.class)
class MapPixelsTest {

    private static final int WIDTH = 900;
    private static final int HEIGHT = 700;
    private static final Color ERA = Color.web("#0072B2");
    /** A marker's radius, as the map draws it. */
    private static final int MARKER_RADIUS = 6;

    private final MapMarker baghdad = new MapMarker("baghdad", "Baghdad", 33.3152, 44.3661, ERA, false);
    private final MapMarker kuwait = new MapMarker("kuwait", "Kuwait City", 29.3759, 47.9774, ERA, false);
    private final MapMarker basra = new MapMarker("basra", "Basra", 30.5085, 47.7804, ERA, false);
    private MapView map;

    @Start
    void start(Stage stage) {
        map = new MapView();
        map.getMarkers().setAll(baghdad, kuwait, basra);
        // Test classes share one stage: a size another class gave it must not carry over.
        stage.setWidth(WIDTH);
        stage.setHeight(HEIGHT);
        stage.setScene(new Scene(new StackPane(map), WIDTH, HEIGHT));
        stage.show();
    }

    private PixelReader pixels(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] shot = new WritableImage[1];
        robot.interact(() -> shot[0] = map.snapshot(null, null));
        if (System.getProperty("map.keep") != null) {
            try {
                ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot[0], null), "png",
                        new File("target/map-" + System.nanoTime() + ".png"));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        }
        return shot[0].getPixelReader();
    }

    private Point2D pixelOf(MapMarker marker) {
        MapViewport view = map.getViewport();
        return new Point2D(view.screenX(marker.worldX(), map.getWidth()), view.screenY(marker.worldY(), map.getHeight()));
    }

    @Test
    void baghdadLiesInIraqAndKuwaitCityInKuwait(FxRobot robot) {
        robot.interact(() -> map.setViewport(MapViewport.fit(WebMercator.x(37.5), WebMercator.y(38.5),
                WebMercator.x(50), WebMercator.y(27.5), WIDTH, HEIGHT, 10, MapViewport.MAX_ZOOM)));
        PixelReader withMarkers = pixels(robot);
        Color land = (Color) map.getLandColor();
        for (MapMarker marker : List.of(baghdad, kuwait)) {
            Point2D at = pixelOf(marker);
            assertTrue(near(withMarkers.getColor((int) at.getX(), (int) at.getY()), ERA, 0.1),
                    marker.label() + "'s marker is drawn at its place");
        }
        // The country as its borders and coasts enclose it: the rivers that cross it drawn in the land's colour.
        robot.interact(() -> {
            map.getMarkers().clear();
            map.riverColorProperty().set(land);
        });
        PixelReader bare = pixels(robot);

        double[] iraq = extentAround(bare, pixelOf(baghdad), land);
        assertExtent("Iraq", iraq, 38.8, 48.6, 29.1, 37.4);
        double[] kuwaitExtent = extentAround(bare, pixelOf(kuwait), land);
        assertExtent("Kuwait", kuwaitExtent, 46.55, 48.4, 28.5, 30.1);
    }

    @Test
    void theTigrisAndEuphratesRunBetweenBaghdadAndBasra(FxRobot robot) {
        robot.interact(() -> map.setViewport(MapViewport.fit(WebMercator.x(37.5), WebMercator.y(38.5),
                WebMercator.x(50), WebMercator.y(27.5), WIDTH, HEIGHT, 10, MapViewport.MAX_ZOOM)));
        PixelReader shot = pixels(robot);
        Color river = (Color) map.riverColorProperty().get();
        Point2D from = pixelOf(baghdad);
        Point2D to = pixelOf(basra);
        // The box between the two cities, less the markers' discs; the rivers' lines are 1.3 pixels wide, so their
        // middle pixels are the river's colour, their edges blended with the land.
        int riverPixels = 0;
        for (int y = (int) from.getY() + 3 * MARKER_RADIUS; y < (int) to.getY() - 3 * MARKER_RADIUS; y++) {
            for (int x = (int) from.getX() - 40; x < (int) to.getX() + 10; x++) {
                riverPixels += near(shot.getColor(x, y), river, 0.12) ? 1 : 0;
            }
        }
        assertTrue(riverPixels > 150, "the rivers drawn between Baghdad and Basra: " + riverPixels + " pixels");
        assertNotEquals(river, map.getLandColor());
    }

    @Test
    void theMapStartsFittedToItsMarkers(FxRobot robot) {
        pixels(robot);
        for (MapMarker marker : List.of(baghdad, kuwait, basra)) {
            Point2D at = pixelOf(marker);
            assertTrue(at.getX() > 0 && at.getX() < WIDTH && at.getY() > 0 && at.getY() < HEIGHT,
                    marker.label() + " is in view at " + at);
        }
    }

    private double[] extentAround(PixelReader image, Point2D start, Color land) {
        int[] from = nearestLand(image, (int) start.getX(), (int) start.getY(), land);
        int sx = from[0];
        int sy = from[1];
        boolean[] seen = new boolean[WIDTH * HEIGHT];
        ArrayDeque<int[]> todo = new ArrayDeque<>();
        todo.add(new int[] {sx, sy});
        seen[sy * WIDTH + sx] = true;
        int minX = sx, maxX = sx, minY = sy, maxY = sy;
        while (!todo.isEmpty()) {
            int[] p = todo.poll();
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
            for (int[] d : new int[][] {{1, 0}, {-1, 0}, {0, 1}, {0, -1}}) {
                int x = p[0] + d[0];
                int y = p[1] + d[1];
                if (x < 0 || y < 0 || x >= WIDTH || y >= HEIGHT || seen[y * WIDTH + x]) {
                    continue;
                }
                seen[y * WIDTH + x] = true;
                if (near(image.getColor(x, y), land, 0.04)) {
                    todo.add(new int[] {x, y});
                }
            }
        }
        MapViewport view = map.getViewport();
        return new double[] {WebMercator.lon(view.worldX(minX, WIDTH)), WebMercator.lon(view.worldX(maxX + 1, WIDTH)),
                WebMercator.lat(view.worldY(maxY + 1, HEIGHT)), WebMercator.lat(view.worldY(minY, HEIGHT))};
    }

    /**
     * The land pixel nearest to (x, y), within the marker's radius: a city on the coast, such as Kuwait City, has
     * its centre on the coastline's pixels.
     */
    private static int[] nearestLand(PixelReader image, int x, int y, Color land) {
        for (int r = 0; r <= MARKER_RADIUS; r++) {
            for (int dy = -r; dy <= r; dy++) {
                for (int dx = -r; dx <= r; dx++) {
                    if (near(image.getColor(x + dx, y + dy), land, 0.04)) {
                        return new int[] {x + dx, y + dy};
                    }
                }
            }
        }
        throw new AssertionError("no land within a marker's radius of " + x + ", " + y);
    }

    private static void assertExtent(String country, double[] found, double west, double east, double south,
                                     double north) {
        String got = country + " drawn from " + found[0] + " to " + found[1] + " E, " + found[2] + " to " + found[3]
                + " N";
        double tolerance = 0.35;
        assertEquals(west, found[0], tolerance, got);
        assertEquals(east, found[1], tolerance, got);
        assertEquals(south, found[2], tolerance, got);
        assertEquals(north, found[3], tolerance, got);
    }

    private static boolean near(Color a, Color b, double tolerance) {
        return Math.abs(a.getRed() - b.getRed()) <= tolerance && Math.abs(a.getGreen() - b.getGreen()) <= tolerance
                && Math.abs(a.getBlue() - b.getBlue()) <= tolerance;
    }

    @Test
    void theOutlinesAreReadQuickly() {
        assertNotNull(WorldOutlines.naturalEarth().levels().get(1).country("Iraq").orElse(null));
    }
}
