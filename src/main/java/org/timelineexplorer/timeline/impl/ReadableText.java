package org.timelineexplorer.timeline.impl;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.TextAlignment;

/**
 * Text on a canvas that may be drawn mirrored, as the timeline is where time runs right to left: there each string is
 * written unmirrored with its alignment turned about, so that a label laid out to start at {@code x} ends there
 * instead and reads on the other side of its mark, and a centred one stays centred. Painters lay out along time as
 * ever and write through this.
 */
final class ReadableText {

    private ReadableText() {
    }

    /** {@code g.fillText(text, x, y)} on a canvas whose x runs mirrored when {@code mirrored}. */
    static void fill(GraphicsContext g, String text, double x, double y, boolean mirrored) {
        if (!mirrored) {
            g.fillText(text, x, y);
            return;
        }
        TextAlignment align = g.getTextAlign();
        g.save();
        // Undo the mirror about x alone: the glyphs run left to right again from there.
        g.translate(x, 0);
        g.scale(-1, 1);
        g.setTextAlign(switch (align) {
            case LEFT -> TextAlignment.RIGHT;
            case RIGHT -> TextAlignment.LEFT;
            default -> align;
        });
        g.fillText(text, 0, y);
        g.restore();
    }
}
