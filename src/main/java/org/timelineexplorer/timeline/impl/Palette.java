package org.timelineexplorer.timeline.impl;

import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import org.timelineexplorer.timeline.TimelineView;

/** The colours of one frame, read from the control's styleable properties. */
record Palette(Paint background, Paint axis, Paint grid, Paint text, Paint event, Paint selected, Paint cluster,
               Paint clusterText, Paint focus, Paint spanFill) {

    static Palette of(TimelineView v) {
        Paint background = v.canvasBackgroundProperty().get();
        Paint event = v.eventColorProperty().get();
        return new Palette(background, v.axisColorProperty().get(), v.gridColorProperty().get(),
                v.textColorProperty().get(), event, v.selectedColorProperty().get(), v.clusterColorProperty().get(),
                v.clusterTextColorProperty().get(), v.focusColorProperty().get(), spanFill(background, event));
    }

    /**
     * The inside of an event's bar: the event colour faint on the background, mixed into one opaque colour where
     * both are colours, since blending hundreds of bars is what a software renderer is slowest at.
     */
    private static Paint spanFill(Paint background, Paint event) {
        if (event instanceof Color c) {
            return background instanceof Color bg ? bg.interpolate(c, 0.22) : c.deriveColor(0, 1, 1, 0.22);
        }
        return event;
    }

    /** The background under an era: tinted by its colour, opaque, so that each pixel is painted once. */
    Paint tint(Color era) {
        return background instanceof Color bg ? bg.interpolate(era, 0.07) : background;
    }

    /** The plate behind the selected event, a faint wash of the selection colour. */
    Paint selectedWash() {
        return selected instanceof Color c ? c.deriveColor(0, 1, 1, 0.14) : Color.TRANSPARENT;
    }
}
