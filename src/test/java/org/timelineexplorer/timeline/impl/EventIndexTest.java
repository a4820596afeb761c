package org.timelineexplorer.timeline.impl;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimelineEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The event index mirrors the application's sorted, filtered list through every kind of edit. */
class EventIndexTest {

    /** The application's lists: a sorted view of a filtered view of all events. */
    private final ObservableList<TimelineEvent> all = FXCollections.observableArrayList();
    private final FilteredList<TimelineEvent> filtered = new FilteredList<>(all);
    private final SortedList<TimelineEvent> shown = new SortedList<>(filtered, Dataset.chronological());
    private final EventIndex index = new EventIndex(TestEvents.LABELS);
    /** The index as it was before the last change, and the first position the change reported. */
    private List<TimelineEvent> before = List.of();
    private int firstChanged;

    private void follow() {
        index.reset(shown);
        shown.addListener((ListChangeListener<TimelineEvent>) c -> {
            before = contents();
            firstChanged = index.apply(c, shown);
        });
    }

    private List<TimelineEvent> contents() {
        List<TimelineEvent> items = new ArrayList<>();
        for (int i = 0; i < index.size(); i++) {
            items.add(index.event(i));
        }
        return items;
    }

    /** The index holds what the list shows, slot for slot, and everything before the first change is as it was. */
    private void assertMirrors(String where) {
        assertEquals(shown, contents(), where);
        EventIndex fresh = TestEvents.index(shown);
        double maxDuration = 0;
        float maxWidth = 0;
        for (int i = 0; i < index.size(); i++) {
            assertEquals(fresh.start(i), index.start(i), where);
            assertEquals(fresh.end(i), index.end(i), where);
            assertEquals(fresh.isSpan(i), index.isSpan(i), where);
            assertEquals(fresh.label(i), index.label(i), where);
            assertEquals(fresh.labelWidth(i), index.labelWidth(i), where);
            maxDuration = Math.max(maxDuration, index.end(i) - index.start(i));
            maxWidth = Math.max(maxWidth, index.labelWidth(i));
        }
        assertEquals(fresh.meanLabelWidth(), index.meanLabelWidth(), 1e-6, where);
        assertTrue(index.maxDuration >= maxDuration && index.maxLabelWidth >= maxWidth, "bounds stay bounds " + where);
        int blocks = index.size() / EventIndex.BLOCK;
        index.ensureBlocks(blocks);
        fresh.ensureBlocks(blocks);
        for (int b = 0; b < blocks; b++) {
            assertEquals(fresh.blockMaxStep[b], index.blockMaxStep[b], where + ", block " + b);
            assertEquals(fresh.blockLastSpan[b], index.blockLastSpan[b], where + ", block " + b);
            assertEquals(fresh.blockRightmostPoint[b], index.blockRightmostPoint[b], where + ", block " + b);
        }
        for (int i = 0; i < Math.min(firstChanged, before.size()); i++) {
            assertSame(before.get(i), index.event(i), where + ": the change was said to start at " + firstChanged);
        }
    }

    @Test
    void followsEveryKindOfEditOfTheApplicationsList() {
        Random r = new Random(4);
        all.setAll(TestEvents.random(3000, 2000, 6, r));
        follow();
        assertMirrors("at first");
        for (int edit = 0; edit < 300; edit++) {
            int kind = r.nextInt(10);
            int k = r.nextInt(all.size());
            TimelineEvent e = all.get(k);
            String where;
            if (kind < 5) {
                // A move: the record replaced by one with another date, as an editor does.
                long day = 12000 + r.nextInt(2000);
                all.set(k, TestEvents.event(e.id(), day, r.nextInt(3) == 0 ? 1 + r.nextInt(30) : 0, 40 + r.nextInt(200)));
                where = "after moving " + e.id();
            } else if (kind < 7) {
                all.add(r.nextInt(all.size() + 1), TestEvents.event("new" + edit, 12000 + r.nextInt(2000), 0, 90));
                where = "after adding";
            } else if (kind < 9) {
                all.remove(k);
                where = "after removing " + e.id();
            } else {
                // A filter: hundreds come and go at once.
                int keep = r.nextInt(4);
                Predicate<TimelineEvent> p = x -> x.id().hashCode() % 4 != keep;
                filtered.setPredicate(edit % 2 == 0 ? p : null);
                where = "after filtering";
            }
            assertMirrors(where + " (edit " + edit + ")");
        }
    }

    @Test
    void aMoveChangesTheIndexOnlyFromWhereTheEventLeftOrLanded() {
        all.setAll(TestEvents.random(5000, 3000, 6, new Random(8)));
        follow();
        int from = 4000;
        TimelineEvent moved = shown.get(from);
        all.set(all.indexOf(moved), TestEvents.event(moved.id(), (long) shown.get(4500).range().start(), 0, 80));
        assertEquals(from, firstChanged, "before where it was, nothing moved");
        assertMirrors("after the move");
    }

    @Test
    void aListOutOfDateOrderIsDrawnFromASortedCopy() {
        List<TimelineEvent> events = new ArrayList<>(TestEvents.random(500, 400, 4, new Random(2)));
        java.util.Collections.shuffle(events, new Random(3));
        ObservableList<TimelineEvent> unsorted = FXCollections.observableArrayList(events);
        index.reset(unsorted);
        unsorted.addListener((ListChangeListener<TimelineEvent>) c -> index.apply(c, unsorted));
        unsorted.add(TestEvents.event("late", 11000, 0, 50));
        unsorted.remove(7);
        assertEquals(unsorted.size(), index.size());
        for (int i = 1; i < index.size(); i++) {
            assertTrue(index.start(i) >= index.start(i - 1), "in date order at " + i);
        }
        assertEquals(0, index.indexOf(unsorted.get(unsorted.size() - 1)), "the earliest, added last, is first");
    }

    @Test
    void findsAnEventByItsDateAmongOthersOfTheSameDay() {
        List<TimelineEvent> sameDay = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            sameDay.add(TestEvents.event("same" + i, 12345, 0, 60));
        }
        EventIndex e = TestEvents.index(sameDay);
        for (int i = 0; i < 40; i++) {
            assertEquals(i, e.indexOf(sameDay.get(i)));
        }
        assertEquals(7, e.indexOf(TestEvents.event("same7", 12345, 0, 60)), "an equal record is found too");
        assertEquals(-1, e.indexOf(TestEvents.event("other", 12345, 0, 60)));
        assertEquals(-1, e.indexOf(null));
    }
}
