package org.timelineexplorer.model;

/** How precisely a historical date is known: the whole of a year, a month, or a single day. */
public enum DatePrecision {
    YEAR, MONTH, DAY
}
