package org.timelineexplorer.map;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The projection and the viewport: places to pixels and back, zooming about a point, fitting. */
class MapProjectionTest {

    private static final double W = 1280;
    private static final double H = 720;

    @Test
    void placesGoToPixelsAndBackWithinAPixelAtEveryZoom() {
        Random random = new Random(14);
        for (double zoom = MapViewport.MIN_ZOOM; zoom <= MapViewport.MAX_ZOOM; zoom *= 4) {
            for (int i = 0; i < 200; i++) {
                double lat = -80 + 160 * random.nextDouble();
                double lon = -179 + 358 * random.nextDouble();
                MapViewport view = new MapViewport(WebMercator.x(lon + random.nextGaussian() * 1e-3),
                        WebMercator.y(lat + random.nextGaussian() * 1e-3), zoom);
                double x = view.screenX(WebMercator.x(lon), W);
                double y = view.screenY(WebMercator.y(lat), H);
                double backLon = WebMercator.lon(view.worldX(x, W));
                double backLat = WebMercator.lat(view.worldY(y, H));
                double againX = view.screenX(WebMercator.x(backLon), W);
                double againY = view.screenY(WebMercator.y(backLat), H);
                assertEquals(x, againX, 1, "x of " + lat + ", " + lon + " at zoom " + zoom);
                assertEquals(y, againY, 1, "y of " + lat + ", " + lon + " at zoom " + zoom);
                assertEquals(lon, backLon, 360 / zoom, "longitude back");
                assertEquals(lat, backLat, 360 / zoom, "latitude back");
            }
        }
    }

    @Test
    void northIsUpAndEastIsRight() {
        MapViewport view = new MapViewport(WebMercator.x(44), WebMercator.y(33), 20000);
        double baghdadX = view.screenX(WebMercator.x(44.37), W);
        double baghdadY = view.screenY(WebMercator.y(33.32), H);
        double mosulX = view.screenX(WebMercator.x(43.13), W);
        double mosulY = view.screenY(WebMercator.y(36.34), H);
        assertTrue(mosulY < baghdadY, "Mosul, north of Baghdad, is higher up");
        assertTrue(mosulX < baghdadX, "Mosul, west of Baghdad, is to its left");
    }

    @Test
    void zoomingKeepsThePlaceUnderThePointerStill() {
        MapViewport view = new MapViewport(0.6, 0.4, 5000);
        double x = 300;
        double y = 500;
        double worldX = view.worldX(x, W);
        double worldY = view.worldY(y, H);
        MapViewport zoomed = view.zoomAt(1.7, x, y, W, H);
        assertEquals(5000 * 1.7, zoomed.zoom(), 1e-9);
        assertEquals(x, zoomed.screenX(worldX, W), 1e-6);
        assertEquals(y, zoomed.screenY(worldY, H), 1e-6);
    }

    @Test
    void zoomStaysWithinItsLimits() {
        MapViewport view = new MapViewport(0.5, 0.5, 1000);
        assertEquals(MapViewport.MAX_ZOOM, view.zoomAt(1e12, 0, 0, W, H).zoom());
        assertEquals(MapViewport.MIN_ZOOM, view.zoomAt(1e-12, 0, 0, W, H).zoom());
    }

    @Test
    void aFitShowsEveryPointWithTheMarginFree() {
        double minX = WebMercator.x(38.8);
        double maxX = WebMercator.x(48.6);
        double minY = WebMercator.y(37.4);
        double maxY = WebMercator.y(29.1);
        MapViewport view = MapViewport.fit(minX, minY, maxX, maxY, W, H, 40, MapViewport.MAX_ZOOM);
        assertTrue(view.screenX(minX, W) >= 40 - 1e-6 && view.screenX(maxX, W) <= W - 40 + 1e-6);
        assertTrue(view.screenY(minY, H) >= 40 - 1e-6 && view.screenY(maxY, H) <= H - 40 + 1e-6);
        assertEquals(H - 80, view.screenY(maxY, H) - view.screenY(minY, H), 1e-6, "the taller side fills the view");
    }
}
