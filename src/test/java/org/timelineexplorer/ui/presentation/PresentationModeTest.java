package org.timelineexplorer.ui.presentation;

import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.ui.Formats;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.prefs.Preferences;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Presentation mode driven from the keyboard, as a teacher with a clicker would. */
@ExtendWith(ApplicationExtension.class)
class PresentationModeTest {

    /** A node of its own per test, never removed: the window may still write to it as the shared stage is reused. */
    private final Preferences prefs = Preferences.userRoot().node("timelineexplorer-test/" + UUID.randomUUID());
    private Stage stage;
    private TestWindow window;
    private AppState state;
    private List<TimelineEvent> events;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new AppState(ClassroomFixture.dataset());
        events = List.copyOf(state.getShownEvents());
        window = new TestWindow(stage, state, prefs);
    }


    private String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    @Test
    void f5GoesFullScreenWithThePresentation(FxRobot robot) {
        robot.press(KeyCode.F5).release(KeyCode.F5);

        assertTrue(window.presentationMode.isActive());
        assertEquals("presentation-root", stage.getScene().getRoot().getId());
        assertTrue(stage.isFullScreen(), "Monocle headless reports full screen");
        assertEquals("1 / 10", text(robot, "#presentation-position"));
        assertEquals(ClassroomFixture.INVASION.title(), text(robot, "#era-title"));
    }

    @Test
    void pageDownThreeTimesSelectsTheThirdEventAfterTheCurrentOne(FxRobot robot) {
        robot.interact(() -> state.setSelectedEvent(events.get(0)));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        assertEquals(events.get(0).title(), text(robot, "#event-title"));

        for (int i = 0; i < 3; i++) {
            robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        }

        assertSame(events.get(3), state.getSelectedEvent());
        assertEquals(events.get(3).title(), text(robot, "#event-title"));
        assertEquals("2 October 2003", text(robot, "#event-date"));
        assertEquals("5 / 10", text(robot, "#presentation-position"));
        TimelineView timeline = robot.lookup("#presentation-timeline-view").queryAs(TimelineView.class);
        TimeRange target = timeline.getAnimationTarget() != null ? timeline.getAnimationTarget()
                : timeline.getVisibleRange();
        assertEquals(Presentation.rangeFor(Step.event(events.get(3), ClassroomFixture.INVASION),
                        window.state.getDataset().span()), target,
                "the timeline moves to six months around the event");
    }

    @Test
    void clickingAnEventOnThePresentationTimelineMovesThereToo(FxRobot robot) {
        robot.press(KeyCode.F5).release(KeyCode.F5);
        TimelineView timeline = robot.lookup("#presentation-timeline-view").queryAs(TimelineView.class);
        robot.interact(() -> timeline.setSelectedEvent(events.get(6)));

        assertSame(events.get(6), state.getSelectedEvent());
        assertEquals(events.get(6).title(), text(robot, "#event-title"));
        assertEquals("9 / 10", text(robot, "#presentation-position"));
    }

    @Test
    void otherClickerKeysStepToo(FxRobot robot) {
        robot.interact(() -> state.setSelectedEvent(events.get(1)));
        robot.press(KeyCode.F5).release(KeyCode.F5);

        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertSame(events.get(3), state.getSelectedEvent());
        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        assertSame(events.get(1), state.getSelectedEvent());
        robot.press(KeyCode.END).release(KeyCode.END);
        assertSame(events.get(7), state.getSelectedEvent());
        robot.press(KeyCode.HOME).release(KeyCode.HOME);
        assertEquals("1 / 10", text(robot, "#presentation-position"));
    }

    /** Where time runs right to left the arrows go the way they point, and a clicker's keys mean later either way. */
    @Test
    void whereTimeRunsRightToLeftTheArrowsFollowTheScreen(FxRobot robot) {
        robot.interact(() -> {
            state.setTimeRightToLeft(true);
            state.setSelectedEvent(events.get(1));
        });
        robot.press(KeyCode.F5).release(KeyCode.F5);

        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        assertSame(events.get(2), state.getSelectedEvent(), "Left: on, towards later time");
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertSame(events.get(3), state.getSelectedEvent(), "Page Down: later, whichever way time runs");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertSame(events.get(2), state.getSelectedEvent(), "Right: back, towards earlier time");
        assertTrue(robot.lookup("#presentation-timeline-view").queryAs(TimelineView.class).isTimeRightToLeft());
    }

    @Test
    void enteringANewEraShowsItsTitleCardFirst(FxRobot robot) {
        robot.interact(() -> state.setSelectedEvent(events.get(4)));
        robot.press(KeyCode.F5).release(KeyCode.F5);

        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertTrue(robot.lookup("#era-card").query().isVisible());
        assertFalse(robot.lookup("#event-card").query().isVisible());
        assertEquals(ClassroomFixture.INSURGENCY.title(), text(robot, "#era-title"));
        assertEquals(ClassroomFixture.INSURGENCY.summary(), text(robot, "#era-summary"));

        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertEquals(events.get(5).title(), text(robot, "#event-title"));
    }

    @Test
    void textIsReadableFromTheBackOfTheRoom(FxRobot robot) {
        robot.interact(() -> stage.getScene().getStylesheets()
                .add(PresentationModeTest.class.getResource("fixed-sizes.css").toExternalForm()));
        robot.interact(() -> state.setSelectedEvent(events.get(2)));
        robot.press(KeyCode.F5).release(KeyCode.F5);

        assertEquals(28, robot.lookup("#event-text").queryAs(Label.class).getFont().getSize(), 0.5);
        assertEquals(48, robot.lookup("#event-title").queryAs(Label.class).getFont().getSize(), 0.5);
    }

    @Test
    void theCorrectionNoteIsShownWithTheEvent(FxRobot robot) {
        robot.interact(() -> state.setSelectedEvent(events.get(2)));
        robot.press(KeyCode.F5).release(KeyCode.F5);

        Label note = robot.lookup("#event-note").queryAs(Label.class);
        assertTrue(note.isVisible());
        assertTrue(note.getText().contains("1 May 2003"));
    }

    @Test
    void aSearchDefinesTheLesson(FxRobot robot) {
        robot.interact(() -> state.searchTextProperty().set("fallujah"));
        robot.press(KeyCode.F5).release(KeyCode.F5);

        assertEquals("1 / 3", text(robot, "#presentation-position"));
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertSame(events.get(6), state.getSelectedEvent());
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertSame(events.get(7), state.getSelectedEvent());
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertSame(events.get(7), state.getSelectedEvent());
        assertEquals("3 / 3", text(robot, "#presentation-position"));
    }

    @Test
    void bAndPeriodBlackTheScreenOutAndBack(FxRobot robot) {
        robot.press(KeyCode.F5).release(KeyCode.F5);
        Region blackout = robot.lookup("#blackout").queryAs(Region.class);
        assertFalse(blackout.isVisible());

        robot.press(KeyCode.B).release(KeyCode.B);
        assertTrue(blackout.isVisible());
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertEquals("1 / 10", text(robot, "#presentation-position"), "no stepping in the dark");
        robot.press(KeyCode.B).release(KeyCode.B);
        assertFalse(blackout.isVisible());
        robot.press(KeyCode.PERIOD).release(KeyCode.PERIOD);
        assertTrue(blackout.isVisible());
        robot.press(KeyCode.PERIOD).release(KeyCode.PERIOD);
        assertFalse(blackout.isVisible());
    }

    @Test
    void pPlaysAndPausesTheTour(FxRobot robot) {
        robot.press(KeyCode.F5).release(KeyCode.F5);
        robot.press(KeyCode.DIGIT1).release(KeyCode.DIGIT1);
        assertEquals(5, window.presentationMode.presentation().paceSecondsProperty().get());

        robot.press(KeyCode.P).release(KeyCode.P);
        assertTrue(window.presentationMode.presentation().playingProperty().get());
        assertEquals("Pause", robot.lookup("#play-button").queryButton().getText());
        robot.press(KeyCode.P).release(KeyCode.P);
        assertFalse(window.presentationMode.presentation().playingProperty().get());
    }

    @Test
    void theTourAdvancesOnItsOwnAtItsPace(FxRobot robot) throws Exception {
        robot.interact(() -> state.setSelectedEvent(events.get(5)));
        robot.press(KeyCode.F5).release(KeyCode.F5);
        robot.interact(() -> window.presentationMode.presentation().paceSecondsProperty().set(1));

        robot.clickOn("#play-button");
        org.testfx.util.WaitForAsyncUtils.waitFor(5, java.util.concurrent.TimeUnit.SECONDS,
                () -> state.getSelectedEvent() == events.get(7));

        org.testfx.util.WaitForAsyncUtils.waitFor(3, java.util.concurrent.TimeUnit.SECONDS,
                () -> !window.presentationMode.presentation().playingProperty().get());
        assertEquals("Play", robot.lookup("#play-button").queryButton().getText(), "stopped at the end");
        assertSame(events.get(7), state.getSelectedEvent());
    }

    @Test
    void escRestoresTheWindowAsItWas(FxRobot robot) {
        robot.interact(() -> {
            stage.setX(70);
            stage.setY(50);
            stage.setWidth(820);
            stage.setHeight(610);
        });
        var root = stage.getScene().getRoot();

        robot.press(KeyCode.F5).release(KeyCode.F5);
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        assertFalse(window.presentationMode.isActive());
        assertSame(root, stage.getScene().getRoot());
        assertFalse(stage.isFullScreen());
        assertEquals(70, stage.getX());
        assertEquals(50, stage.getY());
        assertEquals(820, stage.getWidth());
        assertEquals(610, stage.getHeight());
        assertSame(events.get(0), state.getSelectedEvent(), "the last presented event stays selected");
    }

    @Test
    void theViewMenuPresentsAndTogglesChartSteps(FxRobot robot) {
        robot.clickOn("_View").clickOn("Include charts in presentation");
        assertTrue(window.presentationMode.presentation().includeChartsProperty().get());
        robot.clickOn("_View").clickOn("Present");

        assertTrue(window.presentationMode.isActive());
        assertEquals("1 / 12", text(robot, "#presentation-position"));
        robot.interact(() -> state.setSelectedEvent(events.get(4)));
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertTrue(robot.lookup("#chart-card").query().isVisible());
        assertSame(ClassroomFixture.INVASION, state.getSelectedEra());
        FiguresChart chart = robot.lookup("#chart-card .figures-chart").queryAs(FiguresChart.class);
        assertEquals("us-troops", chart.getSeries().id());
        assertEquals(ClassroomFixture.INVASION.range(), chart.highlightRangeProperty().get(), "the era is shaded");
        assertEquals(ClassroomFixture.INVASION.color(), chart.highlightColorProperty().get());
    }

    /**
     * On a tall screen the timeline strip takes a third of it, room for more lanes of named events; on this test
     * screen's 800 pixels a third would be less than its minimum of two lanes, which it keeps.
     */
    @Test
    void theTimelineStripTakesAThirdOfATallScreenAndNeverLessThanItsMinimum(FxRobot robot) {
        robot.press(KeyCode.F5).release(KeyCode.F5);
        Region strip = robot.lookup("#presentation-timeline").queryAs(Region.class);
        double screen = stage.getScene().getHeight();
        assertTrue(screen * 0.33 < strip.getHeight(), "the minimum holds on a short screen: " + strip.getHeight());
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        Stage[] tall = new Stage[1];
        try {
            robot.interact(() -> {
                javafx.scene.Scene scene = new javafx.scene.Scene(window.presentationMode.view(), 1200, 1500);
                scene.getStylesheets().setAll(stage.getScene().getStylesheets());
                tall[0] = new Stage();
                tall[0].setScene(scene);
                tall[0].show();
            });
            assertEquals(1500 * 0.33, strip.getHeight(), 1.5, "a third of a tall screen");
        } finally {
            robot.interact(() -> tall[0].close());
        }
    }

    @Test
    void datesReadAsInTheWindowWhateverLanguageTheComputerIsSetTo(FxRobot robot) {
        Locale computer = Locale.getDefault();
        try {
            Locale.setDefault(Locale.FRANCE);
            robot.interact(() -> state.setSelectedEvent(events.get(3)));
            robot.press(KeyCode.F5).release(KeyCode.F5);

            assertEquals("2 October 2003", text(robot, "#event-date"), "as the detail pane writes it");
            assertEquals(Formats.locale(),
                    robot.lookup("#presentation-timeline-view").queryAs(TimelineView.class).getLocale());
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        } finally {
            Locale.setDefault(computer);
        }
    }
}
