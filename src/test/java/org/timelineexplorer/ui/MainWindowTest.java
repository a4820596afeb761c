package org.timelineexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ToggleButton;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimelineEvent;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window used as a student would: clicking eras, searching, stepping, reading the chart. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private AppState state;
    private WindowPreferences prefs;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.dataset());
        prefs = UiFixture.freshPreferences();
        UiFixture.show(stage, state, prefs, 1280, 720);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<TimelineEvent> list(FxRobot robot) {
        return robot.lookup("#event-list").queryAs(ListView.class);
    }

    @Test
    void clickingAnEraShowsItEverywhere(FxRobot robot) {
        Era era = state.getDataset().era("insurgency").orElseThrow();
        robot.clickOn("#era-insurgency");

        assertEquals(era.range(), state.getVisibleRange());
        assertSame(era, state.getSelectedEra());
        assertTrue(robot.lookup("#era-insurgency").queryAs(ToggleButton.class).isSelected());
        assertEquals("Insurgency and sectarian war", text(robot, "#detail-title"));
        assertEquals(era.summary(), text(robot, "#detail-text"));
        assertTrue(robot.lookup("#chart-era-shade").query().isVisible(), "the era is shaded on the chart");
        assertEquals("Showing June 2004 – January 2007", text(robot, "#status-range"));

        robot.clickOn("#era-all");
        assertNull(state.getSelectedEra());
        assertEquals(state.getDataset().span(), state.getVisibleRange());
        assertFalse(robot.lookup("#era-insurgency").queryAs(ToggleButton.class).isSelected());
        assertEquals(state.getDataset().title(), text(robot, "#detail-title"));
    }

    @Test
    void searchingNarrowsTheListAndTheCountAndTheListSelects(FxRobot robot) {
        robot.clickOn("#search-field").write("Soleimani");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, state.getShownEvents().size());
        assertEquals(1, list(robot).getItems().size());
        assertEquals("1 of 9 events shown", text(robot, "#status-count"));

        robot.clickOn(robot.lookup("#event-list .list-cell").nth(0).queryAs(Node.class));
        assertTrue(state.getSelectedEvent().title().contains("Soleimani"));
        assertEquals("3 January 2020", text(robot, "#detail-date"));
        assertTrue(text(robot, "#detail-meta").contains("Protests and escalation"));

        robot.interact(() -> state.searchTextProperty().set(""));
        assertEquals(9, list(robot).getItems().size());
        assertTrue(state.getSelectedEvent().title().contains("Soleimani"), "clearing the search keeps the selection");
        assertSame(state.getSelectedEvent(), list(robot).getSelectionModel().getSelectedItem());
    }

    @Test
    void hidingACategoryFollowsInTheFilterListAndCount(FxRobot robot) {
        robot.interact(() -> state.getHiddenCategories().add("politics"));
        assertEquals("6 of 9 events shown", text(robot, "#status-count"));
        assertEquals(6, list(robot).getItems().size());
        @SuppressWarnings("unchecked")
        org.controlsfx.control.CheckComboBox<String> filter =
                robot.lookup("#category-filter").queryAs(org.controlsfx.control.CheckComboBox.class);
        assertFalse(filter.getCheckModel().isChecked("politics"));
        assertEquals("1 of 2 categories", filter.getTitle());

        robot.interact(() -> filter.getCheckModel().check("politics"));
        assertEquals(Set.of(), state.getHiddenCategories());
        assertEquals("9 of 9 events shown", text(robot, "#status-count"));
    }

    @Test
    void theChartLabelsTheArticleFigures(FxRobot robot) {
        List<String> annotations = robot.lookup(".chart-annotation").queryAllAs(Label.class).stream()
                .map(Label::getText).collect(Collectors.toList());
        assertEquals(List.of("165,000 troops (2007)", "5,200 troops (2020)"), annotations);
        Node point2007 = robot.lookup(".chart-line-symbol").queryAll().stream()
                .filter(n -> n.getAccessibleText().startsWith("2007:")).findFirst().orElseThrow();
        assertTrue(point2007.getAccessibleText().startsWith("2007: 165,000 troops"), point2007.getAccessibleText());
        assertTrue(point2007.getAccessibleText().contains("Source: Congressional Research Service"));
        assertEquals("Source: Congressional Research Service", text(robot, "#chart-credit"));
    }

    @Test
    void selectingAnEventMovesTheChartMarkerAndTheList(FxRobot robot) {
        Line marker = robot.lookup("#chart-marker").queryAs(Line.class);
        assertFalse(marker.isVisible());

        robot.clickOn(robot.lookup("#event-list .list-cell").nth(1).queryAs(Node.class));
        TimelineEvent first = state.getSelectedEvent();
        assertEquals("abu-ghraib", first.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(marker.isVisible());
        double firstX = marker.getStartX();

        TimelineEvent other = state.getDataset().event("withdrawal").orElseThrow();
        robot.interact(() -> state.setSelectedEvent(other));
        assertSame(other, list(robot).getSelectionModel().getSelectedItem());
        assertTrue(marker.getStartX() > firstX + 50, "the marker moved right to 2011");
        assertEquals("The last US troops leave", text(robot, "#detail-title"));
    }

    @Test
    void clickingAYearOnTheChartSelectsThatYearsEvent(FxRobot robot) {
        Node point2011 = robot.lookup(".chart-line-symbol").queryAll().stream()
                .filter(n -> n.getAccessibleText().startsWith("2011:")).findFirst().orElseThrow();
        robot.clickOn(point2011);
        assertEquals("withdrawal", state.getSelectedEvent().id());
    }

    @Test
    void nextAndPreviousStepThroughEventsInDateOrder(FxRobot robot) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            robot.clickOn("#next-button");
            seen.add(state.getSelectedEvent().id());
        }
        List<String> inOrder = state.getShownEvents().stream().map(TimelineEvent::id).toList();
        assertEquals(inOrder, seen);
        assertTrue(robot.lookup("#next-button").queryButton().isDisabled(), "no step past the last event");
        robot.clickOn("#previous-button");
        assertEquals(inOrder.get(7), state.getSelectedEvent().id());
        assertEquals(state.getSelectedEvent().title(), text(robot, "#detail-title"));
    }

    @Test
    void theDetailPaneMarksCorrectionsAndFollowsOnlyWebLinks(FxRobot robot) {
        robot.interact(() -> state.setSelectedEvent(state.getDataset().event("fallujah-2").orElseThrow()));
        assertEquals("November – December 2004", text(robot, "#detail-date"));
        assertTrue(robot.lookup("#detail-correction").query().isVisible());
        assertTrue(text(robot, "#detail-correction-text").contains("dates this battle to 2005"));

        robot.interact(() -> state.setSelectedEvent(state.getDataset().event("surge-announced").orElseThrow()));
        assertFalse(robot.lookup("#detail-correction").query().isVisible());
        List<Hyperlink> links = robot.lookup("#detail-sources .hyperlink").queryAllAs(Hyperlink.class).stream().toList();
        assertEquals(2, links.size());
        assertTrue(links.stream().anyMatch(l -> l.getText().equals("BBC News") && !l.isDisabled()));
        assertTrue(links.stream().anyMatch(l -> l.getText().equals("Bad link") && l.isDisabled()),
                "a file: link is not followed");
    }

    @Test
    void theSeriesTogglesChooseTheFiguresAndAreRemembered(FxRobot robot) {
        robot.clickOn("#series-us-deaths");
        assertTrue(robot.lookup(".chart-bar").tryQuery().isPresent(), "deaths are drawn as bars");
        assertTrue(robot.lookup(".chart-line-symbol").tryQuery().isEmpty());
        assertEquals("Source: iCasualties.org", text(robot, "#chart-credit"));
        assertEquals(List.of("904 deaths (2007)"), robot.lookup(".chart-annotation").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertEquals("us-deaths", prefs.series().orElseThrow());
        assertNotEquals(0, robot.lookup(".chart-bar").queryAll().size());
    }
}
