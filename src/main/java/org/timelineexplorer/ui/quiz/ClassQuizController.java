package org.timelineexplorer.ui.quiz;

import javafx.fxml.FXML;
import javafx.scene.control.Label;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.quiz.ClassQuizSteps;
import org.timelineexplorer.quiz.EraQuestion;
import org.timelineexplorer.quiz.FiguresQuestion;
import org.timelineexplorer.quiz.OrderQuestion;
import org.timelineexplorer.quiz.Question;
import org.timelineexplorer.quiz.Round;
import org.timelineexplorer.quiz.WhenQuestion;
import org.timelineexplorer.ui.Formats;
import org.timelineexplorer.ui.help.Shortcut;
import org.timelineexplorer.ui.help.Shortcuts;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The class quiz: a round's questions one at a time in large type, each answer revealed on the next press of the
 * presentation's keys ({@link Shortcuts#NEXT_STEP} and the rest); no score. {@link Shortcuts#LEAVE} leaves.
 */
public final class ClassQuizController {

    private final Round round;
    private final ClassQuizSteps steps;
    private Runnable onLeave = () -> { };

    @FXML private BorderPane root;
    @FXML private Label kicker;
    @FXML private Label prompt;
    @FXML private Label detail;
    @FXML private Label answer;
    @FXML private Label hint;

    public ClassQuizController(Round round) {
        this.round = round;
        this.steps = new ClassQuizSteps(round.questions().size());
    }

    @FXML
    private void initialize() {
        hint.setText(Shortcut.keyName(Shortcuts.NEXT_STEP.accelerator()) + ": answer, then next · "
                + Shortcut.keyName(Shortcuts.PREVIOUS_STEP.accelerator()) + ": back · "
                + Shortcut.keyName(Shortcuts.LEAVE.accelerator()) + ": leave");
        root.addEventFilter(KeyEvent.KEY_PRESSED, this::keyPressed);
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
        kicker.setText(steps.position() + " · " + q.kind().title());
        prompt.setText(q.prompt());
        // The order's answer takes the cards' place: both would not fit a 720p projector in large type.
        boolean cardsAnswered = steps.revealed() && q instanceof OrderQuestion;
        detail.setText(cardsAnswered ? "" : detailOf(q));
        detail.setManaged(!cardsAnswered);
        answer.setText(steps.revealed() ? answerOf(q) : "");
        answer.setVisible(steps.revealed());
    }

    /** What the class reads besides the question: the event's text, the cards, the eras or the choices. */
    private static String detailOf(Question q) {
        return switch (q.kind()) {
            case ORDER -> lettered(((OrderQuestion) q).cards().stream().map(TimelineEvent::title).toList(), "\n");
            case ERA -> ((EraQuestion) q).event().text() + "\n\nThe eras: " + ((EraQuestion) q).choices().stream()
                    .map(era -> era.title()).collect(Collectors.joining(" · "));
            case WHEN -> ((WhenQuestion) q).event().text();
            case FIGURES -> lettered(((FiguresQuestion) q).choices(), "      ");
        };
    }

    private static String answerOf(Question q) {
        if (q instanceof OrderQuestion o) {
            List<TimelineEvent> cards = o.cards();
            return "Answer, earliest first:\n" + o.rightOrder().stream().map(e -> letter(cards.indexOf(e)) + " "
                    + e.title() + " (" + e.formatDate(Formats.LOCALE) + ")").collect(Collectors.joining("\n"));
        }
        return "Answer: " + q.rightAnswer(Formats.LOCALE);
    }

    private static String lettered(List<String> items, String separator) {
        return IntStream.range(0, items.size()).mapToObj(i -> letter(i) + " " + items.get(i))
                .collect(Collectors.joining(separator));
    }

    private static String letter(int i) {
        return (char) ('A' + i) + ".";
    }
}
