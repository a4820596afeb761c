package org.timelineexplorer.quiz;

import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.ChartStyle;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimelineEvent;

import java.net.URI;
import java.util.List;

/** Datasets for the quiz's tests: the bundled one, and a small one with two events of the same date. */
public final class QuizData {

    public static final Era EARLY = new Era("early", "The early years", "", HistoricalDate.ofYear(2000),
            HistoricalDate.ofYear(2004), "#0072B2");
    public static final Era LATE = new Era("late", "The late years", "", HistoricalDate.ofYear(2005),
            HistoricalDate.ofYear(2009), "#E69F00");
    /** Two events on 1 May 2006. */
    public static final TimelineEvent TWIN_A = event("twin-a", HistoricalDate.ofDay(2006, 5, 1), "Twin A", "late");
    public static final TimelineEvent TWIN_B = event("twin-b", HistoricalDate.ofDay(2006, 5, 1), "Twin B", "late");

    private static Dataset bundled;

    private QuizData() {
    }

    public static synchronized Dataset bundled() {
        if (bundled == null) {
            bundled = new DatasetReader().readBundled().dataset().orElseThrow();
        }
        return bundled;
    }

    /** Two eras, six events (two of one date, one of a year, one of a month), one series of five years. */
    public static Dataset small() {
        return new Dataset("Small quiz timeline", "", "Credit", List.of(EARLY, LATE),
                List.of(event("first", HistoricalDate.ofYear(2001), "The first", "early"),
                        event("second", HistoricalDate.ofMonth(2003, 4), "The second", "early"),
                        TWIN_A, TWIN_B,
                        event("fifth", HistoricalDate.ofDay(2008, 2, 10), "The fifth", "late"),
                        event("sixth", HistoricalDate.ofDay(2009, 6, 30), "The sixth", "late")),
                List.of(new FigureSeries("visitors", "Visitors to the museum", "visitors", ChartStyle.LINE,
                        new Source("Museum", URI.create("https://example.org/museum")),
                        List.of(new FigurePoint(2001, 1200, null), new FigurePoint(2002, 4500, null),
                                new FigurePoint(2003, 3000, null), new FigurePoint(2004, 800, null),
                                new FigurePoint(2005, 2100, null)))));
    }

    public static TimelineEvent event(String id, HistoricalDate date, String title, String era) {
        return new TimelineEvent(id, date, null, title, "What happened: " + title + ".", "things", era, List.of(),
                null);
    }
}
