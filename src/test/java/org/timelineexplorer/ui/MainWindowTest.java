package org.timelineexplorer.ui;

import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.control.ToggleButton;
import javafx.scene.shape.Line;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Source;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.ui.settings.Setting;
import org.timelineexplorer.ui.settings.UserSettings;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The window with the bundled dataset, used as a student would: eras, search, list, chart, stepping. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {

    private AppState state;
    private UserSettings settings;
    private int total;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        state = new AppState(UiFixture.bundled());
        total = state.getEvents().size();
        settings = UiFixture.freshSettings();
        controller = UiFixture.show(stage, state, settings, 1280, 720);
    }

    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    @SuppressWarnings("unchecked")
    private ListView<TimelineEvent> list(FxRobot robot) {
        return robot.lookup("#event-list").queryAs(ListView.class);
    }

    private TimelineView timeline(FxRobot robot) {
        return robot.lookup("#timeline").queryAs(TimelineView.class);
    }

    /** Waits for the timeline's animated jump to end where {@code condition} holds. */
    private static void settle(java.util.concurrent.Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the timeline did not get there", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Node point(FxRobot robot, String styleClass, int year) {
        return robot.lookup(styleClass).queryAll().stream()
                .filter(n -> n.getAccessibleText().startsWith(year + ":")).findFirst().orElseThrow();
    }

    @Test
    void clickingAnEraShowsItEverywhere(FxRobot robot) {
        Era era = state.getDataset().era("insurgency").orElseThrow();
        robot.clickOn("#era-insurgency");
        settle(() -> era.range().equals(state.getVisibleRange()));

        assertEquals(era.range(), state.getVisibleRange());
        assertEquals(era.range(), timeline(robot).getVisibleRange(), "the timeline moved to the era");
        assertSame(era, timeline(robot).getSelectedEra());
        assertSame(era, state.getSelectedEra());
        assertTrue(robot.lookup("#era-insurgency").queryAs(ToggleButton.class).isSelected());
        assertEquals(era.title(), text(robot, "#detail-title"));
        assertEquals(era.summary(), text(robot, "#detail-text"));
        assertTrue(robot.lookup("#chart-era-shade").query().isVisible(), "the era is shaded on the chart");
        assertEquals("Showing June 2004 – January 2007", text(robot, "#status-range"));

        robot.clickOn("#era-all");
        settle(() -> state.getDataset().overview().equals(state.getVisibleRange()));
        assertNull(state.getSelectedEra());
        assertEquals(state.getDataset().overview(), state.getVisibleRange());
        assertFalse(robot.lookup("#era-insurgency").queryAs(ToggleButton.class).isSelected());
        assertEquals(state.getDataset().title(), text(robot, "#detail-title"));
    }

    @Test
    void searchingNarrowsTheListAndTheCountAndTheListSelects(FxRobot robot) {
        robot.clickOn("#search-field").write("Soleimani");
        WaitForAsyncUtils.waitForFxEvents();

        assertEquals(1, state.getShownEvents().size());
        assertEquals(1, list(robot).getItems().size());
        assertEquals(1, timeline(robot).getEvents().size(), "the timeline shows the one match");
        assertEquals("1 of " + total + " events shown", text(robot, "#status-count"));

        robot.clickOn(robot.lookup("#event-list .list-cell").nth(0).queryAs(Node.class));
        assertTrue(state.getSelectedEvent().title().contains("Soleimani"));
        assertEquals("3 January 2020", text(robot, "#detail-date"));
        String era = state.eraOf(state.getSelectedEvent()).orElseThrow().title();
        assertTrue(text(robot, "#detail-meta").contains(era));

        robot.interact(() -> state.searchTextProperty().set(""));
        assertEquals(total, list(robot).getItems().size());
        assertTrue(state.getSelectedEvent().title().contains("Soleimani"), "clearing the search keeps the selection");
        assertSame(state.getSelectedEvent(), list(robot).getSelectionModel().getSelectedItem());
    }

    @Test
    void hidingACategoryFollowsInTheFilterListAndCount(FxRobot robot) {
        long political = state.getEvents().stream().filter(e -> e.category().equals("political")).count();
        robot.interact(() -> state.getHiddenCategories().add("political"));
        assertEquals((total - political) + " of " + total + " events shown", text(robot, "#status-count"));
        assertEquals(total - political, list(robot).getItems().size());
        @SuppressWarnings("unchecked")
        CheckComboBox<String> filter = robot.lookup("#category-filter").queryAs(CheckComboBox.class);
        assertFalse(filter.getCheckModel().isChecked("political"));
        int categories = state.getDataset().categories().size();
        assertEquals((categories - 1) + " of " + categories + " categories", filter.getTitle());

        robot.interact(() -> filter.getCheckModel().check("political"));
        assertEquals(Set.of(), state.getHiddenCategories());
        assertEquals(total + " of " + total + " events shown", text(robot, "#status-count"));
    }

    @Test
    void theChartShowsTheArticleFigures(FxRobot robot) {
        List<String> annotations = robot.lookup(".chart-annotation").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertEquals(List.of("165,000 troops (2007)", "5,200 troops (2020)"), annotations);
        String point2007 = point(robot, ".chart-line-symbol", 2007).getAccessibleText();
        assertTrue(point2007.startsWith("2007: 165,000 troops\n"), point2007);
        assertTrue(point2007.contains("Source: Congressional Research Service"), point2007);
        assertTrue(text(robot, "#chart-credit").startsWith("Source: Congressional Research Service"));
    }

    @Test
    void selectingOnTheTimelineMovesTheListTheDetailAndTheChart(FxRobot robot) {
        Line marker = robot.lookup("#chart-marker").queryAs(Line.class);
        TimelineView timeline = timeline(robot);
        robot.interact(timeline::requestFocus);
        robot.type(KeyCode.RIGHT);
        TimelineEvent first = state.getSelectedEvent();
        assertSame(timeline.getSelectedEvent(), first, "the timeline selected an event");
        assertSame(first, list(robot).getSelectionModel().getSelectedItem());
        assertEquals(first.title(), text(robot, "#detail-title"));
        assertTrue(marker.isVisible());
        double firstX = marker.getStartX();

        robot.type(KeyCode.END);
        TimelineEvent last = state.getSelectedEvent();
        assertSame(state.getShownEvents().get(state.getShownEvents().size() - 1), last);
        assertSame(last, list(robot).getSelectionModel().getSelectedItem());
        assertTrue(marker.getStartX() > firstX, "the chart marker moved to the later event");
    }

    @Test
    void selectingAnEventMovesTheChartMarkerAndTheList(FxRobot robot) {
        Line marker = robot.lookup("#chart-marker").queryAs(Line.class);
        assertFalse(marker.isVisible());

        robot.clickOn(robot.lookup("#event-list .list-cell").nth(1).queryAs(Node.class));
        assertSame(state.getShownEvents().get(1), state.getSelectedEvent());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(marker.isVisible());
        double firstX = marker.getStartX();

        TimelineEvent soleimani = state.getDataset().event("soleimani-killed").orElseThrow();
        robot.interact(() -> state.setSelectedEvent(soleimani));
        assertSame(soleimani, list(robot).getSelectionModel().getSelectedItem());
        double chartWidth = robot.lookup("#figures-chart").query().getBoundsInLocal().getWidth();
        assertTrue(marker.getStartX() > firstX + chartWidth * 0.4, "the marker moved right to 2020");
        Node eraButton = robot.lookup("#era-" + soleimani.eraId()).query();
        assertTrue(eraButton.getPseudoClassStates().contains(PseudoClass.getPseudoClass("event-era")),
                "the era navigator marks the event's era");
        assertEquals(soleimani.title(), text(robot, "#detail-title"));
    }

    @Test
    void clickingAYearOnTheChartSelectsThatYearsEvent(FxRobot robot) {
        robot.clickOn(point(robot, ".chart-line-symbol", 2011));
        assertEquals("last-us-troops-leave", state.getSelectedEvent().id(), "the one event of 2011");
    }

    @Test
    void nextAndPreviousStepThroughEventsInDateOrder(FxRobot robot) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            robot.clickOn("#next-button");
            seen.add(state.getSelectedEvent().id());
        }
        List<String> inOrder = state.getShownEvents().stream().map(TimelineEvent::id).toList();
        assertEquals(inOrder.subList(0, 4), seen);
        assertTrue(robot.lookup("#previous-button").queryButton().isDisabled() == false);
        robot.clickOn("#previous-button");
        assertEquals(inOrder.get(2), state.getSelectedEvent().id());
        assertEquals(state.getSelectedEvent().title(), text(robot, "#detail-title"));

        robot.interact(state::selectLast);
        assertTrue(robot.lookup("#next-button").queryButton().isDisabled(), "no step past the last event");
        robot.clickOn("#previous-button");
        assertEquals(inOrder.get(inOrder.size() - 2), state.getSelectedEvent().id());
        assertSame(state.getSelectedEvent(), list(robot).getSelectionModel().getSelectedItem());
    }

    @Test
    void theDetailPaneMarksCorrectionsAndFollowsOnlyWebLinks(FxRobot robot) {
        TimelineEvent corrected = state.getEvents().stream().filter(e -> e.correctionNote().isPresent())
                .findFirst().orElseThrow();
        robot.interact(() -> state.setSelectedEvent(corrected));
        assertEquals(corrected.formatDate(Formats.locale()), text(robot, "#detail-date"));
        assertTrue(robot.lookup("#detail-correction").query().isVisible());
        assertEquals(corrected.correctionNote().orElseThrow(), text(robot, "#detail-correction-text"));

        Dataset original = state.getDataset();
        List<TimelineEvent> events = new ArrayList<>(original.events());
        events.add(new TimelineEvent("bad-link", HistoricalDate.parse("2005"), null, "An event with a local link", "",
                "", null, List.of(new Source("Web", URI.create("https://example.org/")),
                new Source("Local file", URI.create("file:///etc/passwd"))), null));
        robot.interact(() -> {
            state.setDataset(new Dataset(original.title(), original.summary(), original.credit(), original.eras(),
                    events, original.series()));
            state.setSelectedEvent(state.getDataset().event("bad-link").orElseThrow());
        });
        assertFalse(robot.lookup("#detail-correction").query().isVisible());
        List<Hyperlink> links = List.copyOf(robot.lookup("#detail-sources .hyperlink").queryAllAs(Hyperlink.class));
        assertEquals(2, links.size());
        assertTrue(links.stream().anyMatch(l -> l.getText().equals("Web") && !l.isDisabled()));
        assertTrue(links.stream().anyMatch(l -> l.getText().equals("Local file") && l.isDisabled()),
                "a file: link is not followed");
    }

    @Test
    void theSeriesTogglesChooseTheFiguresAndAreRemembered(FxRobot robot) {
        robot.clickOn("#series-us-deaths");
        assertTrue(robot.lookup(".chart-bar").tryQuery().isPresent(), "deaths are drawn as bars");
        assertTrue(robot.lookup(".chart-line-symbol").tryQuery().isEmpty());
        assertTrue(text(robot, "#chart-credit").startsWith("Source: iCasualties.org"));
        assertEquals(List.of("904 deaths (2007)"), robot.lookup(".chart-annotation").queryAllAs(Label.class).stream()
                .map(Label::getText).toList());
        assertEquals("us-deaths", settings.get(Setting.text("chart.series")).orElseThrow());
    }

    @Test
    void theListIsTheKeyboardWayThrough(FxRobot robot) {
        robot.clickOn(robot.lookup("#event-list .list-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.DOWN, 2);
        assertSame(state.getShownEvents().get(2), state.getSelectedEvent());
        assertEquals(state.getShownEvents().get(2).title(), text(robot, "#detail-title"));
    }

    @Test
    void helpAboutNamesTheSourcesAndTheLicence(FxRobot robot) throws IOException {
        robot.interact(() -> controller.menu().helpMenu().getItems().get(0).fire());
        TextArea about = robot.lookup("#about-text").queryAs(TextArea.class);
        assertTrue(about.getText().contains("Iraq Body Count"));
        assertTrue(about.getText().contains(Files.readString(Path.of("LICENSE"))), "the whole licence is shown");
        robot.clickOn("Close");
        assertTrue(robot.lookup("#about-text").tryQuery().isEmpty());
    }
}
