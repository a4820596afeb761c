package org.timelineexplorer.timeline;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import org.timelineexplorer.css.CssProperties;

import java.util.List;

import static org.timelineexplorer.css.CssProperties.paint;

/** The CSS properties of {@link TimelineView}: its label font and the colours its canvas paints with. */
final class TimelineCss {

    static final CssMetaData<TimelineView, Font> LABEL_FONT =
            CssProperties.font("-te-label-font", Font.font(15), TimelineView::labelFontProperty);
    static final CssMetaData<TimelineView, Paint> BACKGROUND =
            paint("-te-background", TimelineView::canvasBackgroundProperty);
    static final CssMetaData<TimelineView, Paint> AXIS_COLOR = paint("-te-axis-color", TimelineView::axisColorProperty);
    static final CssMetaData<TimelineView, Paint> GRID_COLOR = paint("-te-grid-color", TimelineView::gridColorProperty);
    static final CssMetaData<TimelineView, Paint> TEXT_COLOR = paint("-te-text-color", TimelineView::textColorProperty);
    static final CssMetaData<TimelineView, Paint> EVENT_COLOR =
            paint("-te-event-color", TimelineView::eventColorProperty);
    static final CssMetaData<TimelineView, Paint> SELECTED_COLOR =
            paint("-te-selected-color", TimelineView::selectedColorProperty);
    static final CssMetaData<TimelineView, Paint> CLUSTER_COLOR =
            paint("-te-cluster-color", TimelineView::clusterColorProperty);
    static final CssMetaData<TimelineView, Paint> CLUSTER_TEXT_COLOR =
            paint("-te-cluster-text-color", TimelineView::clusterTextColorProperty);
    static final CssMetaData<TimelineView, Paint> FOCUS_COLOR =
            paint("-te-focus-color", TimelineView::focusColorProperty);

    static final List<CssMetaData<? extends Styleable, ?>> ALL = CssProperties.after(Control.getClassCssMetaData(),
            List.of(LABEL_FONT, BACKGROUND, AXIS_COLOR, GRID_COLOR, TEXT_COLOR, EVENT_COLOR,
            SELECTED_COLOR, CLUSTER_COLOR, CLUSTER_TEXT_COLOR, FOCUS_COLOR));

    private TimelineCss() {
    }

    /** A colour of {@code view}'s, set by {@code meta}'s CSS property, {@code initial} until it is. */
    static StyleableObjectProperty<Paint> colour(TimelineView view, CssMetaData<TimelineView, Paint> meta,
                                                 String name, Paint initial) {
        return new SimpleStyleableObjectProperty<>(meta, view, name, initial);
    }
}
