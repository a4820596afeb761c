package org.timelineexplorer.timeline.impl;

import java.util.Arrays;

/**
 * For each cluster drawn in the last frame, its members in view: how many, the first of them, the earliest start
 * and the latest end. Those are what its number and tooltip say and what a click zooms into; a cluster can run far
 * beyond the view, and its members there are neither laid out yet nor what the user pointed at.
 */
final class ShownClusters {
    private int first;
    private int size;
    private int[] count = new int[16];
    private int[] firstMember = new int[16];
    private double[] firstStart = new double[16];
    private double[] lastEnd = new double[16];

    /** Starts a frame whose clusters are {@code first} up to, but not including, {@code end}. */
    void reset(int first, int end) {
        this.first = first;
        size = Math.max(0, end - first);
        if (count.length < size) {
            int capacity = Math.max(size, count.length * 2);
            count = new int[capacity];
            firstMember = new int[capacity];
            firstStart = new double[capacity];
            lastEnd = new double[capacity];
        }
        Arrays.fill(count, 0, size, 0);
    }

    /** Counts event {@code i}, a member of cluster {@code c}; members come in order of start. */
    void add(int c, int i, double start, double end) {
        int k = c - first;
        if (k < 0 || k >= size) {
            return;
        }
        if (count[k]++ == 0) {
            firstMember[k] = i;
            firstStart[k] = start;
            lastEnd[k] = end;
        } else {
            lastEnd[k] = Math.max(lastEnd[k], end);
        }
    }

    int count(int c) {
        int k = c - first;
        return k < 0 || k >= size ? 0 : count[k];
    }

    int firstMember(int c) {
        return firstMember[c - first];
    }

    double firstStart(int c) {
        return firstStart[c - first];
    }

    double lastEnd(int c) {
        return lastEnd[c - first];
    }
}
