package org.timelineexplorer.timeline.impl;

import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimeScale;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which zoom level's lanes a frame draws, and a cache of the levels laid out lately. Pure: it holds the rules that
 * keep labels in their lanes while the view moves, and the clock that ends a hold is the caller's.
 *
 * <ul>
 *   <li>An animated jump draws every frame with one level (see {@link #levelFor}).</li>
 *   <li>A zooming gesture (the wheel, fingers, the overview's edges) {@linkplain #hold holds} the lanes until it
 *       rests: zooming in keeps the level shown, zooming out moves to each coarser level it must, and
 *       {@link #release} settles them into the exact level's in one step.</li>
 * </ul>
 */
final class LaneLevels {

    /** How many zoom levels' layouts to keep: a few steps of zooming out and back in. */
    private static final int KEPT = 6;
    private static final int NONE = Integer.MIN_VALUE;

    /** What the layouts depend on besides the events and the zoom level. */
    private record Key(int laneCount, LaneLayout.Metrics metrics, double rightLimit) {
    }

    /** Layouts of recently shown levels, most recent last: they hold for {@link #key} only. */
    private final Map<Integer, LaneLayout.Level> levels = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Integer, LaneLayout.Level> eldest) {
            return size() > KEPT;
        }
    };
    private Key key;
    /** The level drawn last. */
    private int shown = NONE;
    /** The jump target that {@link #animationLevel} was chosen for, or null when not animating. */
    private TimeRange animatedTo;
    private int animationLevel;
    /** The level a gesture holds the lanes at while it goes on, or {@link #NONE}. */
    private int held = NONE;

    /**
     * The layout for a frame at scale {@code s}: one per level rather than per scale, so that zooming within a
     * level and every pan reuse it, laid out lazily only as far right as has been shown.
     *
     * @param jumpTarget where a running jump ends, or {@code null}
     */
    LaneLayout.Level levelFor(EventIndex events, TimeScale s, int laneCount, LaneLayout.Metrics m,
                              TimeRange jumpTarget) {
        TimeRange limits = s.limits();
        Key now = new Key(laneCount, m, limits == null ? Double.MAX_VALUE / 4 : limits.end());
        if (!now.equals(key)) {
            levels.clear();
            key = now;
        }
        int level = Math.max(LaneLayout.levelOf(s.daysPerPixel()), animationLevel(s, jumpTarget));
        if (held != NONE) {
            level = Math.max(level, held);
            held = level;
        }
        shown = level;
        return levels.computeIfAbsent(level, l -> LaneLayout.level(events, LaneLayout.levelDaysPerPixel(l),
                laneCount, m, now.rightLimit()));
    }

    /**
     * The level a jump draws with, or {@link #NONE} without one. A jump passes through many levels in its 300 ms,
     * and with a layout for each, labels would hop from lane to lane all the way. Instead every frame uses the
     * coarser of the level shown before the jump and the target's: a coarser level's layout never overlaps at a
     * finer scale, and every frame lies between the two, so the labels glide and settle into their final lanes
     * once, at the end of a zoom in (at the start of a zoom out).
     */
    private int animationLevel(TimeScale s, TimeRange target) {
        if (target == null) {
            animatedTo = null;
            return NONE;
        }
        if (!target.equals(animatedTo)) {
            animatedTo = target;
            animationLevel = Math.max(shown, LaneLayout.levelOf(target.length() / Math.max(1, s.width())));
        }
        return animationLevel;
    }

    /** A zooming gesture goes on: the lanes stay as they are shown until {@link #release}. */
    void hold() {
        if (held == NONE) {
            held = shown;
        }
    }

    /** The gesture rested: the next frame draws its exact level's lanes. */
    void release() {
        held = NONE;
    }

    /** The events changed from index {@code first} on: every kept layout forgets what that can have moved. */
    void eventsChangedFrom(int first) {
        for (LaneLayout.Level level : levels.values()) {
            level.eventsChangedFrom(first);
        }
    }

    /** Forgets every layout: the labels were measured again. */
    void clear() {
        levels.clear();
    }

    /** The zoom level of the lanes drawn last. */
    int shownLevel() {
        return shown;
    }
}
