package org.timelineexplorer.timeline.impl;

import javafx.geometry.Point2D;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.TimelineView;

/** Where the skin drew things, for robot tests in other packages that click on a timeline as a user would. */
public final class SkinProbe {

    private SkinProbe() {
    }

    /** The centre of {@code era}'s band on {@code view}'s screen, or {@code null} when it is not drawn. */
    public static Point2D eraOnScreen(TimelineView view, Era era) {
        Point2D at = skin(view).locate(era);
        return at == null ? null : view.localToScreen(at);
    }

    /** The centre of {@code event}'s marker on {@code view}'s screen, or {@code null} when it is not drawn. */
    public static Point2D eventOnScreen(TimelineView view, TimelineEvent event) {
        Point2D at = skin(view).locate(event);
        return at == null ? null : view.localToScreen(at);
    }

    /** A point on {@code era}'s band just inside its start or its end, on {@code view}'s screen. */
    public static Point2D eraEdgeOnScreen(TimelineView view, Era era, boolean start) {
        TimelineViewSkin skin = skin(view);
        double x = skin.xOf(start ? era.range().start() : era.range().end());
        double inward = (start ? 2 : -2) * (view.isTimeRightToLeft() ? -1 : 1);
        return view.localToScreen(x + inward, skin.locate(era).getY());
    }

    /** The point at {@code epochDay} on {@code view}'s screen, low in the lanes, where no band is. */
    public static Point2D timeOnScreen(TimelineView view, double epochDay) {
        TimelineViewSkin skin = skin(view);
        return view.localToScreen(skin.xOf(epochDay), skin.overviewPoint(epochDay).getY() - 60);
    }

    private static TimelineViewSkin skin(TimelineView view) {
        return (TimelineViewSkin) view.getSkin();
    }
}
