package org.timelineexplorer.ui;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.Place;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.timeline.impl.SkinProbe;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A teacher builds a timeline with the forms, mostly from the keyboard: a new timeline with its details, two eras
 * (one with a date typed wrong), two events (one with a place typed wrong, and a picture), a figures series whose
 * points she then edits; each step undone and redone; then saved, opened again and compared field by field.
 */
@ExtendWith(ApplicationExtension.class)
class FormsWindowTest {

    @TempDir
    Path folder;

    private final AppState state = new AppState(UiFixture.bundled());
    private Stage stage;
    private MainWindowController controller;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        controller = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    @AfterEach
    void closeDialogs(FxRobot robot) {
        UiFixture.closeDialogs(robot, stage);
    }

    /** Waits for the form to open; what is typed from then on goes to it. */
    private void waitFor(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(stageOf(robot, query));
    }

    private void waitGone(FxRobot robot, String query) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        robot.targetWindow(stage);
    }

    /** Types over what the field holds, as a teacher who clicks into it and selects all. */
    private void type(FxRobot robot, String field, String text) {
        TextInputControl input = robot.lookup(field).queryAs(TextInputControl.class);
        robot.clickOn(input);
        robot.interact(input::selectAll);
        robot.write(text);
    }

    /** Types into the field that has the focus, then Tab to the next. */
    private void typeAndTab(FxRobot robot, String text) {
        robot.write(text);
        robot.push(KeyCode.TAB);
    }

    private void menu(FxRobot robot, String item) {
        robot.clickOn("#edit-menu").clickOn(item);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private Button ok(FxRobot robot, String form) {
        return (Button) robot.lookup(form).queryAs(DialogPane.class).lookupButton(ButtonType.OK);
    }

    private String problem(FxRobot robot, String id) {
        Label label = robot.lookup(id).queryAs(Label.class);
        return label.isVisible() ? label.getText() : null;
    }


    @Test
    void aTeacherBuildsATimelineInTheFormsAndItComesBackFromItsFile(FxRobot robot) throws Exception {
        List<Dataset> steps = new ArrayList<>();

        // A new timeline: the details form, its title first, Tab to the summary, Ctrl+Enter for OK.
        robot.clickOn("#timeline");
        robot.push(KeyCode.CONTROL, KeyCode.N);
        waitFor(robot, "#new-timeline-dialog");
        robot.write("Our class timeline"); // the suggested title is selected: typing replaces it
        robot.push(KeyCode.TAB);
        robot.write("The invasion of Iraq and after.");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        waitGone(robot, "#new-timeline-dialog");
        assertEquals("Our class timeline", robot.lookup("#dataset-title").queryLabeled().getText());
        assertEquals("The invasion of Iraq and after.", state.getDataset().summary());
        steps.add(state.getDataset());

        // The first era, from the keyboard alone: Name, Start, End, then Enter.
        menu(robot, "#add-era-item");
        waitFor(robot, "#era-form");
        typeAndTab(robot, "The invasion");
        typeAndTab(robot, "2003-03-20");
        robot.write("2003-05");
        robot.push(KeyCode.ENTER);
        waitGone(robot, "#era-form");
        Era invasion = state.getDataset().eras().get(0);
        assertEquals("The invasion", invasion.title());
        assertEquals(DatePrecision.MONTH, invasion.end().precision());
        assertEquals("the-invasion", invasion.id());
        steps.add(state.getDataset());

        // The second: a date that does not exist gets the loader's message, and OK (and Enter) is refused.
        menu(robot, "#add-era-item");
        waitFor(robot, "#era-form");
        typeAndTab(robot, "The occupation");
        robot.write("2003-02-30");
        assertEquals(org.timelineexplorer.io.DateMessages.of("2003-02-30"), problem(robot, "#problem-start"));
        assertTrue(ok(robot, "#era-form").isDisabled(), "a form with a problem cannot be confirmed");
        robot.push(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#era-form").tryQuery().isPresent(), "Enter is refused too");
        assertEquals(1, state.getDataset().eras().size());
        type(robot, "#form-era-start", "2003-05");
        assertEquals(null, problem(robot, "#problem-start"));
        type(robot, "#form-era-end", "2011-12-18");
        robot.clickOn(ok(robot, "#era-form"));
        waitGone(robot, "#era-form");
        assertEquals(List.of("The invasion", "The occupation"), state.getDataset().eras().stream().map(Era::title)
                .toList());
        assertTrue(!state.getDataset().eras().get(1).color().equalsIgnoreCase(invasion.color()),
                "a new era is offered a colour no other has");
        steps.add(state.getDataset());

        // Escape cancels a form and changes nothing.
        menu(robot, "#add-era-item");
        waitFor(robot, "#era-form");
        robot.write("Not wanted");
        robot.push(KeyCode.ESCAPE);
        waitGone(robot, "#era-form");
        assertEquals(steps.get(steps.size() - 1), state.getDataset());

        // An event with a place typed wrong, then right, and a picture that needs its alt text.
        String selectedEra = state.getSelectedEra().id();
        robot.clickOn("#timeline");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitFor(robot, "#event-form");
        type(robot, "#form-date", "2003-04-09");
        type(robot, "#form-title", "Baghdad falls");
        robot.clickOn("#form-places-add");
        robot.write("Firdos Square, Baghdad"); // the new row's first cell has the focus
        robot.push(KeyCode.TAB);
        robot.write("95");
        assertEquals("lat 95 is not a latitude: from -90 (south) to 90 (north)",
                problem(robot, "#form-places-0-problem"), "the place reader's own message, under its row");
        assertTrue(robot.lookup("#form-places-0-lat").query().getStyleClass().contains("field-invalid"));
        assertTrue(ok(robot, "#event-form").isDisabled());
        type(robot, "#form-places-0-lat", "33.3150");
        type(robot, "#form-places-0-lon", "44.4210");
        assertEquals(null, problem(robot, "#form-places-0-problem"));
        assertTrue(robot.lookup("#form-picture-browse").query().isDisabled(),
                "a timeline not yet saved has no folder for a picture's path to start from");
        type(robot, "#form-picture-location", "pictures/statue.jpg");
        assertTrue(problem(robot, "#problem-picture-alt") != null, "a picture needs its alt text, said at once");
        assertTrue(ok(robot, "#event-form").isDisabled());
        type(robot, "#form-picture-caption", "The statue in Firdos Square");
        type(robot, "#form-picture-alt", "A crowd watches a statue pulled down");
        assertFalse(ok(robot, "#event-form").isDisabled());
        robot.clickOn(ok(robot, "#event-form"));
        waitGone(robot, "#event-form");
        TimelineEvent falls = state.getSelectedEvent();
        assertEquals(List.of(new Place("Firdos Square, Baghdad", 33.315, 44.421)), falls.places());
        assertEquals(Picture.ofFile("pictures/statue.jpg", "The statue in Firdos Square", "",
                "A crowd watches a statue pulled down"), falls.picture());
        assertEquals(selectedEra, falls.eraId(), "in the era selected when it was added");
        steps.add(state.getDataset());

        robot.clickOn("#timeline");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        waitFor(robot, "#event-form");
        type(robot, "#form-date", "2003-05-01");
        type(robot, "#form-title", "Mission accomplished");
        robot.push(KeyCode.ENTER);
        waitGone(robot, "#event-form");
        assertEquals(2, state.getDataset().events().size());
        steps.add(state.getDataset());

        // Three more, from the keyboard: five events in all.
        for (String[] typed : List.of(new String[] {"2003-07-13", "Iraqi Governing Council formed"},
                new String[] {"2003-08-19", "Bombing of the UN headquarters"},
                new String[] {"2003-12-13", "Saddam Hussein captured"})) {
            robot.clickOn("#timeline");
            robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
            waitFor(robot, "#event-form");
            type(robot, "#form-date", typed[0]);
            type(robot, "#form-title", typed[1]);
            robot.push(KeyCode.ENTER);
            waitGone(robot, "#event-form");
            steps.add(state.getDataset());
        }
        assertEquals(5, state.getDataset().events().size());

        // In edit mode, "Mission accomplished" dragged a month to the right on the timeline.
        TimelineView timeline = controller.timelinePane().timeline();
        robot.interact(() -> timeline.setAnimated(false));
        robot.clickOn("#timeline");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        TimelineEvent mission = state.getDataset().event("mission-accomplished").orElseThrow();
        robot.interact(() -> state.setVisibleRange(new TimeRange(mission.range().start() - 20,
                mission.range().start() + 40)));
        WaitForAsyncUtils.waitForFxEvents();
        Point2D at = WaitForAsyncUtils.asyncFx(() -> SkinProbe.eventOnScreen(timeline, mission))
                .get(5, TimeUnit.SECONDS);
        double pixelsPerDay = WaitForAsyncUtils.asyncFx(() -> timeline.getWidth()
                / timeline.getVisibleRange().length()).get(5, TimeUnit.SECONDS);
        robot.drag(at, MouseButton.PRIMARY).moveBy(31 * pixelsPerDay, 0).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(HistoricalDate.ofDay(2003, 6, 1),
                state.getDataset().event("mission-accomplished").orElseThrow().start(), "a month later");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.E);
        steps.add(state.getDataset());

        // A figures series with two points, then its points edited: a value typed wrong, a row added and removed.
        menu(robot, "#add-series-item");
        waitFor(robot, "#series-form");
        typeAndTab(robot, "US troops in Iraq");
        typeAndTab(robot, "soldiers");
        type(robot, "#form-series-source-name", "US Department of Defense");
        type(robot, "#form-series-source-url", "https://www.defense.gov/");
        robot.clickOn("#form-points-add");
        typeAndTab(robot, "2003");
        robot.write("150000");
        robot.clickOn("#form-points-add");
        typeAndTab(robot, "2004");
        robot.write("138000");
        robot.clickOn(ok(robot, "#series-form"));
        waitGone(robot, "#series-form");
        FigureSeries troops = state.getShownSeries();
        assertEquals("US troops in Iraq", troops.title(), "the new series is the one the chart shows");
        assertEquals(List.of(new FigurePoint(2003, 150000, null), new FigurePoint(2004, 138000, null)),
                troops.points());
        steps.add(state.getDataset());

        menu(robot, "#edit-series-item");
        waitFor(robot, "#series-form");
        type(robot, "#form-points-1-value", "many");
        assertTrue(problem(robot, "#form-points-1-problem").contains("\"many\""),
                problem(robot, "#form-points-1-problem"));
        assertTrue(ok(robot, "#series-form").isDisabled());
        type(robot, "#form-points-1-value", "140000");
        robot.clickOn("#form-points-add");
        typeAndTab(robot, "2004");
        assertTrue(problem(robot, "#form-points-2-problem").contains("appears twice"),
                problem(robot, "#form-points-2-problem"));
        robot.clickOn("#form-points-2-remove");
        assertFalse(ok(robot, "#series-form").isDisabled());
        robot.clickOn(ok(robot, "#series-form"));
        waitGone(robot, "#series-form");
        assertEquals(140000, state.getShownSeries().pointFor(2004).orElseThrow().value());
        assertEquals(2, state.getShownSeries().points().size());
        steps.add(state.getDataset());

        // The details again, from the Edit menu.
        menu(robot, "#details-item");
        waitFor(robot, "#details-form");
        type(robot, "#form-details-credit", "Dates: BBC News; figures: US Department of Defense.");
        robot.clickOn(ok(robot, "#details-form"));
        waitGone(robot, "#details-form");
        assertEquals("Dates: BBC News; figures: US Department of Defense.", state.getDataset().credit());
        steps.add(state.getDataset());

        // Deleting an era asks nothing; its event leaves it.
        robot.interact(() -> state.setSelectedEra(state.getDataset().era(selectedEra).orElseThrow()));
        menu(robot, "#delete-era-item");
        assertEquals(1, state.getDataset().eras().size());
        assertEquals(null, state.getDataset().event("baghdad-falls").orElseThrow().eraId());
        steps.add(state.getDataset());
        menu(robot, "#delete-series-item");
        assertTrue(state.getDataset().series().isEmpty());
        steps.add(state.getDataset());

        // Every step undone, back to the new timeline, and redone.
        for (int i = steps.size() - 2; i >= 0; i--) {
            robot.clickOn("#timeline");
            robot.push(KeyCode.CONTROL, KeyCode.Z);
            assertEquals(steps.get(i), state.getDataset(), "undone back to step " + i);
        }
        for (int i = 1; i < steps.size(); i++) {
            robot.push(KeyCode.CONTROL, KeyCode.Y);
            assertEquals(steps.get(i), state.getDataset(), "redone to step " + i);
        }
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        robot.push(KeyCode.CONTROL, KeyCode.Z);
        Dataset made = state.getDataset();
        assertEquals(steps.get(steps.size() - 3), made, "with its era and series back");

        // Saved, opened again: every field as the forms made it.
        Path file = folder.resolve("our-class.json");
        controller.saves().askWhereWith(suggestion -> Optional.of(file));
        robot.push(KeyCode.CONTROL, KeyCode.S);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Files.exists(file) && !state.history().isDirty());
        assertEquals(made, new DatasetReader().read(Files.readAllBytes(file), "our-class.json").dataset()
                .orElseThrow());
        robot.interact(() -> state.setDataset(Dataset.empty("Something else")));
        robot.interact(() -> controller.opening().open(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "Our class timeline".equals(state.getDataset().title()));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(made, state.getDataset(), "title, summary, credit, eras, events with places and picture, series");
    }

    @Test
    void theFormsFillWithWhatTheyEditAndTabReachesEveryField(FxRobot robot) throws Exception {
        Era first = state.getDataset().eras().get(0);
        robot.interact(() -> state.setSelectedEra(first));
        menu(robot, "#edit-era-item");
        waitFor(robot, "#era-form");
        assertEquals(first.title(), robot.lookup("#form-era-title").queryAs(TextInputControl.class).getText());
        assertEquals(first.start().toIsoString(),
                robot.lookup("#form-era-start").queryAs(TextInputControl.class).getText());
        // Tab from the name goes through every field, the summary's text area included, to the buttons.
        List<String> reached = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            Node focused = stageOf(robot, "#era-form").getScene().getFocusOwner();
            reached.add(focused.getId() == null ? focused.getParent().getId() : focused.getId());
            robot.push(KeyCode.TAB);
        }
        assertEquals(List.of("form-era-title", "form-era-start", "form-era-end", "form-era-color",
                "form-era-summary"), reached);
        Node afterSummary = stageOf(robot, "#era-form").getScene().getFocusOwner();
        assertTrue(afterSummary instanceof Button, "Tab leaves the text area for the buttons: " + afterSummary);
        assertFalse(robot.lookup("#form-era-summary").queryAs(TextInputControl.class).getText().contains("\t"));
        robot.push(KeyCode.ESCAPE);
        waitGone(robot, "#era-form");

        FigureSeries shown = state.getShownSeries();
        menu(robot, "#edit-series-item");
        waitFor(robot, "#series-form");
        for (int i = 0; i < shown.points().size(); i++) {
            assertEquals(Integer.toString(shown.points().get(i).year()),
                    robot.lookup("#form-points-" + i + "-year").queryAs(TextInputControl.class).getText());
        }
        robot.push(KeyCode.ESCAPE);
        waitGone(robot, "#series-form");
        assertEquals(shown, state.getShownSeries());
    }

    private Window stageOf(FxRobot robot, String form) {
        return robot.lookup(form).query().getScene().getWindow();
    }
}
