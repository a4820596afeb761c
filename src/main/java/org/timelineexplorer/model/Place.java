package org.timelineexplorer.model;

import java.util.Objects;

/**
 * Where an event happened: a named point on the Earth.
 *
 * @param name as the event's sources name it ("Fallujah", "Firdos Square, Baghdad")
 * @param lat  degrees north, −90 to 90 (south is negative)
 * @param lon  degrees east, −180 to 180 (west is negative)
 * @param extras the fields of the file's place the app does not know, kept for saving
 */
public record Place(String name, double lat, double lon, Extras extras) {

    public static final double MAX_LATITUDE = 90;
    public static final double MAX_LONGITUDE = 180;

    public Place {
        Objects.requireNonNull(name, "name");
        if (!(Math.abs(lat) <= MAX_LATITUDE)) {
            throw new IllegalArgumentException("latitude " + lat + " is not from -90 to 90");
        }
        if (!(Math.abs(lon) <= MAX_LONGITUDE)) {
            throw new IllegalArgumentException("longitude " + lon + " is not from -180 to 180");
        }
        extras = Extras.orNone(extras);
    }

    public Place(String name, double lat, double lon) {
        this(name, lat, lon, Extras.NONE);
    }
}
