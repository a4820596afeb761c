package org.timelineexplorer.timeline.impl;

import org.timelineexplorer.timeline.TimelineView;

import java.util.List;

/** What a timeline drew in its last frame, for tests outside the skin's package (the window's robot tests). */
public final class DrawnTimeline {

    private DrawnTimeline() {
    }

    private static TimelineViewSkin skin(TimelineView view) {
        return (TimelineViewSkin) view.getSkin();
    }

    /** The axis's texts, main row then context row, each from left to right. */
    public static List<String> axisTexts(TimelineView view) {
        return skin(view).axisTexts();
    }

    /** The time at an x position in the control's coordinates. */
    public static double timeAt(TimelineView view, double x) {
        return skin(view).timeAt(x);
    }

    /** The x of a time in the control's coordinates. */
    public static double xOf(TimelineView view, double epochDay) {
        return skin(view).xOf(epochDay);
    }
}
