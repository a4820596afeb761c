package org.timelineexplorer.ui;

import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.timelineexplorer.model.AppState;
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
import java.util.UUID;
import java.util.prefs.Preferences;

/** A small dataset shaped like the bundled one, and the window built the way the application builds it. */
public final class UiFixture {

    private UiFixture() {
    }

    public static Dataset dataset() {
        Source bbc = new Source("BBC News", URI.create("https://www.bbc.co.uk/news"));
        Source crs = new Source("Congressional Research Service", URI.create("https://crsreports.congress.gov/"));
        Source ibc = new Source("Iraq Body Count", URI.create("https://www.iraqbodycount.org/"));
        // The bundled dataset's eras, so that the layout is checked with its eight buttons and longest titles.
        List<Era> eras = List.of(
                era("invasion", "Invasion and occupation", "2003-03-20", "2004-06-27", "#0072B2"),
                era("insurgency", "Insurgency and sectarian war", "2004-06-28", "2007-01-09", "#E69F00"),
                era("surge", "The surge", "2007-01-10", "2008-07-31", "#009E73"),
                era("withdrawal", "Agreement and withdrawal", "2008-08-01", "2011-12-18", "#CC79A7"),
                era("between-wars", "Between the wars", "2011-12-19", "2014-06-09", "#56B4E9"),
                era("islamic-state-war", "War against the Islamic State", "2014-06-10", "2017-12-09", "#D55E00"),
                era("protests-escalation", "Protests and escalation", "2017-12-10", "2020-05-06", "#999999"),
                era("drawdown", "Advise, assist and draw down", "2020-05-07", "2026-09-30", "#F0E442"));
        List<TimelineEvent> events = List.of(
                new TimelineEvent("invasion-begins", d("2003-03-20"), null, "The invasion of Iraq begins",
                        "US-led forces attack Iraq.", "military", "invasion", List.of(bbc), null),
                new TimelineEvent("abu-ghraib", d("2004-04"), null, "Abu Ghraib photographs published",
                        "Photographs of abused detainees are published.", "politics", "invasion", List.of(bbc), null),
                new TimelineEvent("fallujah-2", d("2004-11"), d("2004-12"), "Second Battle of Fallujah",
                        "US and Iraqi forces retake Fallujah.", "military", "insurgency", List.of(bbc),
                        "The source article dates this battle to 2005; it was fought in November and December 2004."),
                new TimelineEvent("surge-announced", d("2007-01-10"), null, "The surge is announced",
                        "President Bush orders more than 20,000 extra troops to Iraq.", "politics", "surge",
                        List.of(bbc, new Source("Bad link", URI.create("file:///etc/passwd"))), null),
                new TimelineEvent("surge-peak", d("2007-10"), null, "Troop numbers peak",
                        "About 165,000 US troops are in Iraq.", "military", "surge", List.of(crs), null),
                new TimelineEvent("withdrawal", d("2011-12-18"), null, "The last US troops leave",
                        "The last US combat troops cross into Kuwait.", "military", "withdrawal", List.of(bbc), null),
                new TimelineEvent("isis-mosul", d("2014"), null, "The Islamic State takes Mosul",
                        "The Islamic State seizes Mosul and much of northern Iraq.", "military", "islamic-state-war", List.of(bbc), null),
                new TimelineEvent("soleimani", d("2020-01-03"), null, "US strike kills Qasem Soleimani",
                        "A US drone strike at Baghdad airport kills the Iranian general Qasem Soleimani.",
                        "military", "protests-escalation", List.of(bbc), null),
                new TimelineEvent("expulsion-vote", d("2020-01-05"), null, "Parliament votes to expel US troops",
                        "Iraq's parliament passes a non-binding resolution.", "politics", "protests-escalation", List.of(bbc), null));
        List<FigureSeries> series = List.of(
                new FigureSeries("us-troops", "US troops in Iraq", "troops", ChartStyle.LINE, crs, List.of(
                        new FigurePoint(2003, 150000, "March to June 2003."),
                        new FigurePoint(2005, 160000, null),
                        new FigurePoint(2007, 165000, "The surge plateau (the figure in the source article)."),
                        new FigurePoint(2009, 130000, null),
                        new FigurePoint(2011, 45000, null),
                        new FigurePoint(2012, 0, null),
                        new FigurePoint(2015, 3500, null),
                        new FigurePoint(2017, 5200, null),
                        new FigurePoint(2020, 5200, "About 5,200, the source article's figure."),
                        new FigurePoint(2025, 2500, null))),
                new FigureSeries("us-deaths", "US military deaths", "deaths", ChartStyle.BAR,
                        new Source("iCasualties.org", URI.create("https://icasualties.org/")), List.of(
                        new FigurePoint(2003, 486, null), new FigurePoint(2004, 849, null),
                        new FigurePoint(2005, 846, null), new FigurePoint(2006, 823, null),
                        new FigurePoint(2007, 904, "The deadliest year."), new FigurePoint(2008, 314, null),
                        new FigurePoint(2009, 149, null), new FigurePoint(2010, 60, null),
                        new FigurePoint(2011, 54, null))),
                new FigureSeries("iraqi-civilian-deaths", "Iraqi civilian deaths", "deaths", ChartStyle.BAR, ibc,
                        List.of(new FigurePoint(2003, 12133, null), new FigurePoint(2006, 29526, null),
                                new FigurePoint(2007, 26112, null), new FigurePoint(2014, 20218, null),
                                new FigurePoint(2020, 849, null))));
        return new Dataset("United States and Iraq since 2003", "From the invasion of 2003 to the crisis of 2020.",
                "Figures: CRS, iCasualties.org, Iraq Body Count.", eras, events, series);
    }

    private static Era era(String id, String title, String start, String end, String color) {
        return new Era(id, title, "The era of " + title.toLowerCase(java.util.Locale.ROOT) + ", from " + start
                + " to " + end + ", told in a sentence or two for the class.", d(start), d(end), color);
    }

    private static HistoricalDate d(String text) {
        return HistoricalDate.parse(text);
    }

    /** A preferences node of its own, so that tests never share or keep state. */
    public static WindowPreferences freshPreferences() {
        return new WindowPreferences(Preferences.userRoot().node("org/timelineexplorer-test/" + UUID.randomUUID()));
    }

    /** The main window for {@code state}, in a scene of the given size with the app's stylesheet, shown. */
    public static MainWindowController show(Stage stage, AppState state, WindowPreferences prefs,
                                            double width, double height) {
        ViewLoader.View<MainWindowController> view = new ViewLoader(state).loadView("MainWindow.fxml");
        view.controller().usePreferences(prefs);
        Scene scene = new Scene(view.root(), width, height);
        scene.getStylesheets().add(ViewLoader.class.getResource("app.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
        return view.controller();
    }

    public static Parent root(Stage stage) {
        return stage.getScene().getRoot();
    }
}
