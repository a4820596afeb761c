package org.timelineexplorer.timeline.impl;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.TimelineEvent;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A level that takes edits: after each added, removed or moved event it lays out again only from the last
 * checkpoint before the edit, and comes to exactly the lanes and clusters of a level laid out afresh.
 */
class LaneEditsTest {

    private static final LaneLayout.Metrics METRICS = new LaneLayout.Metrics(6, 5, 12, 4, 60);

    private final ObservableList<TimelineEvent> all = FXCollections.observableArrayList();
    private final SortedList<TimelineEvent> shown = new SortedList<>(all, Dataset.chronological());
    private final EventIndex index = new EventIndex(TestEvents.LABELS);
    private int firstChanged;

    private void follow() {
        index.reset(shown);
        shown.addListener((ListChangeListener<TimelineEvent>) c -> firstChanged = index.apply(c, shown));
    }

    private static void assertSameAsAfresh(EventIndex events, LaneLayout.Level edited, double dpp, int lanes,
                                           double limit, String where) {
        LaneLayout.Level fresh = LaneLayout.level(events, dpp, lanes, METRICS, limit);
        fresh.ensure(events.size(), Double.POSITIVE_INFINITY);
        edited.ensure(events.size(), Double.POSITIVE_INFINITY);
        for (int i = 0; i < events.size(); i++) {
            assertEquals(fresh.lane(i), edited.lane(i), "lane of event " + i + " " + where);
            assertEquals(fresh.cluster(i), edited.cluster(i), "cluster of event " + i + " " + where);
            assertEquals(fresh.labelX(i, dpp), edited.labelX(i, dpp), 1e-9, "label of event " + i + " " + where);
        }
        assertEquals(fresh.clusters(), edited.clusters(), where);
        for (int c = 0; c < fresh.clusters(); c++) {
            assertEquals(fresh.clusterLeftDay(c), edited.clusterLeftDay(c), 1e-9, "cluster " + c + " " + where);
            assertEquals(fresh.clusterRightDay(c), edited.clusterRightDay(c), 1e-9, "cluster " + c + " " + where);
        }
    }

    @Test
    void afterEveryEditTheLanesAreThoseOfALayoutAfresh() {
        Random r = new Random(12);
        for (int round = 0; round < 6; round++) {
            // Sparse and dense, so that lanes, clusters and the dense-run shortcut all meet edits.
            int days = round % 2 == 0 ? 6000 : 500;
            all.setAll(TestEvents.random(12_000, days, 5, r));
            if (round == 0) {
                follow();
            }
            double dpp = Math.exp(r.nextDouble() * 5 - 3);
            int lanes = 1 + r.nextInt(12);
            double limit = 12000 + days + 30;
            LaneLayout.Level level = LaneLayout.level(index, dpp, lanes, METRICS, limit);
            level.ensure(index.size(), Double.POSITIVE_INFINITY);
            for (int edit = 0; edit < 25; edit++) {
                int k = r.nextInt(all.size());
                TimelineEvent e = all.get(k);
                switch (r.nextInt(3)) {
                    case 0 -> all.set(k, TestEvents.event(e.id(), 12000 + r.nextInt(days),
                            r.nextInt(4) == 0 ? 1 + r.nextInt(60) : 0, 40 + r.nextInt(300)));
                    case 1 -> all.add(TestEvents.event("new" + edit, 12000 + r.nextInt(days), 0, 400));
                    default -> all.remove(k);
                }
                level.eventsChangedFrom(firstChanged);
                if (edit % 5 == 0) {
                    // Only part of it shown again, as a view would, before the next edit.
                    level.ensure(0, 12000 + r.nextInt(days));
                }
                if (edit % 5 == 4) {
                    assertSameAsAfresh(index, level, dpp, lanes, limit, "in round " + round + " after edit " + edit);
                }
            }
        }
    }

    /** The point of the checkpoints: an edit late in a hundred thousand events is not laid out from the first. */
    @Test
    void anEditResumesFromTheLastCheckpointBeforeIt() {
        all.setAll(TestEvents.random(100_000, 6000, 8, new Random(3)));
        follow();
        LaneLayout.Level level = LaneLayout.level(index, 0.5, 10, METRICS, 18030);
        level.ensure(index.size(), Double.POSITIVE_INFINITY);
        TimelineEvent e = shown.get(90_000);
        all.set(all.indexOf(e), TestEvents.event(e.id(), (long) shown.get(90_100).range().start(), 0, 120));
        assertEquals(90_000, firstChanged);
        level.eventsChangedFrom(firstChanged);
        int kept = level.laidOut();
        assertTrue(kept <= 90_000 && kept > 90_000 - LaneLayout.CHECKPOINT_EVERY,
                "laid out afresh from " + kept + ", not from the first event");
        assertSameAsAfresh(index, level, 0.5, 10, 18030, "after the move");
    }

    /** A cluster that runs on past a checkpoint ends where its members now end, not where they used to. */
    @Test
    void aClusterAcrossACheckpointShrinksWhenItsLaterMembersGo() {
        java.util.List<TimelineEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < 4000; i++) {
            // Eight a day, their dots overlapping at half a day a pixel: one long cluster once the two lanes are full.
            events.add(TestEvents.event(String.format("e%04d", i), 12000 + i / 8, 0, 100));
        }
        all.setAll(events);
        follow();
        LaneLayout.Level level = LaneLayout.level(index, 0.5, 2, METRICS, 13000);
        level.ensure(index.size(), Double.POSITIVE_INFINITY);
        double before = level.clusterRightDay(level.clusters() - 1);
        all.remove(3000, 4000);
        level.eventsChangedFrom(firstChanged);
        assertSameAsAfresh(index, level, 0.5, 2, 13000, "after the cluster's end went");
        assertTrue(level.clusterRightDay(level.clusters() - 1) < before - 100, "the cluster shrank");
    }
}
