package org.timelineexplorer.map.impl;

import java.util.Arrays;

/**
 * Grid cells to an int, for grids too large for an array (a street-level grid over the whole world): open
 * addressing on the cells' packed coordinates, no boxing, sized once for the number of entries it will hold.
 */
final class CellIndex {

    private final long[] keys;
    private final int[] values;
    private final int mask;

    CellIndex(int expected) {
        int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[capacity];
        values = new int[capacity];
        Arrays.fill(values, -1);
        mask = capacity - 1;
    }

    /** One cell's key; cells within 2^31 of the origin each way are told apart. */
    static long key(long x, long y) {
        return (x << 32) ^ (y & 0xffffffffL);
    }

    /** The value of the cell, or −1. */
    int get(long key) {
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            if (values[slot] < 0) {
                return -1;
            }
            if (keys[slot] == key) {
                return values[slot];
            }
        }
    }

    /** Sets the cell's value, which must not be negative. */
    void put(long key, int value) {
        for (int slot = slot(key); ; slot = (slot + 1) & mask) {
            if (values[slot] < 0 || keys[slot] == key) {
                keys[slot] = key;
                values[slot] = value;
                return;
            }
        }
    }

    private int slot(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h >>> 32) & mask;
    }
}
