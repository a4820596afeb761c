package org.timelineexplorer.model;

/**
 * One yearly figure.
 *
 * @param note        what the figure is exactly (a point in the year, an average, an authorised level), or
 *                    {@code null}
 * @param highlighted whether the chart labels this figure, for example because a source the class reads quotes it
 */
public record FigurePoint(int year, double value, String note, boolean highlighted) {

    public FigurePoint(int year, double value, String note) {
        this(year, value, note, false);
    }
}
