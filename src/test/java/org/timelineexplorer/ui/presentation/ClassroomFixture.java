package org.timelineexplorer.ui.presentation;

import org.timelineexplorer.model.ChartStyle;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.net.URI;
import java.util.List;

/** A small dataset built in Java: two eras, eight events, one with a correction note, and one yearly series. */
public final class ClassroomFixture {

    public static final Era INVASION = new Era("invasion", "Invasion and occupation",
            "A US-led coalition invades Iraq and removes Saddam Hussein's government.",
            HistoricalDate.ofMonth(2003, 3), HistoricalDate.ofMonth(2003, 12), "#0072B2");
    public static final Era INSURGENCY = new Era("insurgency", "Insurgency",
            "Fighting spreads as insurgent groups attack coalition forces and each other.",
            HistoricalDate.ofYear(2004), HistoricalDate.ofYear(2006), "#E69F00");

    private ClassroomFixture() {
    }

    public static Dataset dataset() {
        return new Dataset("Fixture: the United States and Iraq", "For tests", "Test credit",
                List.of(INSURGENCY, INVASION),
                List.of(
                        event("invasion-starts", HistoricalDate.ofDay(2003, 3, 20), "The invasion begins",
                                "Coalition forces cross into Iraq.", "military", "invasion", null),
                        event("baghdad", HistoricalDate.ofMonth(2003, 4), "Baghdad falls",
                                "US forces take control of Baghdad.", "military", "invasion", null),
                        event("mission", HistoricalDate.ofDay(2003, 5, 1), "End of major combat announced",
                                "President Bush says major combat operations have ended.", "politics", "invasion",
                                "The source gives 1 March; the speech was on 1 May 2003."),
                        event("no-wmd", HistoricalDate.ofDay(2003, 10, 2), "No weapons of mass destruction found",
                                "A US report says no such weapons have been found.", "politics", "invasion", null),
                        event("saddam", HistoricalDate.ofDay(2003, 12, 13), "Saddam Hussein captured",
                                "He is found near Tikrit.", "military", "invasion", null),
                        event("abu-ghraib", HistoricalDate.ofMonth(2004, 4), "Abu Ghraib images published",
                                "Images of abuse of prisoners shock the world.", "politics", "insurgency", null),
                        event("fallujah", HistoricalDate.ofMonth(2004, 11), "Second battle of Fallujah",
                                "US and Iraqi troops attack Fallujah.", "military", "insurgency", null),
                        event("samarra", HistoricalDate.ofMonth(2006, 2), "Samarra mosque bombed",
                                "Sectarian killings follow; Fallujah and Baghdad see fighting.", "military",
                                "insurgency", null)),
                List.of(new FigureSeries("us-troops", "US troops in Iraq", "troops", ChartStyle.LINE,
                        new Source("Test source", URI.create("https://example.org/troops")),
                        List.of(new FigurePoint(2003, 150000, null), new FigurePoint(2004, 130000, null),
                                new FigurePoint(2005, 160000, null), new FigurePoint(2006, 140000, null)))));
    }

    private static TimelineEvent event(String id, HistoricalDate start, String title, String text, String category,
                                       String era, String note) {
        return new TimelineEvent(id, start, null, title, text, category, era, List.of(), note);
    }
}
