package org.timelineexplorer.timeline.impl;

import javafx.collections.ListChangeListener;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The events a timeline draws, in date order, as parallel arrays that the drawing and the lane layout read without
 * touching a record: start, end, bar or dot, label and its width. Pure: labels come from a {@link Labels} of the
 * caller's, so tests need no toolkit.
 *
 * <p>It mirrors the list it is given position for position and takes that list's changes as they come: an event
 * added, removed or replaced costs one shift of the arrays behind it and one label, never a rebuild of the others
 * (a move arrives from a sorted list as a removal and an addition). The first index a change touched is
 * returned, so that lane layouts can start again from there. A list out of date order is drawn from a sorted
 * copy instead, rebuilt at each change.
 */
final class EventIndex {

    /** How an event's label is written and measured: the skin's follow its font, a test's can count letters. */
    public interface Labels {
        /** The text drawn beside {@code event}, shortened to the widest a label may be. */
        String label(TimelineEvent event);

        /** The width of {@code label} in pixels. */
        float width(String label);
    }

    /** Events per block of the lane layout's dense-run shortcut; blocks start at multiples of it. */
    static final int BLOCK = 32;

    private Labels labels;
    private int size;
    TimelineEvent[] items = new TimelineEvent[0];
    double[] start = new double[0];
    double[] end = new double[0];
    boolean[] span = new boolean[0];
    String[] label = new String[0];
    float[] labelWidth = new float[0];
    private double labelWidthSum;

    // Upper bounds over the events, for layouts' early exits: raised as events come, kept as they go.
    /** The longest event, in days. */
    double maxDuration;
    /** The longest point event (drawn as a dot), in days. */
    double maxPointDuration;
    /** The widest label, in pixels. */
    float maxLabelWidth;

    // Per block of BLOCK events, worked out as layouts reach it: what a dense run of clustered events needs.
    /** The largest step between consecutive starts within the block. */
    double[] blockMaxStep = new double[0];
    /** The last span in the block, whose bar starts furthest right of the block's spans, or -1. */
    int[] blockLastSpan = new int[0];
    /** The point event in the block whose dot lies furthest right, or -1. */
    int[] blockRightmostPoint = new int[0];
    private int blocksValid;

    /** Whether the arrays follow the list's own order; false while they hold a sorted copy of a list out of order. */
    private boolean mirrorsList = true;

    public EventIndex(Labels labels) {
        this.labels = labels;
    }

    public int size() {
        return size;
    }

    public TimelineEvent event(int i) {
        return items[i];
    }

    public double start(int i) {
        return start[i];
    }

    public double end(int i) {
        return end[i];
    }

    /** Whether event {@code i} is drawn as a bar over its time (it lasts, or is known only to the month or year). */
    public boolean isSpan(int i) {
        return span[i];
    }

    public String label(int i) {
        return label[i];
    }

    public float labelWidth(int i) {
        return labelWidth[i];
    }

    /** The mean width of a label, for estimating how far to zoom into a cluster; 0 without events. */
    public double meanLabelWidth() {
        return size == 0 ? 0 : labelWidthSum / size;
    }

    /** The first index whose start is at least {@code day}. */
    public int lowerBound(double day) {
        return lowerBound(start, size, day);
    }

    /** The first index below {@code size} whose value is at least {@code key}, in ascending {@code values}. */
    static int lowerBound(double[] values, int size, double key) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (values[mid] < key) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Where {@code event} is, found by its date, or -1. */
    public int indexOf(TimelineEvent event) {
        if (event == null) {
            return -1;
        }
        double day = event.range().start();
        int first = lowerBound(day);
        for (int i = first; i < size && start[i] == day; i++) {
            if (items[i] == event) {
                return i;
            }
        }
        for (int i = first; i < size && start[i] == day; i++) {
            if (items[i].equals(event)) {
                return i;
            }
        }
        return -1;
    }

    /** Takes {@code events} afresh, all of them. */
    public void reset(List<? extends TimelineEvent> events) {
        clear();
        insert(0, events);
        mirrorsList = startsAscend();
        if (!mirrorsList) {
            // The list should come in date order; sort a copy rather than draw garbage if it does not.
            TimelineEvent[] sorted = Arrays.copyOf(items, size);
            Arrays.sort(sorted, Comparator.comparingDouble(e -> e.range().start()));
            clear();
            insert(0, Arrays.asList(sorted));
        }
    }

    private void clear() {
        Arrays.fill(items, 0, size, null);
        Arrays.fill(label, 0, size, null);
        size = 0;
        labelWidthSum = 0;
        maxDuration = 0;
        maxPointDuration = 0;
        maxLabelWidth = 0;
        blocksValid = 0;
    }

    /** Measures every label again, with {@code newLabels}: the font changed. */
    public void relabel(Labels newLabels) {
        labels = newLabels;
        labelWidthSum = 0;
        maxLabelWidth = 0;
        for (int i = 0; i < size; i++) {
            describe(i, items[i]);
        }
        blocksValid = 0;
    }

    /**
     * Applies a change of the list this index mirrors, {@code list} being that list after the change.
     *
     * @return the first index whose event changed (everything before it is as it was), or {@link #size()} when
     *         nothing did
     */
    public int apply(ListChangeListener.Change<? extends TimelineEvent> change, List<? extends TimelineEvent> list) {
        if (!mirrorsList) {
            reset(list);
            return 0;
        }
        int first = Integer.MAX_VALUE;
        while (change.next()) {
            if (change.wasPermutated()) {
                // A list sorted again: every position may have moved.
                reset(list);
                return 0;
            }
            int from = change.getFrom();
            first = Math.min(first, from);
            if (change.wasUpdated()) {
                for (int i = from; i < change.getTo(); i++) {
                    replace(i, list.get(i));
                }
                continue;
            }
            if (change.wasRemoved()) {
                remove(from, change.getRemovedSize());
            }
            if (change.wasAdded()) {
                insert(from, change.getAddedSubList());
            }
        }
        if (!startsAscend()) {
            reset(list);
            return 0;
        }
        return Math.min(first, size);
    }

    private void insert(int at, List<? extends TimelineEvent> added) {
        int count = added.size();
        ensureCapacity(size + count);
        int tail = size - at;
        System.arraycopy(items, at, items, at + count, tail);
        System.arraycopy(start, at, start, at + count, tail);
        System.arraycopy(end, at, end, at + count, tail);
        System.arraycopy(span, at, span, at + count, tail);
        System.arraycopy(label, at, label, at + count, tail);
        System.arraycopy(labelWidth, at, labelWidth, at + count, tail);
        size += count;
        for (int k = 0; k < count; k++) {
            describe(at + k, added.get(k));
        }
        invalidateBlocksFrom(at);
    }

    private void remove(int from, int count) {
        for (int i = from; i < from + count; i++) {
            labelWidthSum -= labelWidth[i];
        }
        int tail = size - from - count;
        System.arraycopy(items, from + count, items, from, tail);
        System.arraycopy(start, from + count, start, from, tail);
        System.arraycopy(end, from + count, end, from, tail);
        System.arraycopy(span, from + count, span, from, tail);
        System.arraycopy(label, from + count, label, from, tail);
        System.arraycopy(labelWidth, from + count, labelWidth, from, tail);
        size -= count;
        Arrays.fill(items, size, size + count, null);
        Arrays.fill(label, size, size + count, null);
        invalidateBlocksFrom(from);
    }

    private void replace(int i, TimelineEvent event) {
        labelWidthSum -= labelWidth[i];
        describe(i, event);
        invalidateBlocksFrom(i);
    }

    /** Fills in slot {@code i} for {@code event} and raises the bounds to take it in. */
    private void describe(int i, TimelineEvent event) {
        TimeRange r = event.range();
        items[i] = event;
        start[i] = r.start();
        end[i] = r.end();
        span[i] = event.end() != null || event.start().precision().coversPeriod();
        label[i] = labels.label(event);
        labelWidth[i] = labels.width(label[i]);
        labelWidthSum += labelWidth[i];
        maxDuration = Math.max(maxDuration, r.length());
        if (!span[i]) {
            maxPointDuration = Math.max(maxPointDuration, r.length());
        }
        maxLabelWidth = Math.max(maxLabelWidth, labelWidth[i]);
    }

    private void ensureCapacity(int needed) {
        if (needed <= items.length) {
            return;
        }
        int capacity = Math.max(needed, items.length + (items.length >> 1) + 16);
        items = Arrays.copyOf(items, capacity);
        start = Arrays.copyOf(start, capacity);
        end = Arrays.copyOf(end, capacity);
        span = Arrays.copyOf(span, capacity);
        label = Arrays.copyOf(label, capacity);
        labelWidth = Arrays.copyOf(labelWidth, capacity);
    }

    private void invalidateBlocksFrom(int i) {
        blocksValid = Math.min(blocksValid, i / BLOCK);
    }

    /** Works out the summaries of the first {@code blocks} blocks, each a full BLOCK events, where not yet done. */
    void ensureBlocks(int blocks) {
        if (blocks <= blocksValid) {
            return;
        }
        if (blockMaxStep.length < blocks) {
            int capacity = Math.max(blocks, size / BLOCK + 1);
            blockMaxStep = Arrays.copyOf(blockMaxStep, capacity);
            blockLastSpan = Arrays.copyOf(blockLastSpan, capacity);
            blockRightmostPoint = Arrays.copyOf(blockRightmostPoint, capacity);
        }
        for (int b = blocksValid; b < blocks; b++) {
            double maxStep = 0;
            int lastSpan = -1;
            int rightmostPoint = -1;
            for (int i = b * BLOCK; i < (b + 1) * BLOCK; i++) {
                if (i % BLOCK != 0) {
                    maxStep = Math.max(maxStep, start[i] - start[i - 1]);
                }
                if (span[i]) {
                    lastSpan = i;
                } else if (rightmostPoint < 0
                        || start[i] + end[i] > start[rightmostPoint] + end[rightmostPoint]) {
                    rightmostPoint = i;
                }
            }
            blockMaxStep[b] = maxStep;
            blockLastSpan[b] = lastSpan;
            blockRightmostPoint[b] = rightmostPoint;
        }
        blocksValid = blocks;
    }

    private boolean startsAscend() {
        for (int i = 1; i < size; i++) {
            if (start[i] < start[i - 1]) {
                return false;
            }
        }
        return true;
    }
}
