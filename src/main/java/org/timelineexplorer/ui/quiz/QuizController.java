package org.timelineexplorer.ui.quiz;

import javafx.animation.Transition;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.quiz.Answer;
import org.timelineexplorer.quiz.CardLayout;
import org.timelineexplorer.quiz.EraQuestion;
import org.timelineexplorer.quiz.FiguresQuestion;
import org.timelineexplorer.quiz.OrderQuestion;
import org.timelineexplorer.quiz.Question;
import org.timelineexplorer.quiz.QuestionKind;
import org.timelineexplorer.quiz.ResultsSheet;
import org.timelineexplorer.quiz.Rounds;
import org.timelineexplorer.quiz.WhenQuestion;
import org.timelineexplorer.timeline.TimelineView;
import org.timelineexplorer.ui.EraButton;
import org.timelineexplorer.ui.Formats;
import org.timelineexplorer.ui.help.Shortcut;
import org.timelineexplorer.ui.help.Shortcuts;

import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.function.Consumer;

/**
 * The quiz window's controller: turns the {@link QuizViewModel} into the question shown and its answer area, and
 * clicks, drags and keys into answers. The rules live in the view model and {@code org.timelineexplorer.quiz}.
 */
public final class QuizController {

    private static final Messages TEXTS = Messages.of(QuizController.class);
    /** How many presses of the keys that move a card along the timeline cross the span it shows. */
    private static final int KEY_STEPS = 40;
    /** The timeline as a strip under the order cards, which take the room. */
    private static final PseudoClass UNDER_CARDS = PseudoClass.getPseudoClass("under-cards");
    /** How long the order cards take to move from where they were dropped to their true dates. */
    static final Duration CARDS_REVEAL = Duration.millis(800);

    private final AppState state;
    private final QuizViewModel quiz;
    /** What the quiz's timeline shows as events: none while asking, the answer's after. */
    private final ObservableList<TimelineEvent> revealed = FXCollections.observableArrayList();
    private final TimelineView timeline;
    private final List<Button> choiceButtons = new ArrayList<>();
    private ListView<TimelineEvent> orderList;
    /** The order cards moving to their true dates, while they do. */
    private Transition cardsReveal;
    /** The answer area's first control, which takes the keys when a question shows. */
    private Node firstFocus;
    private Consumer<QuizViewModel> onClassQuiz = q -> { };

    @FXML private BorderPane root;
    @FXML private FlowPane kindBoxes;
    @FXML private HBox seriesRow;
    @FXML private FlowPane seriesBoxes;
    @FXML private Button newRoundButton;
    @FXML private Label poolLabel;
    @FXML private Label codeLabel;
    @FXML private TextField codeField;
    @FXML private Button classQuizButton;
    @FXML private Label leftOutLabel;
    @FXML private VBox questionPane;
    @FXML private Label progressLabel;
    @FXML private Label promptLabel;
    @FXML private Label cardTextLabel;
    @FXML private StackPane answerHolder;
    @FXML private Label feedbackLabel;
    @FXML private Button nextButton;
    @FXML private StackPane timelineHolder;
    @FXML private VBox resultsPane;
    @FXML private Label scoreLabel;
    @FXML private Label savedLabel;
    @FXML private ListView<Answer> reviewList;
    @FXML private Label messageLabel;

    public QuizController(AppState state, QuizViewModel quiz) {
        this.state = state;
        this.quiz = quiz;
        timeline = new TimelineView(revealed, state.getEras());
        timeline.setId("quiz-timeline-view");
        timeline.setKeys(Shortcuts.timelineKeys());
        timeline.setLocale(Formats.locale());
        timeline.timeRightToLeftProperty().bind(state.timeRightToLeftProperty());
    }

    @FXML
    private void initialize() {
        codeLabel.setLabelFor(codeField);
        timelineHolder.getChildren().add(timeline);
        timeline.selectedEraProperty().addListener((o, was, era) -> eraClicked(era));
        timeline.setOnDragOver(e -> {
            if (cardDragged(e) != null) {
                e.acceptTransferModes(TransferMode.MOVE);
            }
            e.consume();
        });
        timeline.setOnDragDropped(e -> {
            TimelineEvent card = cardDragged(e);
            if (card != null) {
                orderList.getSelectionModel().select(card); // the card placed stays chosen in the list
                quiz.placeCard(card, timeline.timeAt(e.getX()));
                e.setDropCompleted(true);
            }
            e.consume();
        });
        quiz.cardsProperty().addListener((o, was, cards) -> laidOut(cards));
        for (QuestionKind kind : QuestionKind.values()) {
            CheckBox box = new CheckBox(kind.title());
            box.setId("quiz-kind-" + kind.name().toLowerCase(java.util.Locale.ROOT));
            box.setSelected(quiz.getKinds().contains(kind));
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    quiz.getKinds().add(kind);
                } else {
                    quiz.getKinds().remove(kind);
                }
            });
            quiz.getKinds().addListener((SetChangeListener<QuestionKind>) c -> box.setSelected(
                    quiz.getKinds().contains(kind)));
            kindBoxes.getChildren().add(box);
        }
        state.datasetProperty().addListener(o -> listSeries());
        quiz.getSeriesIds().addListener((SetChangeListener<String>) c -> seriesBoxes.getChildren().forEach(box ->
                ((CheckBox) box).setSelected(quiz.getSeriesIds().contains(((FigureSeries) box.getUserData()).id()))));
        listSeries();
        poolLabel.textProperty().bind(quiz.poolProperty());
        leftOutLabel.textProperty().bind(quiz.leftOutProperty());
        leftOutLabel.managedProperty().bind(leftOutLabel.textProperty().isNotEmpty());
        quiz.codeProperty().addListener((o, was, code) -> codeField.setText(code));
        classQuizButton.disableProperty().bind(quiz.roundProperty().map(r -> r.questions().isEmpty()).orElse(true));
        reviewList.setItems(quiz.getAnswers());
        reviewList.setCellFactory(list -> new ReviewCell());
        reviewList.getSelectionModel().selectedItemProperty().addListener((o, was, chosen) -> {
            if (chosen != null) {
                quiz.showInDetail(chosen.question());
            }
        });
        quiz.questionProperty().addListener((o, was, question) -> {
            show(); // first, so that the answer area is visible when it takes the keys
            if (question != null) {
                ask(question);
            }
        });
        quiz.finishedProperty().addListener(o -> show());
        quiz.messageProperty().addListener((o, was, message) -> {
            if (quiz.getQuestion() != null && quiz.getAnswer() == null) {
                feedbackLabel.setText(message); // a typed date that does not read
            }
            show();
        });
        quiz.answerProperty().addListener((o, was, answer) -> answered(answer));
        show();
    }

    /** What the Class quiz button does with the round: the window that owns this view presents it. */
    void setOnClassQuiz(Consumer<QuizViewModel> action) {
        onClassQuiz = action;
    }

    private void listSeries() {
        seriesBoxes.getChildren().clear();
        for (FigureSeries series : quiz.series()) {
            CheckBox box = new CheckBox(series.title());
            box.setId("quiz-series-" + series.id());
            box.setUserData(series);
            box.setSelected(quiz.getSeriesIds().contains(series.id()));
            box.selectedProperty().addListener((o, was, on) -> {
                if (on) {
                    quiz.getSeriesIds().add(series.id());
                } else {
                    quiz.getSeriesIds().remove(series.id());
                }
            });
            seriesBoxes.getChildren().add(box);
        }
        seriesRow.setVisible(!seriesBoxes.getChildren().isEmpty());
        seriesRow.setManaged(seriesRow.isVisible());
    }

    // ----- the pane shown

    private void show() {
        Question question = quiz.getQuestion();
        boolean finished = quiz.isFinished();
        questionPane.setVisible(question != null);
        resultsPane.setVisible(finished);
        messageLabel.setVisible(question == null && !finished);
        messageLabel.setText(quiz.messageProperty().get().isEmpty() ? TEXTS.text("quiz.intro")
                : quiz.messageProperty().get());
        if (finished) {
            scoreLabel.setText(TEXTS.text("quiz.score", quiz.score()));
            savedLabel.setText("");
            reviewList.requestFocus();
        }
    }

    private void ask(Question question) {
        int number = quiz.indexProperty().get() + 1;
        int of = quiz.roundProperty().get().questions().size();
        progressLabel.setText(TEXTS.text("quiz.progress", number, of, question.kind().title()));
        promptLabel.setText(question.prompt());
        cardTextLabel.setText(question instanceof EraQuestion e ? e.event().text()
                : question instanceof WhenQuestion w ? w.event().text() : "");
        cardTextLabel.setManaged(!cardTextLabel.getText().isEmpty());
        feedbackLabel.setText("");
        nextButton.setVisible(false);
        nextButton.setText(TEXTS.text(number == of ? "quiz.last" : "quiz.next"));
        if (cardsReveal != null) {
            cardsReveal.stop();
        }
        revealed.clear();
        timeline.setOnTimePicked(null);
        timeline.setSelectedEra(null);
        timeline.setVisibleRange(quiz.overview());
        choiceButtons.clear();
        Node answerArea = switch (question.kind()) {
            case ORDER -> orderArea((OrderQuestion) question);
            case ERA -> eraArea((EraQuestion) question);
            case WHEN -> whenArea();
            case FIGURES -> choicesArea((FiguresQuestion) question);
        };
        answerHolder.getChildren().setAll(answerArea);
        firstFocus.requestFocus();
        // Choices take the room; eras and dates are answered on the timeline; cards and timeline share it, the
        // timeline starting from a strip so that a small window still shows several cards.
        boolean onTimeline = !(question instanceof FiguresQuestion);
        boolean cards = question instanceof OrderQuestion;
        timelineHolder.setVisible(onTimeline);
        timelineHolder.setManaged(onTimeline);
        timelineHolder.pseudoClassStateChanged(UNDER_CARDS, cards);
        VBox.setVgrow(answerHolder, onTimeline && !cards ? Priority.NEVER : Priority.ALWAYS);
        if (question instanceof WhenQuestion) {
            timeline.setOnTimePicked(day -> quiz.answerTime(day, timeline.getVisibleRange(),
                    timeline.getVisibleRange().length() / Math.max(1, timeline.getWidth())));
        }
    }

    private Node orderArea(OrderQuestion q) {
        orderList = new ListView<>(FXCollections.observableArrayList(quiz.getCards().order()));
        orderList.setId("quiz-order-list");
        orderList.getStyleClass().add("quiz-order-list");
        orderList.setCellFactory(list -> new CardCell());
        orderList.getSelectionModel().select(0);
        orderList.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            int step = Shortcuts.CARD_EARLIER.matches(e) ? -1 : Shortcuts.CARD_LATER.matches(e) ? 1 : 0;
            int along = Shortcuts.CARD_ALONG_EARLIER.matches(e) ? -1 : Shortcuts.CARD_ALONG_LATER.matches(e) ? 1 : 0;
            int from = orderList.getSelectionModel().getSelectedIndex();
            if (step != 0) {
                quiz.moveCard(from, from + step);
                e.consume();
            } else if (along != 0 && from >= 0) {
                moveAlongTimeline(orderList.getItems().get(from), along);
                e.consume();
            }
        });
        Button check = new Button(TEXTS.text("quiz.order.check"));
        check.setId("quiz-check-order");
        check.setOnAction(e -> quiz.answerOrder());
        Label hint = new Label(TEXTS.text("quiz.order.hint",
                Shortcut.keyName(Shortcuts.CARD_EARLIER.accelerator()),
                Shortcut.keyName(Shortcuts.CARD_LATER.accelerator()),
                Shortcut.keyName(Shortcuts.CARD_ALONG_EARLIER.accelerator()),
                Shortcut.keyName(Shortcuts.CARD_ALONG_LATER.accelerator())));
        hint.setWrapText(true);
        hint.setMinHeight(Label.USE_PREF_SIZE);
        hint.setMaxWidth(Double.MAX_VALUE);
        hint.getStyleClass().add("quiz-muted");
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox bar = new HBox(hint, check);
        bar.getStyleClass().add("quiz-row");
        check.setMinWidth(Button.USE_PREF_SIZE);
        VBox area = new VBox(orderList, bar);
        VBox.setVgrow(orderList, Priority.ALWAYS);
        area.getStyleClass().add("quiz-question-pane");
        area.setStyle("-fx-padding: 0;");
        firstFocus = orderList;
        return area;
    }

    /** Shows the cards as the student has laid them out: in the list, the chosen card still chosen, and on the timeline. */
    private void laidOut(CardLayout cards) {
        if (cards == null || orderList == null) {
            return;
        }
        TimelineEvent chosen = orderList.getSelectionModel().getSelectedItem();
        orderList.getItems().setAll(cards.order());
        int at = orderList.getItems().indexOf(chosen);
        orderList.getSelectionModel().select(at);
        orderList.getFocusModel().focus(at);
        revealed.setAll(cards.order().stream().filter(card -> cards.placedAt(card).isPresent())
                .map(card -> cardMarker(card, cards.placedAt(card).getAsDouble())).toList());
    }

    /**
     * The keyboard's drop: a card not yet on the timeline goes to the middle of what it shows, one on it moves a
     * {@link #KEY_STEPS}th of the shown span in {@code direction} (-1 earlier, 1 later).
     */
    private void moveAlongTimeline(TimelineEvent card, int direction) {
        TimeRange shown = timeline.getVisibleRange();
        OptionalDouble at = quiz.getCards().placedAt(card);
        quiz.placeCard(card, at.isPresent() ? at.getAsDouble() + direction * shown.length() / KEY_STEPS
                : shown.center());
    }

    /** The order card being dragged by {@code e}, while the question waits for an answer; otherwise {@code null}. */
    private TimelineEvent cardDragged(DragEvent e) {
        return e.getGestureSource() instanceof CardCell cell && quiz.getCards() != null && quiz.getAnswer() == null
                ? cell.getItem() : null;
    }

    /** A card on the timeline at {@code day}: its title at the time dropped, never its true date. */
    private static TimelineEvent cardMarker(TimelineEvent card, double day) {
        return new TimelineEvent("quiz-card-" + card.id(), HistoricalDate.onEpochDay((long) Math.floor(day),
                DatePrecision.DAY), null, card.title(), "", "", null, List.of(), null);
    }

    private Node eraArea(EraQuestion q) {
        HBox buttons = new HBox();
        buttons.getStyleClass().addAll("era-navigator", "quiz-choice-bar");
        for (Era era : q.choices()) {
            EraButton button = new EraButton(era.title(), era.color());
            button.setId("quiz-era-" + era.id());
            button.getStyleClass().add("era-button");
            button.setUserData(era);
            HBox.setHgrow(button, Priority.ALWAYS);
            button.setOnAction(e -> quiz.answerEra(era));
            buttons.getChildren().add(button);
        }
        Label hint = new Label(TEXTS.text("quiz.era.hint"));
        hint.getStyleClass().add("quiz-muted");
        VBox area = new VBox(buttons, hint);
        area.setSpacing(4);
        firstFocus = buttons.getChildren().get(0);
        return area;
    }

    private void eraClicked(Era era) {
        if (era != null && quiz.getAnswer() == null && quiz.getQuestion() instanceof EraQuestion) {
            quiz.answerEra(era);
        }
    }

    private Node whenArea() {
        TextField typed = new TextField();
        typed.setId("quiz-when-field");
        typed.setPromptText(TEXTS.text("quiz.when.prompt"));
        typed.setPrefColumnCount(14);
        Button answer = new Button(TEXTS.text("quiz.when.answer"));
        answer.setId("quiz-when-answer");
        Runnable give = () -> quiz.answerTyped(typed.getText(), timeline.getVisibleRange());
        typed.setOnAction(e -> give.run());
        answer.setOnAction(e -> give.run());
        Label hint = new Label(TEXTS.text("quiz.when.hint"));
        hint.setLabelFor(typed);
        HBox area = new HBox(hint, typed, answer);
        area.getStyleClass().add("quiz-row");
        firstFocus = typed;
        return area;
    }

    /** The choices above the series' chart; for a peak, a click on the chart's year answers too. */
    private Node choicesArea(FiguresQuestion q) {
        HBox buttons = new HBox();
        buttons.getStyleClass().add("quiz-choice-bar");
        for (int i = 0; i < q.choices().size(); i++) {
            int chosen = i;
            Button button = new Button(q.choices().get(i));
            button.setId("quiz-choice-" + i);
            button.getStyleClass().add("quiz-choice");
            button.setOnAction(e -> quiz.answerChoice(chosen));
            choiceButtons.add(button);
            buttons.getChildren().add(button);
        }
        FiguresChart chart = new FiguresChart();
        chart.setId("quiz-chart");
        chart.timeRightToLeftProperty().bind(state.timeRightToLeftProperty());
        chart.setSeries(q.series());
        chart.setColorIndex(Math.max(0, quiz.series().indexOf(q.series())));
        Label hint = new Label(TEXTS.text(q.ask() == FiguresQuestion.Ask.PEAK ? "quiz.chart.hint"
                : "quiz.height.hint"));
        hint.setId("quiz-chart-hint");
        hint.getStyleClass().add("quiz-muted");
        if (q.ask() == FiguresQuestion.Ask.PEAK) {
            chart.setOnYearClicked(quiz::answerYear);
        } else {
            answerAtHeight(q, chart, hint);
        }
        VBox area = new VBox(buttons, hint, chart);
        area.setSpacing(6);
        VBox.setVgrow(chart, Priority.ALWAYS);
        firstFocus = choiceButtons.get(0);
        return area;
    }

    /**
     * Lets "about how many?" be answered on the chart: while the pointer is over the plot a line stands at its
     * height and the hint names the figure there and the choice a click gives; a click answers with that choice.
     */
    private void answerAtHeight(FiguresQuestion q, FiguresChart chart, Label hint) {
        chart.addEventHandler(MouseEvent.MOUSE_MOVED, e -> {
            if (quiz.getAnswer() == null) {
                pointAt(q, chart, hint, chart.valueAt(e.getSceneX(), e.getSceneY()));
            }
        });
        chart.addEventHandler(MouseEvent.MOUSE_EXITED, e -> {
            if (quiz.getAnswer() == null) {
                pointAt(q, chart, hint, OptionalDouble.empty());
            }
        });
        chart.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            OptionalDouble value = chart.valueAt(e.getSceneX(), e.getSceneY());
            if (e.isStillSincePress() && value.isPresent() && quiz.getAnswer() == null) {
                pointAt(q, chart, hint, value);
                quiz.answerValue(value.getAsDouble());
                hint.setText(TEXTS.text("quiz.height.clicked", Rounds.about(value.getAsDouble()),
                        q.choices().get(q.choiceNearest(value.getAsDouble()))));
            }
        });
    }

    /** The line at the figure pointed at, the hint saying which choice it gives, that choice marked; or none. */
    private void pointAt(FiguresQuestion q, FiguresChart chart, Label hint, OptionalDouble value) {
        choiceButtons.forEach(b -> b.getStyleClass().remove("pending"));
        if (value.isEmpty()) {
            chart.setLevel(null);
            hint.setText(TEXTS.text("quiz.height.hint"));
            return;
        }
        int nearest = q.choiceNearest(value.getAsDouble());
        chart.setLevel(value.getAsDouble());
        choiceButtons.get(nearest).getStyleClass().add("pending");
        hint.setText(TEXTS.text("quiz.height.pointed", Rounds.about(value.getAsDouble()), q.choices().get(nearest)));
    }

    // ----- after an answer

    private void answered(Answer answer) {
        if (answer == null) {
            return;
        }
        Question q = answer.question();
        String points = ResultsSheet.points(answer.points());
        feedbackLabel.setText(answer.isRight() ? TEXTS.text("quiz.right", revealText(q))
                : answer.points() > 0 ? TEXTS.text("quiz.nearly", points, revealText(q))
                : TEXTS.text("quiz.wrong", revealText(q)));
        nextButton.setVisible(true);
        nextButton.requestFocus();
        timeline.setOnTimePicked(null);
        if (q instanceof OrderQuestion o) {
            orderList.getItems().setAll(o.rightOrder()); // the cards now show their dates
            revealCards(o, quiz.getCards());
        } else if (q instanceof EraQuestion e) {
            revealed.setAll(e.event());
            timeline.setSelectedEvent(e.event());
            timeline.selectEra(e.era());
        } else if (q instanceof WhenQuestion w) {
            revealed.setAll(w.event(), yourPick(quiz.pickedProperty().get()));
            timeline.setSelectedEvent(w.event());
            // The true place, animated: the event in the middle of the same span, so the class sees the move.
            double half = timeline.getVisibleRange().length() / 2;
            double middle = w.event().range().center();
            timeline.zoomTo(new TimeRange(middle - half, middle + half));
        } else if (q instanceof FiguresQuestion f) {
            choiceButtons.forEach(b -> b.getStyleClass().remove("pending"));
            for (int i = 0; i < choiceButtons.size(); i++) {
                boolean chosen = choiceButtons.get(i).getText().equals(answer.given());
                choiceButtons.get(i).getStyleClass().add(i == f.right() ? "right" : chosen ? "wrong" : "other");
                choiceButtons.get(i).setDisable(true);
            }
        }
    }

    /**
     * Moves the cards on the timeline from where they were dropped to their true dates, the cards not dropped
     * appearing at theirs, while the timeline moves to show them all: the class sees how far off each one was.
     */
    private void revealCards(OrderQuestion o, CardLayout laidOut) {
        List<TimelineEvent> truth = o.rightOrder();
        double from = truth.stream().mapToDouble(card -> Math.min(card.range().start(),
                laidOut.placedAt(card).orElse(card.range().start()))).min().orElseThrow();
        double to = truth.stream().mapToDouble(card -> Math.max(card.range().end(),
                laidOut.placedAt(card).orElse(card.range().end()))).max().orElseThrow();
        timeline.zoomTo(new TimeRange(from, Math.max(to, from + 1)).expand(0.12));
        cardsReveal = new Transition() {
            {
                setCycleDuration(CARDS_REVEAL);
            }

            @Override
            protected void interpolate(double done) {
                revealed.setAll(done == 1 ? truth : truth.stream().map(card -> laidOut.placedAt(card).isEmpty() ? card
                        : cardMarker(card, laidOut.placedAt(card).getAsDouble() * (1 - done)
                        + card.range().center() * done)).toList());
            }
        };
        if (timeline.isAnimated()) {
            cardsReveal.play();
        } else {
            revealed.setAll(truth);
        }
    }

    /** A marker for the student's pick, drawn beside the true date. */
    private static TimelineEvent yourPick(HistoricalDate date) {
        return new TimelineEvent("quiz-your-answer", date, null, TEXTS.text("quiz.your.pick"), "", "", null, List.of(),
                null);
    }

    /** The right answer, in a sentence. */
    static String revealText(Question q) {
        return switch (q.kind()) {
            case ORDER -> TEXTS.text("quiz.reveal.order");
            case ERA -> TEXTS.text("quiz.reveal.era", q.rightAnswer(Formats.locale()));
            case WHEN -> TEXTS.text("quiz.reveal.when", q.rightAnswer(Formats.locale()));
            case FIGURES -> TEXTS.text("quiz.reveal.figures", q.rightAnswer(Formats.locale()));
        };
    }

    @FXML
    private void next() {
        quiz.next();
    }

    @FXML
    private void newRound() {
        quiz.newRound();
    }

    @FXML
    private void playCode() {
        quiz.play(codeField.getText());
    }

    @FXML
    private void classQuiz() {
        onClassQuiz.accept(quiz);
    }

    @FXML
    private void saveResults() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(TEXTS.text("quiz.save.title"));
        chooser.setInitialFileName("quiz-results.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(TEXTS.text("quiz.save.kind"), "*.csv"));
        File file = chooser.showSaveDialog(root.getScene().getWindow());
        if (file == null) {
            return;
        }
        try {
            quiz.saveResults(file.toPath());
            savedLabel.setText(TEXTS.text("quiz.saved", String.valueOf(file)));
        } catch (IOException e) {
            savedLabel.setText(e.getMessage());
        }
    }

    // ----- cells

    /** An order card: title and text, no date until the answer is given; cards drag to a new place. */
    private final class CardCell extends ListCell<TimelineEvent> {

        CardCell() {
            setWrapText(true);
            setPrefWidth(0);
            setOnDragDetected(e -> {
                if (getItem() != null && quiz.getAnswer() == null) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(Integer.toString(getIndex()));
                    startDragAndDrop(TransferMode.MOVE).setContent(content);
                    e.consume();
                }
            });
            setOnDragOver(e -> {
                if (e.getGestureSource() instanceof CardCell) {
                    e.acceptTransferModes(TransferMode.MOVE);
                }
                e.consume();
            });
            setOnDragDropped(this::dropped);
        }

        private void dropped(DragEvent e) {
            if (e.getGestureSource() instanceof CardCell source) {
                int to = getItem() == null ? getListView().getItems().size() - 1 : getIndex();
                getListView().getSelectionModel().select(source.getIndex()); // the card moved stays chosen
                quiz.moveCard(source.getIndex(), to);
                e.setDropCompleted(true);
            }
            e.consume();
        }

        @Override
        protected void updateItem(TimelineEvent event, boolean empty) {
            super.updateItem(event, empty);
            if (empty || event == null) {
                setText(null);
                return;
            }
            String card = quiz.getAnswer() == null ? TEXTS.text("quiz.card", getIndex() + 1, event.title())
                    : TEXTS.text("quiz.card.dated", getIndex() + 1, event.formatDate(Formats.locale()), event.title());
            setText(card + (event.text().isEmpty() ? "" : "\n" + event.text()));
        }
    }

    /** A review row: the question, the answer given, the right one and the points. */
    private static final class ReviewCell extends ListCell<Answer> {

        ReviewCell() {
            setWrapText(true);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Answer answer, boolean empty) {
            super.updateItem(answer, empty);
            if (empty || answer == null) {
                setText(null);
                return;
            }
            Question q = answer.question();
            setText(TEXTS.text("quiz.review", getIndex() + 1, q.kind().title(), q.prompt(), answer.given(),
                    q.rightAnswer(Formats.locale()), ResultsSheet.points(answer.points()), answer.points()));
        }
    }
}
