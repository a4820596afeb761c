package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.timelineexplorer.model.ChartStyle;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.io.SeriesDraft.PointDraft;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The era, series and details forms' drafts: checked by the loader, with its messages where they belong. */
class FormDraftsTest {

    private static final Dataset OPEN = Dataset.empty("Lesson");


    @Test
    void anEraIsReadWithItsPrecisionsAndFillsTheFormBack() {
        Drafts.Checked<Era> checked = new EraDraft("race", "The race to orbit", "Sputnik to Gagarin", "1957-10",
                "1961-04-12", "#0072B2").check(OPEN);
        Era era = checked.value().orElseThrow();
        assertEquals(Map.of(), checked.problems());
        assertEquals(DatePrecision.MONTH, era.start().precision());
        assertEquals(DatePrecision.DAY, era.end().precision());
        assertEquals("Sputnik to Gagarin", era.summary());
        assertEquals(era, EraDraft.of(era).check(OPEN).value().orElseThrow());
    }

    @Test
    void anErasProblemsAreTheLoadersAtTheirFields() {
        Drafts.Checked<Era> badDate = new EraDraft("e", "Age", "", "2003-02-31", "2004", "#0072B2").check(OPEN);
        assertTrue(badDate.value().isEmpty());
        assertEquals(DateMessages.of("2003-02-31"), badDate.problem("start"));
        assertNull(badDate.problem("end"));

        Drafts.Checked<Era> backwards = new EraDraft("e", "Age", "", "2004", "2003", "#0072B2").check(OPEN);
        assertTrue(backwards.problem("end").contains("before the start"), backwards.problems().toString());

        Drafts.Checked<Era> grey = new EraDraft("e", "Age", "", "2003", "2004", "grey").check(OPEN);
        assertTrue(grey.problem("color").contains("#0072B2"), grey.problems().toString());

        Drafts.Checked<Era> untitled = new EraDraft("e", " ", "", "2003", "2004", "#0072B2").check(OPEN);
        assertTrue(untitled.problem("title") != null, untitled.problems().toString());
    }

    @Test
    void anEraIsCheckedInTheTimelinesWayOfNamingYears() {
        Dataset bce = new Dataset("Rome", "", "", List.of(), List.of(), List.of(), EraStyle.BCE_CE);
        Era republic = new EraDraft("rep", "Republic", "", "509 BCE", "27 BCE", "#E69F00").check(bce).value()
                .orElseThrow();
        assertEquals(-509, republic.start().year());
    }

    @Test
    void aSeriesPointsAreRowsCheckedCellByCell() {
        SeriesDraft draft = new SeriesDraft("troops", "US troops in Iraq", "soldiers", ChartStyle.LINE, "DoD",
                "https://www.defense.gov/", List.of(new PointDraft("2003", "150000", "in May", true, false),
                new PointDraft("500 BC", "1.5", "", false, true)), List.of());
        FigureSeries series = draft.check(OPEN).value().orElseThrow();
        assertEquals(List.of(new FigurePoint(2003, 150000, "in May", true, false),
                new FigurePoint(-500, 1.5, null, false, true)), series.points());
        assertEquals("https://www.defense.gov/", series.source().url().toString());
        assertEquals(series, SeriesDraft.of(series).check(OPEN).value().orElseThrow(), "a series fills the form back");

        Drafts.Checked<FigureSeries> bad = new SeriesDraft("troops", "US troops", "", ChartStyle.BAR, "DoD",
                "defense.gov", List.of(new PointDraft("2003", "150000", "", false, false),
                new PointDraft("2003", "-4", "", false, false), new PointDraft("-44", "many", "", false, false)),
                List.of()).check(OPEN);
        assertTrue(bad.value().isEmpty());
        assertNull(bad.problem("points[0]"), "the first row is right");
        assertTrue(bad.problem("points[1].year").contains("appears twice"), bad.problems().toString());
        assertTrue(bad.problem("points[1].value").contains("negative"), bad.problems().toString());
        assertTrue(bad.problem("points[2].year").contains("45 BC") || bad.problem("points[2].year").contains("text"),
                bad.problems().toString());
        assertTrue(bad.problem("points[2].value").contains("\"many\""), bad.problems().toString());
        assertTrue(bad.problem("source.url").contains("web address"), bad.problems().toString());
    }

    @Test
    void theDetailsNeedATitle() {
        Drafts.Checked<Dataset> details = new DetailsDraft("The Space Race", "From Sputnik to the Moon.",
                "Dates: NASA.", EraStyle.BCE_CE).check();
        Dataset dataset = details.value().orElseThrow();
        assertEquals("From Sputnik to the Moon.", dataset.summary());
        assertEquals("Dates: NASA.", dataset.credit());
        assertEquals(EraStyle.BCE_CE, dataset.eraStyle());
        Drafts.Checked<Dataset> untitled = new DetailsDraft("  ", "", "", EraStyle.BC_AD).check();
        assertTrue(untitled.value().isEmpty());
        assertTrue(untitled.problem("title") != null, untitled.problems().toString());
    }
}
