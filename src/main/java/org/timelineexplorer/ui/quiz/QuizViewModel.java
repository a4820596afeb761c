package org.timelineexplorer.ui.quiz;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import org.timelineexplorer.export.PngFiles;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
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
import org.timelineexplorer.quiz.Round;
import org.timelineexplorer.quiz.RoundCode;
import org.timelineexplorer.quiz.RoundSpec;
import org.timelineexplorer.quiz.Rounds;
import org.timelineexplorer.quiz.WhenQuestion;
import org.timelineexplorer.ui.Formats;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * The quiz window's state and actions, without controls: the kinds and series chosen, the round being played, the
 * question shown and the answers given, the score and the round's code. The pool is what the window's search and
 * category filter leave shown, read from the one {@link AppState}; playing a code sets that filter.
 */
public final class QuizViewModel {

    private static final Messages TEXTS = Messages.of(QuizViewModel.class);

    private final AppState state;
    private final Random seeds;
    private final ObservableSet<QuestionKind> kinds = FXCollections.observableSet(EnumSet.allOf(QuestionKind.class));
    private final ObservableSet<String> seriesIds = FXCollections.observableSet();
    private final ReadOnlyStringWrapper leftOut = new ReadOnlyStringWrapper(this, "leftOut", "");
    private final ReadOnlyStringWrapper pool = new ReadOnlyStringWrapper(this, "pool", "");
    private final ReadOnlyObjectWrapper<Round> round = new ReadOnlyObjectWrapper<>(this, "round");
    private final ReadOnlyStringWrapper code = new ReadOnlyStringWrapper(this, "code", "");
    private final ObservableList<Answer> answers = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index");
    private final ReadOnlyObjectWrapper<Question> question = new ReadOnlyObjectWrapper<>(this, "question");
    private final ReadOnlyObjectWrapper<Answer> answer = new ReadOnlyObjectWrapper<>(this, "answer");
    private final ReadOnlyObjectWrapper<CardLayout> cards = new ReadOnlyObjectWrapper<>(this, "cards");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<HistoricalDate> picked = new ReadOnlyObjectWrapper<>(this, "picked");

    /** Held here and given to the state weakly (see the constructor). */
    private final InvalidationListener datasetChanging = o -> datasetChanged();

    /** The quiz on {@code state}'s open dataset and shown events; new seeds from {@code seeds}. */
    public QuizViewModel(AppState state, Random seeds) {
        this.state = state;
        this.seeds = seeds;
        // Weakly: each quiz window makes a quiz, which must stop following the state once its window is gone.
        state.openedProperty().addListener(new WeakInvalidationListener(datasetChanging));
        leftOut.bind(Bindings.createStringBinding(this::describeLeftOut, state.getShownEvents(), kinds, seriesIds));
        pool.bind(Bindings.createStringBinding(this::describePool, state.getShownEvents()));
        datasetChanged();
    }

    public QuizViewModel(AppState state) {
        this(state, new Random());
    }

    private void datasetChanged() {
        Dataset dataset = state.getDataset();
        seriesIds.clear();
        if (dataset != null) {
            seriesIds.addAll(dataset.series().stream().map(FigureSeries::id).toList());
        }
        round.set(null);
        answers.clear();
        ask(null);
        answer.set(null);
        finished.set(false);
        code.set("");
        message.set("");
    }

    private String describePool() {
        int shown = state.getShownEvents().size();
        int all = state.getEvents().size();
        return shown == all ? TEXTS.text("quiz.pool.all", all) : TEXTS.text("quiz.pool.shown", shown, all);
    }

    private String describeLeftOut() {
        Dataset dataset = state.getDataset();
        if (dataset == null) {
            return "";
        }
        if (state.getShownEvents().isEmpty()) {
            return TEXTS.text("quiz.pool.empty");
        }
        return String.join(" ", Rounds.leftOut(dataset, state.getShownEvents(), kinds, seriesIds).values());
    }

    // ----- choosing and starting

    /** The kinds of question chosen; all at first. */
    public ObservableSet<QuestionKind> getKinds() {
        return kinds;
    }

    /** The ids of the series "Read the figures" uses; all of the dataset's at first. */
    public ObservableSet<String> getSeriesIds() {
        return seriesIds;
    }

    /** Why chosen kinds will be left out of a round on the events shown now; empty when none will. */
    public ReadOnlyStringProperty leftOutProperty() {
        return leftOut.getReadOnlyProperty();
    }

    /** Which events the questions come from, in a sentence. */
    public ReadOnlyStringProperty poolProperty() {
        return pool.getReadOnlyProperty();
    }

    /** Draws a new round from a fresh seed, the kinds and series chosen and the events shown. */
    public void newRound() {
        start(new RoundSpec(seeds.nextInt(RoundSpec.MAX_SEED + 1), kinds, seriesIds,
                state.searchTextProperty().get(), state.getHiddenCategories()));
    }

    /**
     * Plays the round of {@code roundCode}: sets the window's search and category filter, the kinds and the series
     * as the code says, then draws the same round. A code that does not fit the open dataset says so in
     * {@link #messageProperty()} and changes nothing.
     */
    public void play(String roundCode) {
        RoundSpec spec;
        try {
            spec = RoundCode.decode(roundCode, state.getDataset());
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            return;
        }
        state.searchTextProperty().set(spec.searchText());
        state.getHiddenCategories().clear();
        state.getHiddenCategories().addAll(spec.hiddenCategories());
        kinds.clear();
        kinds.addAll(spec.kinds());
        seriesIds.clear();
        seriesIds.addAll(spec.seriesIds());
        start(spec);
    }

    private void start(RoundSpec spec) {
        Round drawn = Rounds.draw(state.getDataset(), List.copyOf(state.getShownEvents()), spec);
        answers.clear();
        answer.set(null);
        picked.set(null);
        finished.set(false);
        code.set(RoundCode.encode(spec, state.getDataset()));
        message.set(drawn.empty().orElse(""));
        // Through null, so that a replayed round, whose questions equal the last's, shows its first afresh.
        ask(null);
        index.set(0);
        round.set(drawn);
        ask(drawn.questions().isEmpty() ? null : drawn.questions().get(0));
    }

    /** The round played, or {@code null} before the first. */
    public ReadOnlyObjectProperty<Round> roundProperty() {
        return round.getReadOnlyProperty();
    }

    /** The code that replays the round, such as "K7Q2-XM4P"; empty before the first round. */
    public ReadOnlyStringProperty codeProperty() {
        return code.getReadOnlyProperty();
    }

    /** A sentence for the student: an empty pool, a code that does not fit, a date that does not read. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ----- answering

    /** Shows {@code next} (or no question), an order question with its cards as dealt. */
    private void ask(Question next) {
        cards.set(next instanceof OrderQuestion o ? CardLayout.dealt(o) : null);
        question.set(next);
    }

    /** The question shown, or {@code null} when there is none (no round, an empty one, or the round is over). */
    public ReadOnlyObjectProperty<Question> questionProperty() {
        return question.getReadOnlyProperty();
    }

    public Question getQuestion() {
        return question.get();
    }

    /** Which question is shown, from 0. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    /** The answer to the question shown, once given; {@code null} while it waits for one. */
    public ReadOnlyObjectProperty<Answer> answerProperty() {
        return answer.getReadOnlyProperty();
    }

    public Answer getAnswer() {
        return answer.get();
    }

    /** The answers given in this round, in order. */
    public ObservableList<Answer> getAnswers() {
        return FXCollections.unmodifiableObservableList(answers);
    }

    /**
     * The order question's cards as the student has laid them out, in the list and on the timeline; {@code null}
     * for other kinds.
     */
    public ReadOnlyObjectProperty<CardLayout> cardsProperty() {
        return cards.getReadOnlyProperty();
    }

    public CardLayout getCards() {
        return cards.get();
    }

    /** Drops {@code card} onto the timeline at {@code day} (epoch days); the list follows (see {@link CardLayout#place}). */
    public void placeCard(TimelineEvent card, double day) {
        if (cards.get() != null && answer.get() == null) {
            cards.set(cards.get().place(card, day));
        }
    }

    /** Moves the card at {@code from} to {@code to} in the list, while the question waits; other places are ignored. */
    public void moveCard(int from, int to) {
        CardLayout layout = cards.get();
        int size = layout == null ? 0 : layout.order().size();
        if (answer.get() == null && from >= 0 && from < size && to >= 0 && to < size && from != to) {
            cards.set(layout.move(from, to));
        }
    }

    /** Answers an order question with the cards in the list's order. */
    public void answerOrder() {
        if (getQuestion() instanceof OrderQuestion q) {
            List<TimelineEvent> order = cards.get().order();
            give(new Answer(q, order.stream().map(TimelineEvent::title).collect(Collectors.joining(" → ")),
                    q.points(order)));
        }
    }

    /** Answers "Which era?" with {@code era}. */
    public void answerEra(Era era) {
        if (getQuestion() instanceof EraQuestion q && era != null) {
            give(new Answer(q, era.title(), q.points(era)));
        }
    }

    /**
     * Answers "When?" with the time picked on a timeline that showed {@code shown}, where one pixel covers
     * {@code pixelDays} days.
     */
    public void answerTime(double day, TimeRange shown, double pixelDays) {
        if (getQuestion() instanceof WhenQuestion q) {
            HistoricalDate date = dateAt(day, q.event().start());
            picked.set(date);
            give(new Answer(q, date.format(Formats.locale()), q.points(day, shown, pixelDays)));
        }
    }

    /**
     * Answers "When?" with a typed date in any form the README teaches (2003-04, 44 BC), as if the middle of that date had been picked
     * on a timeline that showed {@code shown}; a text that is not a date says why in {@link #messageProperty()}.
     */
    public void answerTyped(String text, TimeRange shown) {
        if (!(getQuestion() instanceof WhenQuestion q)) {
            return;
        }
        try {
            HistoricalDate date = HistoricalDate.parse(text);
            picked.set(date);
            give(new Answer(q, date.format(Formats.locale()), q.points(TimeRange.covering(date, date).center(), shown, 0)));
        } catch (DateTimeException e) {
            message.set(e.getMessage());
        }
    }

    /** Answers "Read the figures" with choice {@code chosen}. */
    public void answerChoice(int chosen) {
        if (getQuestion() instanceof FiguresQuestion q && chosen >= 0 && chosen < q.choices().size()) {
            give(new Answer(q, q.choices().get(chosen), q.points(chosen)));
        }
    }

    /**
     * Answers "About how many?" with {@code value}, the figure at the height clicked on the chart: it counts as the
     * choice nearest it ({@link FiguresQuestion#choiceNearest}); other questions ignore it.
     */
    public void answerValue(double value) {
        if (getQuestion() instanceof FiguresQuestion q && q.ask() == FiguresQuestion.Ask.VALUE) {
            answerChoice(q.choiceNearest(value));
        }
    }

    /** Answers "In which year was it highest?" with a year clicked on the chart; other questions ignore it. */
    public void answerYear(int year) {
        if (getQuestion() instanceof FiguresQuestion q && q.ask() == FiguresQuestion.Ask.PEAK) {
            give(new Answer(q, Integer.toString(year), q.pointsForYear(year)));
        }
    }

    private void give(Answer given) {
        if (answer.get() != null) {
            return; // one answer per question
        }
        message.set("");
        answers.add(given);
        answer.set(given);
    }

    /** The day picked, at the precision of the event asked about: 2006, March 2006, 3 March 2006, 44 BC. */
    private static HistoricalDate dateAt(double day, HistoricalDate asked) {
        return HistoricalDate.onEpochDay((long) Math.floor(day), asked.precision());
    }

    /** The date a "When?" answer picked, once given; {@code null} before and for other kinds. */
    public ReadOnlyObjectProperty<HistoricalDate> pickedProperty() {
        return picked.getReadOnlyProperty();
    }

    /** Goes on to the next question once this one is answered; after the last, the round is over. */
    public void next() {
        Round current = round.get();
        if (current == null || answer.get() == null) {
            return;
        }
        answer.set(null);
        picked.set(null);
        if (index.get() + 1 < current.questions().size()) {
            index.set(index.get() + 1);
            ask(current.questions().get(index.get()));
        } else {
            ask(null);
            finished.set(true);
        }
    }

    /** Whether the round is over and its score and review are shown. */
    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public boolean isFinished() {
        return finished.get();
    }

    /** "7.5 of 10". */
    public String score() {
        return ResultsSheet.score(answers);
    }

    // ----- after the round

    /** Shows the event of {@code asked} in the window's detail pane, by selecting it. */
    public void showInDetail(Question asked) {
        asked.subject().ifPresent(state::setSelectedEvent);
    }

    /** The round's answers as a CSV sheet. */
    public String results() {
        return ResultsSheet.csv(state.getDataset().title(), code.get(), answers, Formats.locale());
    }

    /** Writes {@link #results()} to {@code target} as UTF-8, safely: the whole file, or none and an exception. */
    public void saveResults(Path target) throws IOException {
        byte[] bytes = results().getBytes(StandardCharsets.UTF_8);
        PngFiles.write(target, out -> out.write(bytes));
    }

    /** The eras the open dataset has, for the "Which era?" buttons. */
    public List<Era> eras() {
        return state.getEras();
    }

    /** The series that the figures check boxes offer. */
    public List<FigureSeries> series() {
        return state.getDataset() == null ? List.of() : state.getDataset().series();
    }

    /** What the quiz's timeline shows before a question moves it: everything the dataset covers. */
    public TimeRange overview() {
        return state.getDataset().overview();
    }
}
