package org.timelineexplorer.timeline.impl;

import javafx.scene.canvas.GraphicsContext;

/** The time axis along the top: a context row (years, months), a row of labels with their ticks, grid lines. */
final class AxisPainter {

    private AxisPainter() {
    }

    static void paint(GraphicsContext g, AxisLayout.Axis axis, Drawn drawn, Palette palette, Lettering type) {
        Geometry geo = drawn.geometry;
        double row = geo.row();
        // Lines as one-pixel rectangles: filling a rectangle is a fast path where stroking is not.
        // Grid lines and the context row's ticks stop short of the main row so that no line crosses a label.
        double axisBottom = Math.round(row * 2);
        g.setFill(palette.grid());
        for (double x : axis.ticks()) {
            g.fillRect(Math.round(x), axisBottom, 1, geo.height() - axisBottom);
        }
        g.setFill(palette.axis());
        for (double x : axis.contextTicks()) {
            g.fillRect(Math.round(x), 0, 1, row);
        }
        // Short ticks under the text: a label every second or fifth year is as wide as its year.
        double tickTop = Math.round(row * 1.8);
        for (double x : axis.ticks()) {
            g.fillRect(Math.round(x), tickTop, 1, axisBottom - tickTop);
        }
        g.fillRect(0, axisBottom, geo.width(), 1);
        g.setFont(type.bold.font());
        for (AxisLayout.Label l : axis.context()) {
            ReadableText.fill(g, l.text(), l.x(), row / 2, drawn.rightToLeft);
        }
        g.setFont(type.regular.font());
        for (AxisLayout.Label l : axis.labels()) {
            ReadableText.fill(g, l.text(), l.x(), row * 1.5, drawn.rightToLeft);
        }
    }
}
