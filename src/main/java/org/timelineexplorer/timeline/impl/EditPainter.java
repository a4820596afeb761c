package org.timelineexplorer.timeline.impl;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.timelineexplorer.color.Contrast;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimeScale;

import java.util.Locale;

/**
 * What edit mode adds to a frame: grips on the era bands' edges, which say they can be dragged, and while a drag is
 * under way where it would drop: the event or the era at its new dates, a line at the moving date and that date
 * written beside it, so a teacher sees "May 2003" before letting go.
 */
final class EditPainter {

    private static final double GRIP_WIDTH = 3;
    private static final double GUIDE_WIDTH = 2;

    private EditPainter() {
    }

    /** A grip on each edge of each era band in view. */
    static void paintGrips(GraphicsContext g, EraList eras, Drawn drawn) {
        TimeScale scale = drawn.scale;
        Geometry geo = drawn.geometry;
        double h = (geo.eraBottom() - geo.eraTop()) * 0.5;
        double top = (geo.eraTop() + geo.eraBottom()) / 2 - h / 2;
        for (int i = 0; i < eras.size(); i++) {
            TimeRange r = eras.era(i).range();
            Color c = eras.color(i);
            g.setFill(Contrast.blackReadsBetter(c.getRed(), c.getGreen(), c.getBlue()) ? Color.BLACK : Color.WHITE);
            for (double x : new double[] {scale.timeToX(r.start()) + GRIP_WIDTH, scale.timeToX(r.end())
                    - 2 * GRIP_WIDTH}) {
                if (x >= 0 && x <= geo.width() - GRIP_WIDTH) {
                    g.fillRect(x, top, GRIP_WIDTH, h);
                }
            }
        }
    }

    /** Where {@code drag} would drop now. */
    static void paintDrag(GraphicsContext g, EditDrag drag, Drawn drawn, Palette palette, Lettering type,
                          Locale locale, EraStyle style) {
        TimeScale scale = drawn.scale;
        Geometry geo = drawn.geometry;
        TimeRange range = drag.range();
        double x0 = scale.timeToX(range.start());
        double x1 = scale.timeToX(range.end());
        Paint mark = palette.selected();
        double cy;
        double guideX;
        if (drag.kind() == EditDrag.Kind.EVENT) {
            cy = drag.y();
            guideX = x0;
            double barH = Math.round(geo.laneHeight() * 0.72);
            g.setFill(palette.selectedWash());
            g.fillRect(x0, cy - barH / 2, Math.max(x1 - x0, drawn.metrics.minBarWidth()), barH);
            g.setStroke(mark);
            g.setLineWidth(GUIDE_WIDTH);
            g.strokeRect(x0, cy - barH / 2, Math.max(x1 - x0, drawn.metrics.minBarWidth()), barH);
        } else {
            double top = geo.eraTop();
            double bandH = geo.eraBottom() - top;
            g.setStroke(mark);
            g.setLineWidth(3);
            g.strokeRect(x0 + 1.5, top + 1.5, x1 - x0 - 3, bandH - 3);
            guideX = drag.kind() == EditDrag.Kind.ERA_START ? x0 : x1;
            cy = geo.lanesTop() + geo.laneHeight() / 2;
        }
        g.setFill(mark);
        // On whole pixels, so the line is crisp rather than two pale half-covered columns.
        g.fillRect(Math.round(guideX) - GUIDE_WIDTH / 2, geo.eraTop(), GUIDE_WIDTH, geo.height() - geo.eraTop());
        paintDateLabel(g, drag, guideX, cy, drawn, palette, type, locale, style);
    }

    /**
     * The moving date, on a plate beside the guide line: after it in time (right of it, or left where time runs right
     * to left), or before it where the edge of the view is too near.
     */
    private static void paintDateLabel(GraphicsContext g, EditDrag drag, double guideX, double cy, Drawn drawn,
                                       Palette palette, Lettering type, Locale locale, EraStyle style) {
        Geometry geo = drawn.geometry;
        HistoricalDate date = drag.movingDate();
        String text = drag.kind() == EditDrag.Kind.EVENT
                ? HistoricalDate.formatRange(drag.movedEvent().start(), drag.movedEvent().end(), locale, style)
                : date.format(locale, style);
        double pad = geo.fontSize() * 0.4;
        double w = type.bold.width(text) + 2 * pad;
        double h = geo.laneHeight();
        double left = guideX + GUIDE_WIDTH + 2;
        if (left + w > geo.width()) {
            left = guideX - GUIDE_WIDTH - 2 - w;
        }
        double top = cy - h / 2 - (drag.kind() == EditDrag.Kind.EVENT ? h : 0);
        g.setFill(palette.background());
        g.fillRect(left, top, w, h);
        g.setStroke(palette.selected());
        g.setLineWidth(GUIDE_WIDTH);
        g.strokeRect(left, top, w, h);
        g.setFill(palette.text());
        g.setFont(type.bold.font());
        g.setTextBaseline(VPos.CENTER);
        ReadableText.fill(g, text, left + pad, top + h / 2, drawn.rightToLeft);
        g.setFont(type.regular.font());
    }
}
