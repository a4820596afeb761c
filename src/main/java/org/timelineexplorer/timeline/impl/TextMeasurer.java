package org.timelineexplorer.timeline.impl;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

import java.util.Arrays;

/**
 * Measures text widths for one font by adding up the advance of each character, each measured once. Far faster
 * than laying out a {@link Text} per label, which matters with 100,000 event titles; it ignores kerning, so
 * {@link #width} adds a small allowance.
 */
final class TextMeasurer {

    private final Font font;
    private final Text probe = new Text();
    private final float[] widths = new float[Character.MAX_VALUE + 1];

    TextMeasurer(Font font) {
        this.font = font;
        probe.setFont(font);
        Arrays.fill(widths, -1);
    }

    Font font() {
        return font;
    }

    double width(String text) {
        double w = 0;
        for (int i = 0; i < text.length(); i++) {
            w += charWidth(text.charAt(i));
        }
        return Math.ceil(w + font.getSize() * 0.08);
    }

    double charWidth(char c) {
        float w = widths[c];
        if (w < 0) {
            probe.setText(String.valueOf(c));
            w = (float) probe.getLayoutBounds().getWidth();
            widths[c] = w;
        }
        return w;
    }

    /** {@code text} shortened with an ellipsis to fit {@code maxWidth}, or unchanged when it fits. */
    String elide(String text, double maxWidth) {
        if (width(text) <= maxWidth) {
            return text;
        }
        double budget = maxWidth - charWidth('…') - font.getSize() * 0.08;
        double w = 0;
        int end = 0;
        while (end < text.length() && w + charWidth(text.charAt(end)) <= budget) {
            w += charWidth(text.charAt(end));
            end++;
        }
        return text.substring(0, end).stripTrailing() + "…";
    }
}
