package org.timelineexplorer.map.impl;

import javafx.scene.paint.Paint;
import org.timelineexplorer.map.MapView;

/** The colours of one frame, read from the control's styleable properties. */
record MapPalette(Paint sea, Paint land, Paint coast, Paint river, Paint border, Paint text, Paint halo,
                  Paint selected, Paint cluster, Paint clusterText, Paint focus) {

    static MapPalette of(MapView v) {
        return new MapPalette(v.seaColorProperty().get(), v.landColorProperty().get(), v.coastColorProperty().get(),
                v.riverColorProperty().get(), v.borderColorProperty().get(), v.textColorProperty().get(),
                v.haloColorProperty().get(),
                v.selectedColorProperty().get(), v.clusterColorProperty().get(),
                v.clusterTextColorProperty().get(), v.focusColorProperty().get());
    }

    double coastWidth() {
        return 1.1;
    }

    double riverWidth() {
        return 1.3;
    }

    double borderWidth() {
        return 0.9;
    }
}
