package org.timelineexplorer.ui.quiz;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.quiz.EraQuestion;
import org.timelineexplorer.quiz.FiguresQuestion;
import org.timelineexplorer.quiz.OrderQuestion;
import org.timelineexplorer.quiz.Question;
import org.timelineexplorer.quiz.QuestionKind;
import org.timelineexplorer.quiz.QuizData;
import org.timelineexplorer.quiz.RoundCode;
import org.timelineexplorer.quiz.RoundSpec;
import org.timelineexplorer.quiz.Rounds;
import org.timelineexplorer.quiz.WhenQuestion;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.timeline.impl.SkinProbe;
import org.timelineexplorer.ui.MainWindowController;
import org.timelineexplorer.ui.UiFixture;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quiz played as a student plays it: a round code typed in, answers clicked, the score and review read. */
@ExtendWith(ApplicationExtension.class)
class QuizWindowTest {

    private Stage stage;
    private AppState state;
    private MainWindowController window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        state = new AppState(QuizData.bundled());
        window = UiFixture.show(stage, state, UiFixture.freshSettings(), 1280, 720);
    }

    @AfterEach
    void closeOtherWindows(FxRobot robot) {
        robot.interact(() -> List.copyOf(Window.getWindows()).stream().filter(w -> w != stage).forEach(Window::hide));
    }

    private QuizViewModel openQuiz(FxRobot robot) {
        robot.interact(() -> stage.requestFocus());
        robot.press(KeyCode.F6).release(KeyCode.F6);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.quiz().stage().isShowing(), "F6 opens the quiz window");
        return window.quiz().quiz();
    }

    /** Types {@code spec}'s code into the quiz's field and plays it, as a student given the code would. */
    private void playCode(FxRobot robot, RoundSpec spec, Dataset dataset) {
        String code = RoundCode.encode(spec, dataset);
        robot.clickOn("#quiz-code");
        robot.interact(() -> lookup(robot, "#quiz-code", TextField.class).clear());
        robot.write(code);
        robot.clickOn("#quiz-play-code");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(code, lookup(robot, "#quiz-code", TextField.class).getText());
    }

    private static <T extends Node> T lookup(FxRobot robot, String query, Class<T> type) {
        return robot.lookup(query).queryAs(type);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private TimelineView quizTimeline(FxRobot robot) {
        return lookup(robot, "#quiz-timeline-view", TimelineView.class);
    }

    private static <T> T fx(Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aSeededRoundAnsweredByClicksGivesTheScoreOfTheRightAnswersAndEachWrongOneShowsTheRightAnswer(
            FxRobot robot) {
        QuizViewModel quiz = openQuiz(robot);
        RoundSpec spec = new RoundSpec(2024, EnumSet.of(QuestionKind.ERA, QuestionKind.WHEN, QuestionKind.FIGURES),
                Set.of("us-troops", "us-deaths"), "", Set.of());
        playCode(robot, spec, state.getDataset());
        List<Question> asked = Rounds.draw(state.getDataset(), state.getShownEvents(), spec).questions();
        assertEquals(Rounds.LENGTH, asked.size());

        int right = 0;
        for (int i = 0; i < asked.size(); i++) {
            Question q = quiz.getQuestion();
            assertEquals(asked.get(i), q, "the code's round, question " + (i + 1));
            assertEquals(q.prompt(), text(robot, "#quiz-prompt"));
            boolean answerRight = i % 3 != 1;
            answerByClicking(robot, q, answerRight);
            String feedback = text(robot, "#quiz-feedback");
            if (answerRight) {
                right++;
                assertTrue(feedback.startsWith("Right!"), feedback);
            } else {
                assertTrue(feedback.startsWith("Not right."), feedback);
                assertTrue(feedback.contains(q.rightAnswer(Locale.ENGLISH)), "shows the right answer: " + feedback);
            }
            robot.clickOn("#quiz-next");
        }

        assertEquals("Your score: " + right + " of " + asked.size(), text(robot, "#quiz-score"));
        ListView<?> review = lookup(robot, "#quiz-review", ListView.class);
        assertEquals(asked.size(), review.getItems().size());
        int withEvent = asked.lastIndexOf(asked.stream().filter(q -> q.subject().isPresent())
                .reduce((first, later) -> later).orElseThrow());
        robot.interact(() -> review.scrollTo(withEvent));
        robot.clickOn(robot.from(review).lookup(".list-cell").match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c
                && c.getIndex() == withEvent).<Node>query());
        assertSame(asked.get(withEvent).subject().orElseThrow(), state.getSelectedEvent(),
                "the review row shows its event in the main window's details");
    }

    /** Clicks the right answer, or a wrong one, of an era, when or figures question. */
    private void answerByClicking(FxRobot robot, Question q, boolean right) {
        if (q instanceof EraQuestion e) {
            Era chosen = right ? e.era() : e.choices().stream().filter(era -> !era.equals(e.era())).findFirst()
                    .orElseThrow();
            robot.clickOn("#quiz-era-" + chosen.id());
        } else if (q instanceof WhenQuestion w) {
            TimelineView timeline = quizTimeline(robot);
            TimeRange shown = timeline.getVisibleRange();
            double day = w.event().range().center();
            if (!right) {
                // Far off, but in view: a third of the shown range or more away scores nothing.
                day += day < shown.center() ? shown.length() * 0.45 : -shown.length() * 0.45;
            }
            double at = day;
            robot.clickOn(fx(() -> SkinProbe.timeOnScreen(timeline, at)));
        } else if (q instanceof FiguresQuestion f) {
            int chosen = right ? f.right() : (f.right() + 1) % f.choices().size();
            robot.clickOn("#quiz-choice-" + chosen);
        } else {
            throw new AssertionError("not asked in this round: " + q);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void whichEraIsAnsweredByClickingTheErasBandOnTheTimeline(FxRobot robot) {
        QuizViewModel quiz = openQuiz(robot);
        playCode(robot, new RoundSpec(77, EnumSet.of(QuestionKind.ERA), Set.of(), "", Set.of()), state.getDataset());
        EraQuestion q = (EraQuestion) quiz.getQuestion();
        TimelineView timeline = quizTimeline(robot);
        Point2D band = fx(() -> SkinProbe.eraOnScreen(timeline, q.era()));
        assertNotNull(band, "the era's band is drawn");

        robot.clickOn(band);

        assertEquals(1, quiz.getAnswer().points());
        assertTrue(text(robot, "#quiz-feedback").startsWith("Right! It belongs to " + q.era().title()));
    }

    @Test
    void thePutThemInOrderQuestionAcceptsEventsOfTheSameDateInEitherOrder(FxRobot robot) {
        Dataset small = QuizData.small();
        robot.interact(() -> state.setDataset(small));
        QuizViewModel quiz = openQuiz(robot);
        int seed = firstSeed(small, QuizWindowTest::orderOnly, q -> ((OrderQuestion) q).cards()
                .containsAll(List.of(QuizData.TWIN_A, QuizData.TWIN_B)));
        for (boolean aFirst : List.of(true, false)) {
            playCode(robot, orderOnly(seed), small);
            OrderQuestion q = (OrderQuestion) quiz.getQuestion();
            List<TimelineEvent> wanted = new ArrayList<>(q.rightOrder());
            int a = wanted.indexOf(QuizData.TWIN_A);
            int b = wanted.indexOf(QuizData.TWIN_B);
            wanted.set(Math.min(a, b), aFirst ? QuizData.TWIN_A : QuizData.TWIN_B);
            wanted.set(Math.max(a, b), aFirst ? QuizData.TWIN_B : QuizData.TWIN_A);

            arrangeByKeyboard(robot, wanted);
            robot.clickOn("#quiz-check-order");

            assertEquals(1, quiz.getAnswer().points(), (aFirst ? "A" : "B") + " first is right too");
            assertEquals(quiz.getAnswer().given(), String.join(" → ", wanted.stream().map(TimelineEvent::title)
                    .toList()));
            assertTrue(text(robot, "#quiz-feedback").startsWith("Right!"));
        }
    }

    private static RoundSpec orderOnly(int seed) {
        return new RoundSpec(seed, EnumSet.of(QuestionKind.ORDER), Set.of(), "", Set.of());
    }

    /** The first seed whose round of {@code spec} on all of {@code dataset} opens with a question that is {@code wanted}. */
    private static int firstSeed(Dataset dataset, java.util.function.IntFunction<RoundSpec> spec,
                                 java.util.function.Predicate<Question> wanted) {
        int seed = 0;
        while (!wanted.test(Rounds.draw(dataset, dataset.events(), spec.apply(seed)).questions().get(0))) {
            seed++;
        }
        return seed;
    }

    /** Puts the cards in {@code wanted}'s order with Alt+↑ alone, top card first. */
    @SuppressWarnings("unchecked")
    private void arrangeByKeyboard(FxRobot robot, List<TimelineEvent> wanted) {
        ListView<TimelineEvent> cards = lookup(robot, "#quiz-order-list", ListView.class);
        for (int target = 0; target < wanted.size(); target++) {
            int from = cards.getItems().indexOf(wanted.get(target));
            robot.interact(() -> {
                cards.requestFocus();
                cards.getSelectionModel().select(from);
            });
            for (int i = from; i > target; i--) {
                robot.press(KeyCode.ALT, KeyCode.UP).release(KeyCode.UP, KeyCode.ALT);
            }
        }
        assertEquals(wanted, List.copyOf(cards.getItems()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void cardsDroppedOntoTheTimelineStandInTheListInTheOrderOfWhereTheyWereDroppedThenMoveToTheirDates(
            FxRobot robot) {
        QuizViewModel quiz = openQuiz(robot);
        playCode(robot, new RoundSpec(31, EnumSet.of(QuestionKind.ORDER), Set.of(), "", Set.of()), state.getDataset());
        OrderQuestion q = (OrderQuestion) quiz.getQuestion();
        TimelineView timeline = quizTimeline(robot);
        assertTrue(timeline.isVisible(), "the timeline is shown under the cards");
        ListView<TimelineEvent> list = lookup(robot, "#quiz-order-list", ListView.class);
        TimelineEvent top = list.getItems().get(0);
        TimelineEvent second = list.getItems().get(1);

        dropOnTimeline(robot, top, 0.8);
        dropOnTimeline(robot, second, 0.2);

        assertEquals(List.of(second, top), List.copyOf(list.getItems()).subList(0, 2),
                "the card dropped left of the other comes before it");
        List<String> drawn = fx(() -> timeline.getEvents().stream().map(TimelineEvent::title).toList());
        assertEquals(Set.of(top.title(), second.title()), Set.copyOf(drawn), "both are drawn on the timeline");
        assertTrue(fx(() -> timeline.getEvents().stream().noneMatch(q.cards()::contains)),
                "drawn where they were dropped, not at their true dates");
        double droppedAt = quiz.getCards().placedAt(top).orElseThrow();
        TimeRange shown = fx(timeline::getVisibleRange);
        assertEquals(shown.start() + 0.8 * shown.length(), droppedAt, shown.length() / 100, "where it was dropped");

        robot.clickOn("#quiz-check-order");
        assertEquals(q.points(quiz.getCards().order()), quiz.getAnswer().points(), "the list's order is scored");
        assertTrue(waitUntil(() -> List.copyOf(timeline.getEvents()).equals(q.rightOrder())),
                "after the answer the cards move to their true dates: " + fx(() -> List.copyOf(timeline.getEvents())));
    }

    @Test
    void aSeededRoundAnsweredByDropsOnTheTimelineAndClicksOnTheChartGivesTheExpectedScore(FxRobot robot) {
        Dataset small = QuizData.small();
        robot.interact(() -> state.setDataset(small));
        QuizViewModel quiz = openQuiz(robot);
        RoundSpec spec = new RoundSpec(4242, EnumSet.of(QuestionKind.ORDER, QuestionKind.FIGURES), Set.of("visitors"),
                "", Set.of());
        playCode(robot, spec, small);
        List<Question> asked = Rounds.draw(small, small.events(), spec).questions();
        assertEquals(Rounds.LENGTH, asked.size());

        double expected = 0;
        for (int i = 0; i < asked.size(); i++) {
            Question q = quiz.getQuestion();
            assertEquals(asked.get(i), q, "the code's round, question " + (i + 1));
            boolean right = i % 3 != 1;
            double points;
            if (q instanceof OrderQuestion o) {
                List<TimelineEvent> order = new ArrayList<>(o.rightOrder());
                if (!right) {
                    java.util.Collections.reverse(order);
                }
                // Spread over the timeline in the order wanted, whatever the true dates.
                for (int k = 0; k < order.size(); k++) {
                    dropOnTimeline(robot, order.get(k), (k + 1.0) / (order.size() + 1));
                }
                robot.clickOn("#quiz-check-order");
                points = o.points(order);
            } else {
                FiguresQuestion f = (FiguresQuestion) q;
                if (f.ask() == FiguresQuestion.Ask.PEAK) {
                    robot.clickOn("#quiz-choice-" + (right ? f.right() : (f.right() + 1) % f.choices().size()));
                } else {
                    double figure = right ? f.series().pointFor(f.year()).orElseThrow().value()
                            : smallestWrongChoice(f);
                    robot.clickOn(chartPoint(robot, figure));
                }
                points = right ? 1 : 0;
            }
            WaitForAsyncUtils.waitForFxEvents();
            assertEquals(points, quiz.getAnswer().points(), 1e-9, "question " + (i + 1) + ": " + q.prompt());
            expected += points;
            robot.clickOn("#quiz-next");
        }

        assertEquals("Your score: " + org.timelineexplorer.quiz.ResultsSheet.points(expected) + " of " + asked.size(),
                text(robot, "#quiz-score"));
        assertTrue(asked.stream().anyMatch(q -> q instanceof FiguresQuestion f && f.ask() == FiguresQuestion.Ask.VALUE),
                "the round asked about how many");
    }

    @Test
    void aValueQuestionIsAnsweredByClickingTheChartAtTheFiguresHeight(FxRobot robot) {
        Dataset small = QuizData.small();
        robot.interact(() -> state.setDataset(small));
        QuizViewModel quiz = openQuiz(robot);
        int seed = firstSeed(small, QuizWindowTest::figuresOnly,
                q -> q instanceof FiguresQuestion f && f.ask() == FiguresQuestion.Ask.VALUE);
        playCode(robot, figuresOnly(seed), small);
        FiguresQuestion q = (FiguresQuestion) quiz.getQuestion();
        Point2D atFigure = chartPoint(robot, q.series().pointFor(q.year()).orElseThrow().value());

        robot.moveTo(atFigure.add(0, -20)).moveTo(atFigure);
        // The quiz's own chart's line: the main window has charts too.
        javafx.scene.shape.Line level = robot.from(robot.lookup("#quiz-chart").<Node>query()).lookup("#chart-level")
                .queryAs(javafx.scene.shape.Line.class);
        // The chart lays the line out on the next pulse.
        assertTrue(waitUntil(level::isVisible), "a line at the pointer's height before the click counts");
        assertEquals(atFigure.getY(), fx(() -> level.localToScreen(0, level.getStartY()).getY()), 1.5);
        assertTrue(text(robot, "#quiz-chart-hint").endsWith("A click answers " + q.choices().get(q.right()) + "."),
                text(robot, "#quiz-chart-hint"));
        assertTrue(lookup(robot, "#quiz-choice-" + q.right(), Node.class).getStyleClass().contains("pending"));
        assertEquals(null, quiz.getAnswer(), "pointing does not answer");

        robot.clickOn(atFigure);

        assertEquals(1, quiz.getAnswer().points());
        assertTrue(text(robot, "#quiz-feedback").startsWith("Right!"), text(robot, "#quiz-feedback"));
        assertTrue(level.isVisible(), "the line stays where the student clicked");
    }

    private static RoundSpec figuresOnly(int seed) {
        return new RoundSpec(seed, EnumSet.of(QuestionKind.FIGURES), Set.of("visitors"), "", Set.of());
    }

    /** The figure of the smallest wrong choice: always inside the chart's height. */
    private static double smallestWrongChoice(FiguresQuestion f) {
        double smallest = Double.MAX_VALUE;
        for (int i = 0; i < f.choices().size(); i++) {
            if (i != f.right()) {
                smallest = Math.min(smallest, Double.parseDouble(f.choices().get(i).replace(",", "")));
            }
        }
        return smallest;
    }

    /** The point on screen at the height of {@code figure} on the quiz's chart, near the plot's left edge. */
    private static Point2D chartPoint(FxRobot robot, double figure) {
        Node chart = robot.lookup("#quiz-chart").query();
        return fx(() -> {
            javafx.scene.chart.NumberAxis values = (javafx.scene.chart.NumberAxis) chart.lookup(".value-axis");
            Node plot = chart.lookup(".chart-plot-background");
            double y = values.localToScreen(0, values.getDisplayPosition(figure)).getY();
            return new Point2D(plot.localToScreen(plot.getLayoutBounds()).getMinX() + 8, y);
        });
    }

    /** Drags {@code card} from the list onto the quiz's timeline at {@code share} of the range it shows. */
    @SuppressWarnings("unchecked")
    private void dropOnTimeline(FxRobot robot, TimelineEvent card, double share) {
        ListView<TimelineEvent> list = lookup(robot, "#quiz-order-list", ListView.class);
        robot.interact(() -> list.scrollTo(card));
        Node cell = robot.from(list).lookup(".list-cell")
                .match((Node n) -> n instanceof javafx.scene.control.ListCell<?> c && card.equals(c.getItem())).query();
        TimelineView timeline = quizTimeline(robot);
        double day = fx(() -> timeline.getVisibleRange().start() + share * timeline.getVisibleRange().length());
        robot.drag(cell).dropTo(fx(() -> SkinProbe.timeOnScreen(timeline, day)));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theClassQuizShowsAQuestionAndRevealsItsAnswerOnPageDown(FxRobot robot) {
        QuizViewModel quiz = openQuiz(robot);
        playCode(robot, new RoundSpec(9, EnumSet.allOf(QuestionKind.class), Set.of("us-troops"), "", Set.of()),
                state.getDataset());
        List<Question> asked = quiz.roundProperty().get().questions();

        robot.clickOn("#quiz-class");
        WaitForAsyncUtils.waitForFxEvents();
        Label answer = lookup(robot, "#class-quiz-answer", Label.class);
        assertTrue(((Stage) answer.getScene().getWindow()).isFullScreen(), "full screen");
        assertEquals(asked.get(0).prompt(), text(robot, "#class-quiz-prompt"));
        assertFalse(answer.isVisible(), "the answer waits");
        assertTrue(text(robot, "#class-quiz-kicker").startsWith("Question 1 of " + asked.size()));

        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertTrue(answer.isVisible(), "Page Down reveals the answer");
        assertTrue(answer.getText().startsWith("Answer"), answer.getText());
        if (!(asked.get(0) instanceof OrderQuestion)) {
            assertEquals("Answer: " + asked.get(0).rightAnswer(Locale.ENGLISH), answer.getText());
        }

        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        assertEquals(asked.get(1).prompt(), text(robot, "#class-quiz-prompt"));
        assertFalse(answer.isVisible(), "the next question, its answer hidden");
        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        assertEquals(asked.get(0).prompt(), text(robot, "#class-quiz-prompt"));
        assertTrue(answer.isVisible());

        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertFalse(answer.getScene().getWindow().isShowing(), "Esc leaves");
    }

    @Test
    void theClassQuizShowsARevealedDateOnItsTimelineAndHidesItBefore(FxRobot robot) {
        QuizViewModel quiz = openQuiz(robot);
        playCode(robot, new RoundSpec(9, EnumSet.of(QuestionKind.WHEN, QuestionKind.FIGURES), Set.of("us-troops"),
                "", Set.of()), state.getDataset());
        List<Question> asked = quiz.roundProperty().get().questions();
        robot.clickOn("#quiz-class");
        WaitForAsyncUtils.waitForFxEvents();
        Node pane = robot.lookup("#class-quiz-timeline-pane").query();
        TimelineView timeline = lookup(robot, "#class-quiz-timeline", TimelineView.class);

        int whens = 0;
        for (Question q : asked) {
            assertFalse(pane.isVisible(), "hidden while the question waits: its events would give the answer away");
            robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            if (q instanceof WhenQuestion w) {
                whens++;
                assertTrue(pane.isVisible(), "a revealed date is shown on the timeline");
                assertEquals(List.of(w.event()), List.copyOf(timeline.getEvents()));
                double day = w.event().range().center();
                assertTrue(waitUntil(() -> timeline.getVisibleRange().contains(day)
                        && timeline.getVisibleRange().length() < state.getDataset().overview().length() / 2),
                        "the timeline moves in to " + w.event().title() + ": " + fx(timeline::getVisibleRange));
                WaitForAsyncUtils.waitForFxEvents();
                Point2D at = fx(() -> timeline.screenToLocal(SkinProbe.timeOnScreen(timeline, day)));
                assertTrue(fx(() -> selectedPixelsNear(timeline, at.getX())) > 10,
                        "the event is drawn in the selected colour where it happened");
            } else {
                assertFalse(pane.isVisible(), "a figure's answer is a number, not a place in time");
            }
            robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        }
        assertTrue(whens > 0, "the round asked a date");
    }

    /** Pixels of {@code view}'s selected colour within 12 pixels of {@code x}, as the screen shows them. */
    private static int selectedPixelsNear(TimelineView view, double x) {
        javafx.scene.image.WritableImage image = view.snapshot(null, null);
        javafx.scene.paint.Color selected = (javafx.scene.paint.Color) view.selectedColorProperty().get();
        int found = 0;
        for (int px = (int) Math.max(0, x - 12); px < Math.min(image.getWidth(), x + 12); px++) {
            for (int py = 0; py < image.getHeight(); py++) {
                javafx.scene.paint.Color c = image.getPixelReader().getColor(px, py);
                if (Math.abs(c.getRed() - selected.getRed()) + Math.abs(c.getGreen() - selected.getGreen())
                        + Math.abs(c.getBlue() - selected.getBlue()) < 0.12) {
                    found++;
                }
            }
        }
        return found;
    }

    private static boolean waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(condition));
            return true;
        } catch (java.util.concurrent.TimeoutException e) {
            return false;
        }
    }

    @Test
    void aPoolTooSmallForAKindSaysWhyAndAnEmptyOneSaysSo(FxRobot robot) {
        openQuiz(robot);
        // The bundled dataset has one legal event: hide every other category.
        robot.interact(() -> state.getHiddenCategories().addAll(state.getDataset().categories().stream()
                .filter(c -> !c.equals("legal")).toList()));
        assertEquals(1, state.getShownEvents().size());
        assertTrue(text(robot, "#quiz-left-out").contains("Put them in order needs at least 4 events; the search"
                + " and filter leave 1."), text(robot, "#quiz-left-out"));

        robot.interact(() -> state.searchTextProperty().set("xyzzy"));
        robot.clickOn("#quiz-new-round");

        assertTrue(robot.lookup("#quiz-message").query().isVisible());
        assertTrue(text(robot, "#quiz-message").contains("no events to ask about"), text(robot, "#quiz-message"));
        assertFalse(robot.lookup("#quiz-question-pane").query().isVisible());
    }
}
