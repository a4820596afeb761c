package org.timelineexplorer.map;

import javafx.scene.paint.Color;

import java.util.Objects;

/**
 * One thing shown at one place on a {@link MapView}. Markers with the same coordinates and label are drawn as one
 * marker with their count.
 *
 * @param item   what the marker stands for, handed back as the map's selected item when it is clicked
 * @param label  the place's name, drawn beside the marker where it does not cover another label
 * @param lat    degrees north, −90 to 90
 * @param lon    degrees east, −180 to 180
 * @param color  the marker's fill
 * @param muted  drawn faint and under the others, and labelled last (outside the time in view, for example)
 */
public record MapMarker(Object item, String label, double lat, double lon, Color color, boolean muted) {

    public MapMarker {
        Objects.requireNonNull(item, "item");
        label = label == null ? "" : label;
        Objects.requireNonNull(color, "color");
        if (!(lat >= -90 && lat <= 90) || !(lon >= -180 && lon <= 180)) {
            throw new IllegalArgumentException("not a place on Earth: " + lat + ", " + lon);
        }
    }

    /** World x of the marker, by {@link WebMercator}. */
    public double worldX() {
        return WebMercator.x(lon);
    }

    /** World y of the marker, by {@link WebMercator}. */
    public double worldY() {
        return WebMercator.y(lat);
    }
}
