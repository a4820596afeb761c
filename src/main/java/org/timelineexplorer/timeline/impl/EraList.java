package org.timelineexplorer.timeline.impl;

import javafx.scene.paint.Color;
import org.timelineexplorer.model.Era;

import java.util.Comparator;
import java.util.List;

/** The eras in date order with their colours parsed once, for the bands, the tints and the overview. */
final class EraList {

    private Era[] eras = new Era[0];
    private Color[] colors = new Color[0];

    void reset(List<Era> list) {
        eras = list.stream().sorted(Comparator.comparingDouble(e -> e.range().start())).toArray(Era[]::new);
        colors = new Color[eras.length];
        for (int i = 0; i < eras.length; i++) {
            colors[i] = parse(eras[i].color());
        }
    }

    int size() {
        return eras.length;
    }

    Era era(int i) {
        return eras[i];
    }

    Color color(int i) {
        return colors[i];
    }

    int indexOf(Era era) {
        for (int i = 0; i < eras.length; i++) {
            if (eras[i].equals(era)) {
                return i;
            }
        }
        return -1;
    }

    private static Color parse(String css) {
        try {
            return Color.web(css);
        } catch (IllegalArgumentException e) {
            return Color.GRAY;
        }
    }
}
