package org.timelineexplorer.model;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Which figures the window shows is state, kept and tested without a screen. */
class ShownFiguresTest {

    private static FigureSeries series(String id) {
        return new FigureSeries(id, id, "", ChartStyle.LINE, new Source("Example", URI.create("https://example.org/")),
                List.of(new FigurePoint(2003, 1, null)));
    }

    private static final FigureSeries TROOPS = series("troops");
    private static final FigureSeries DEATHS = series("deaths");

    private static Dataset dataset(FigureSeries... series) {
        return new Dataset("Test", "", "", List.of(), List.of(), List.of(series));
    }

    private final AppState state = new AppState(dataset(TROOPS, DEATHS));

    @Test
    void theFirstSeriesIsShownUntilAnotherIsChosen() {
        assertEquals(TROOPS, state.getShownSeries());
        state.setChosenSeriesId("deaths");
        assertEquals(DEATHS, state.getShownSeries());
        state.setChosenSeriesId("no-such-series");
        assertEquals(TROOPS, state.getShownSeries(), "an unknown choice shows the first");
    }

    @Test
    void theChoiceOutlivesAFileWithoutThatSeries() {
        state.setChosenSeriesId("deaths");
        FigureSeries other = series("other");
        state.setDataset(dataset(other));
        assertEquals(other, state.getShownSeries());
        assertEquals("deaths", state.getChosenSeriesId());

        state.setDataset(dataset(TROOPS, DEATHS));
        assertEquals(DEATHS, state.getShownSeries(), "the choice comes back with a file that has it");
        state.setDataset(dataset());
        assertNull(state.getShownSeries(), "a file without figures shows none");
    }

    @Test
    void theFiguresAreShownUntilHidden() {
        assertTrue(state.isFiguresShown());
        state.setFiguresShown(false);
        state.setDataset(dataset(DEATHS));
        assertFalse(state.isFiguresShown(), "opening a file keeps the chart hidden");
    }
}
