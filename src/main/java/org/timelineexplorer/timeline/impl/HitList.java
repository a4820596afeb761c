package org.timelineexplorer.timeline.impl;

import java.util.Arrays;

/** A growable list of rectangles with ids, for hit tests without allocating per item. */
final class HitList {
    private int size;
    private int[] ids = new int[64];
    private double[] coords = new double[256];

    void clear() {
        size = 0;
    }

    int size() {
        return size;
    }

    void add(int id, double x0, double y0, double x1, double y1) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            coords = Arrays.copyOf(coords, size * 8);
        }
        ids[size] = id;
        coords[size * 4] = x0;
        coords[size * 4 + 1] = y0;
        coords[size * 4 + 2] = x1;
        coords[size * 4 + 3] = y1;
        size++;
    }

    /** The id of the last-drawn (topmost) rectangle containing the point, or -1. */
    int find(double x, double y) {
        for (int k = size - 1; k >= 0; k--) {
            if (x >= coords[k * 4] && y >= coords[k * 4 + 1] && x <= coords[k * 4 + 2]
                    && y <= coords[k * 4 + 3]) {
                return ids[k];
            }
        }
        return -1;
    }

    int indexOfId(int id) {
        for (int k = size - 1; k >= 0; k--) {
            if (ids[k] == id) {
                return k;
            }
        }
        return -1;
    }

    double x0(int k) {
        return coords[k * 4];
    }

    double y0(int k) {
        return coords[k * 4 + 1];
    }

    double x1(int k) {
        return coords[k * 4 + 2];
    }

    double y1(int k) {
        return coords[k * 4 + 3];
    }
}
