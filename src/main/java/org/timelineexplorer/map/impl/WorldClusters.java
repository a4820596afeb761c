package org.timelineexplorer.map.impl;

/**
 * Places gathered into clusters at one level of detail: a place joins the first cluster whose face lies within one
 * cell of it, else it starts one. The cells have a fixed size in world units, so the clusters of a level do not
 * depend on where the view is: a pan reuses them, and a zoom step that stays within the level too. Places are
 * taken in the order given, so a cluster's face is its first place in that order.
 */
final class WorldClusters {

    /** The side of a cell, and the distance within which places join, in world units. */
    final double cell;
    /** Per cluster: the index of its face place, how many places it gathers, how many markers those hold. */
    int[] face;
    int[] placeCount;
    int[] markerCount;
    int size;

    WorldClusters(double cell, double[] placeX, double[] placeY, int[] markersPerPlace) {
        this.cell = cell;
        int n = placeX.length;
        face = new int[Math.max(16, n / 4)];
        placeCount = new int[face.length];
        markerCount = new int[face.length];
        CellIndex heads = new CellIndex(n);
        int[] nextInCell = new int[face.length];
        double reach = cell * cell;
        for (int i = 0; i < n; i++) {
            long cx = (long) Math.floor(placeX[i] / cell);
            long cy = (long) Math.floor(placeY[i] / cell);
            int near = -1;
            search:
            for (long y = cy - 1; y <= cy + 1; y++) {
                for (long x = cx - 1; x <= cx + 1; x++) {
                    for (int c = heads.get(CellIndex.key(x, y)); c >= 0; c = nextInCell[c]) {
                        double dx = placeX[face[c]] - placeX[i];
                        double dy = placeY[face[c]] - placeY[i];
                        if (dx * dx + dy * dy < reach) {
                            near = c;
                            break search;
                        }
                    }
                }
            }
            if (near >= 0) {
                placeCount[near]++;
                markerCount[near] += markersPerPlace[i];
                continue;
            }
            if (size == face.length) {
                int grown = face.length * 2;
                face = java.util.Arrays.copyOf(face, grown);
                placeCount = java.util.Arrays.copyOf(placeCount, grown);
                markerCount = java.util.Arrays.copyOf(markerCount, grown);
                nextInCell = java.util.Arrays.copyOf(nextInCell, grown);
            }
            long key = CellIndex.key(cx, cy);
            face[size] = i;
            placeCount[size] = 1;
            markerCount[size] = markersPerPlace[i];
            nextInCell[size] = heads.get(key);
            heads.put(key, size);
            size++;
        }
    }
}
