package org.timelineexplorer.model;

/**
 * One yearly figure.
 *
 * @param note        what the figure is exactly (a count in which month, an authorised level), or {@code null}
 * @param highlighted whether the chart labels this figure, for example because a source the class reads quotes it
 * @param announced   whether the figure is a level a government authorised or announced rather than a count of
 *                    what was there (US troops in Iraq after 2014): the chart draws it dashed
 * @param extras      the fields of the file's point the app does not know, kept for saving
 */
public record FigurePoint(int year, double value, String note, boolean highlighted, boolean announced,
                          Extras extras) {

    public FigurePoint {
        extras = Extras.orNone(extras);
    }

    public FigurePoint(int year, double value, String note, boolean highlighted, boolean announced) {
        this(year, value, note, highlighted, announced, Extras.NONE);
    }

    public FigurePoint(int year, double value, String note, boolean highlighted) {
        this(year, value, note, highlighted, false);
    }

    public FigurePoint(int year, double value, String note) {
        this(year, value, note, false, false);
    }
}
