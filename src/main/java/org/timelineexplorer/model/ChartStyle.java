package org.timelineexplorer.model;

/** How a figure series is best shown: a level over time as a line, a count per year as bars. */
public enum ChartStyle {
    LINE, BAR
}
