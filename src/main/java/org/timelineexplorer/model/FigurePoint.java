package org.timelineexplorer.model;

/**
 * One yearly figure.
 *
 * @param note what the figure is exactly (a point in the year, an average, an authorised level), or {@code null}
 */
public record FigurePoint(int year, double value, String note) {
}
