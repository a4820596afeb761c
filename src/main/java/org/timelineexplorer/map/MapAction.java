package org.timelineexplorer.map;

/** What a key can ask of a focused {@link MapView}; which keys do it is {@link MapView#keysProperty()}. */
public enum MapAction {
    ZOOM_IN, ZOOM_OUT, PAN_WEST, PAN_EAST, PAN_NORTH, PAN_SOUTH, FIT_MARKERS
}
