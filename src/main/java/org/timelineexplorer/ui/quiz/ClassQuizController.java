package org.timelineexplorer.ui.quiz;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.quiz.ClassQuizSteps;
import org.timelineexplorer.quiz.EraQuestion;
import org.timelineexplorer.quiz.FiguresQuestion;
import org.timelineexplorer.quiz.OrderQuestion;
import org.timelineexplorer.quiz.Question;
import org.timelineexplorer.quiz.Round;
import org.timelineexplorer.quiz.WhenQuestion;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.ui.Formats;
import org.timelineexplorer.ui.help.Shortcut;
import org.timelineexplorer.ui.help.Shortcuts;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The class quiz: a round's questions one at a time in large type, each answer revealed on the next press of the
 * presentation's keys ({@link Shortcuts#NEXT_STEP} and the rest); no score. {@link Shortcuts#LEAVE} leaves. An
 * answer that is a date or an era is also shown on a timeline under the question, which moves to it, so the class
 * sees where it lies; before the answer the timeline is hidden, since its events would give the answer away.
 */
public final class ClassQuizController {

    private static final Messages TEXTS = Messages.of(ClassQuizController.class);

    private final Round round;
    private final ClassQuizSteps steps;
    private final ObservableList<TimelineEvent> answerEvents = FXCollections.observableArrayList();
    private final TimelineView timeline;
    private final TimeRange overview;
    private Runnable onLeave = () -> { };

    @FXML private BorderPane root;
    @FXML private Label kicker;
    @FXML private Label prompt;
    @FXML private Label detail;
    @FXML private Label answer;
    @FXML private Label hint;
    @FXML private StackPane timelineHolder;

    public ClassQuizController(Round round, AppState state) {
        this.round = round;
        this.steps = new ClassQuizSteps(round.questions().size());
        overview = state.getDataset().overview();
        timeline = new TimelineView(answerEvents, state.getEras());
        timeline.setId("class-quiz-timeline");
        timeline.setLocale(Formats.locale());
        timeline.timeRightToLeftProperty().bind(state.timeRightToLeftProperty());
        // The clicker's keys step the quiz; the timeline only shows.
        timeline.setFocusTraversable(false);
        // What the question and its answer leave, and at least its own least height (the axis, the bands and a
        // lane): where there is less, the event's text gives up lines first.
        timeline.setPrefHeight(0);
    }

    @FXML
    private void initialize() {
        hint.setText(TEXTS.text("class.hint", Shortcut.keyName(Shortcuts.NEXT_STEP.accelerator()),
                Shortcut.keyName(Shortcuts.PREVIOUS_STEP.accelerator()),
                Shortcut.keyName(Shortcuts.LEAVE.accelerator())));
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
        timelineHolder.getChildren().add(timeline);
        show();
    }

    void setOnLeave(Runnable action) {
        onLeave = action;
    }

    private void keyPressed(KeyEvent e) {
        if (Shortcuts.NEXT_STEP.matches(e)) {
            steps.next();
        } else if (Shortcuts.PREVIOUS_STEP.matches(e)) {
            steps.previous();
        } else if (Shortcuts.FIRST_STEP.matches(e)) {
            steps.first();
        } else if (Shortcuts.LAST_STEP.matches(e)) {
            steps.toLast();
        } else if (Shortcuts.LEAVE.matches(e)) {
            onLeave.run();
        } else {
            return;
        }
        e.consume();
        show();
    }

    private void show() {
        Question q = round.questions().get(steps.question());
        kicker.setText(TEXTS.text("class.kicker", steps.position(), q.kind().title()));
        prompt.setText(q.prompt());
        // The order's answer takes the cards' place: both would not fit a 720p projector in large type.
        boolean cardsAnswered = steps.revealed() && q instanceof OrderQuestion;
        detail.setText(cardsAnswered ? "" : detailOf(q));
        detail.setManaged(!cardsAnswered);
        answer.setText(steps.revealed() ? answerOf(q) : "");
        answer.setVisible(steps.revealed());
        showOnTimeline(steps.revealed() ? q : null);
    }

    /**
     * The revealed answer's events on the timeline, which moves from the whole dataset to them (the era for an era
     * question), or no timeline while the question waits, for figures, whose answer is a number, and for the order,
 * whose answer is the cards' letters.
     */
    private void showOnTimeline(Question revealed) {
        List<TimelineEvent> events = revealed == null ? List.of() : switch (revealed.kind()) {
            case ERA -> List.of(((EraQuestion) revealed).event());
            case WHEN -> List.of(((WhenQuestion) revealed).event());
            // The order's answer is the lettered list, which a 720p projector in large type has room for alone.
            case ORDER, FIGURES -> List.of();
        };
        timelineHolder.setVisible(!events.isEmpty());
        timelineHolder.setManaged(!events.isEmpty());
        answerEvents.setAll(events);
        timeline.setSelectedEra(null);
        timeline.setSelectedEvent(events.size() == 1 ? events.get(0) : null);
        if (events.isEmpty()) {
            return;
        }
        timeline.setAnimated(false);
        timeline.setVisibleRange(overview);
        timeline.setAnimated(true);
        if (revealed instanceof EraQuestion e) {
            timeline.selectEra(e.era());
        } else {
            timeline.zoomTo(around(events));
        }
    }

    /**
     * A span that shows {@code events} with room around them: a tenth of the dataset's span at least, so that a
     * single day's event still shows its neighbourhood's eras and the axis a year or more around it.
     */
    private TimeRange around(List<TimelineEvent> events) {
        TimeRange covering = new TimeRange(events.stream().mapToDouble(e -> e.range().start()).min().orElseThrow(),
                events.stream().mapToDouble(e -> e.range().end()).max().orElseThrow()).expand(0.15);
        double least = overview.length() / 10;
        if (covering.length() >= least) {
            return covering;
        }
        double half = least / 2;
        return new TimeRange(covering.center() - half, covering.center() + half).within(overview.padded());
    }

    /** What the class reads besides the question: the event's text, the cards, the eras or the choices. */
    private static String detailOf(Question q) {
        return switch (q.kind()) {
            case ORDER -> lettered(((OrderQuestion) q).cards().stream().map(TimelineEvent::title).toList(), "\n");
            case ERA -> TEXTS.text("class.eras", ((EraQuestion) q).event().text(), ((EraQuestion) q).choices()
                    .stream().map(era -> era.title()).collect(Collectors.joining(" · ")));
            case WHEN -> ((WhenQuestion) q).event().text();
            case FIGURES -> lettered(((FiguresQuestion) q).choices(), "      ");
        };
    }

    private static String answerOf(Question q) {
        if (q instanceof OrderQuestion o) {
            List<TimelineEvent> cards = o.cards();
            return TEXTS.text("class.answer.order", o.rightOrder().stream().map(e -> TEXTS.text("class.card",
                    letter(cards.indexOf(e)), e.title(), e.formatDate(Formats.locale()))).collect(Collectors.joining("\n")));
        }
        return TEXTS.text("class.answer", q.rightAnswer(Formats.locale()));
    }

    private static String lettered(List<String> items, String separator) {
        return IntStream.range(0, items.size()).mapToObj(i -> letter(i) + " " + items.get(i))
                .collect(Collectors.joining(separator));
    }

    private static String letter(int i) {
        return TEXTS.text("class.letter", TEXTS.text("class.letters").substring(i, i + 1));
    }
}
