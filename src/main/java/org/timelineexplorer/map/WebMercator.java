package org.timelineexplorer.map;

/**
 * The Web Mercator projection, on a world one unit wide and one unit high: longitude −180° is x 0, +180° is x 1,
 * latitude ±85.05° (where the square world ends) is y 0 and 1, north up. It keeps shapes true near any place,
 * which matters more in a classroom than true areas: Iraq looks as students know it from every web map. Pure and
 * thread-safe.
 */
public final class WebMercator {

    /** The latitude at which the square world ends, north and south: {@code atan(sinh(π))}. */
    public static final double MAX_LATITUDE = Math.toDegrees(Math.atan(Math.sinh(Math.PI)));

    private WebMercator() {
    }

    /** {@code lon} in degrees east (−180…180) as x from 0 (west) to 1 (east). */
    public static double x(double lon) {
        return (lon + 180) / 360;
    }

    /** {@code lat} in degrees north as y from 0 (north) to 1 (south); latitudes beyond ±85.05° are clamped. */
    public static double y(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double sin = Math.sin(Math.toRadians(clamped));
        return 0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI);
    }

    /** The longitude in degrees of world x. */
    public static double lon(double x) {
        return x * 360 - 180;
    }

    /** The latitude in degrees of world y. */
    public static double lat(double y) {
        return Math.toDegrees(Math.atan(Math.sinh(Math.PI * (1 - 2 * y))));
    }
}
