package org.timelineexplorer.ui.presentation;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableStringValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.TimeRange;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;
import java.util.Optional;

/**
 * The state of a presentation: its steps (from the events the class is shown and, with the charts, the dataset's
 * estimates, see {@link LessonPlan}), where the class is, the black-out and the guided tour. Knows nothing of the scene graph, so it is unit-tested without a
 * screen.
 *
 * <p>The shown events of the {@link AppState} define the lesson: a search or a category filter narrows it, and the
 * steps are rebuilt whenever the shown events change. The current step is mirrored into the state, so every view
 * follows: an event step selects the event and its era, a title card or chart step selects the era and no event.
 * Selecting an event elsewhere (on the timeline) moves the presentation to it.
 */
public final class Presentation {

    /** Seconds per step the guided tour offers. */
    public static final List<Integer> PACES = List.of(5, 10, 20);

    /** Days shown on each side of an event when the timeline zooms to it: about six months. */
    public static final double EVENT_MARGIN_DAYS = 183;
    /** Room left beyond the first and last events, as a share of the window shown: a marker is never cut. */
    static final double EDGE_ROOM = 0.04;

    private final AppState state;
    private final ObservableList<Step> steps = FXCollections.observableArrayList();
    private final ReadOnlyIntegerWrapper index = new ReadOnlyIntegerWrapper(this, "index", -1);
    private final ReadOnlyObjectWrapper<Step> currentStep = new ReadOnlyObjectWrapper<>(this, "currentStep");
    private final BooleanProperty includeCharts = new SimpleBooleanProperty(this, "includeCharts", false);
    private final BooleanProperty includeMap = new SimpleBooleanProperty(this, "includeMap", false);
    private final BooleanProperty blackout = new SimpleBooleanProperty(this, "blackout", false);
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing", false);
    private final ObjectProperty<Integer> paceSeconds = new SimpleObjectProperty<>(this, "paceSeconds", 10);
    private final ObservableStringValue position;
    private boolean applying;
    private boolean running;
    /** Held here and given to the state weakly (see the constructor). */
    private final InvalidationListener rebuilding = o -> rebuild();
    private final ChangeListener<TimelineEvent> following = (o, old, event) -> follow(event);

    public Presentation(AppState state) {
        this.state = state;
        // Weakly: the window makes a presentation with its views, and views made anew in another language make
        // another; the old one must stop following the state once nothing else holds it.
        state.getShownEvents().addListener(new WeakInvalidationListener(rebuilding));
        includeCharts.addListener(rebuilding);
        state.selectedEventProperty().addListener(new WeakChangeListener<>(following));
        position = Bindings.createStringBinding(
                () -> steps.isEmpty() ? "0 / 0" : (index.get() + 1) + " / " + steps.size(), index, steps);
        rebuild();
    }

    /** The steps in order. */
    public ObservableList<Step> getSteps() {
        return FXCollections.unmodifiableObservableList(steps);
    }

    /** The index of the current step, -1 when there is none. */
    public ReadOnlyIntegerProperty indexProperty() {
        return index.getReadOnlyProperty();
    }

    public int getIndex() {
        return index.get();
    }

    public ReadOnlyObjectProperty<Step> currentStepProperty() {
        return currentStep.getReadOnlyProperty();
    }

    public Step getCurrentStep() {
        return currentStep.get();
    }

    /** Where the class is, such as "12 / 48" (steps, title cards included). */
    public ObservableStringValue positionProperty() {
        return position;
    }

    /**
     * Whether a map of the places is shown beside each event (centred on its place) and era title (fitted to its
     * events' places). Off by default; no step is added or left out by it.
     */
    public BooleanProperty includeMapProperty() {
        return includeMap;
    }

    /** Whether a chart step follows the last event of each era. Off by default. */
    public BooleanProperty includeChartsProperty() {
        return includeCharts;
    }

    /** Whether the screen is blacked out, for when the class should look at the teacher. */
    public BooleanProperty blackoutProperty() {
        return blackout;
    }

    /** Whether the guided tour advances on its own; it stops at the last step. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** Seconds per step of the guided tour, one of {@link #PACES} in the menus but any positive value works. */
    public ObjectProperty<Integer> paceSecondsProperty() {
        return paceSeconds;
    }

    /** Starts at the selected event when it is shown, otherwise at the first step (the first era's title card). */
    public void start() {
        TimelineEvent selected = state.getSelectedEvent();
        int at = indexOfEvent(selected);
        blackout.set(false);
        playing.set(false);
        running = true;
        go(Math.max(0, at));
    }

    /** Ends the presentation: no current step, the tour stopped, the screen lit. The selection stays. */
    public void stop() {
        running = false;
        playing.set(false);
        blackout.set(false);
        index.set(-1);
        currentStep.set(null);
    }

    /** Whether a presentation is running (between {@link #start()} and {@link #stop()}). */
    public boolean isRunning() {
        return running;
    }

    public void next() {
        go(index.get() + 1);
    }

    public void previous() {
        go(index.get() - 1);
    }

    public void first() {
        go(0);
    }

    public void last() {
        go(steps.size() - 1);
    }

    public void toggleBlackout() {
        blackout.set(!blackout.get());
    }

    public void togglePlaying() {
        playing.set(!playing.get() && !atEnd());
    }

    /** One beat of the guided tour: the next step, and the tour stops on the last. */
    public void tick() {
        if (!playing.get()) {
            return;
        }
        next();
        if (atEnd()) {
            playing.set(false);
        }
    }

    public boolean atEnd() {
        return index.get() >= steps.size() - 1;
    }

    /**
     * The time range the timeline should zoom to for a step: about six months either side of the event, or the whole
     * era, kept within {@code span} (the dataset's) and a few days' room so that the first and last events do not
     * share the screen with months of empty time.
     */
    public static TimeRange rangeFor(Step step, TimeRange span) {
        if (step.kind() == Step.Kind.ESTIMATE) {
            return step.estimate().range().expand(0.05);
        }
        if (step.kind() == Step.Kind.EVENT) {
            TimeRange range = step.event().range();
            // A date known to the million years is shown among its neighbouring millions, not among its days.
            double margin = Math.max(EVENT_MARGIN_DAYS, 2 * step.event().start().precision().yearsPerUnit() * 365.2425);
            TimeRange window = new TimeRange(range.start() - margin, range.end() + margin);
            return window.within(span.expand(EDGE_ROOM * window.length() / span.length()));
        }
        return step.era().range().expand(0.05);
    }

    /** Moves to the step at {@code target}, clamped to the steps there are; nothing while stopped. */
    private void go(int target) {
        if (!running) {
            return;
        }
        if (steps.isEmpty()) {
            index.set(-1);
            currentStep.set(null);
            return;
        }
        setIndex(Math.max(0, Math.min(steps.size() - 1, target)));
    }

    private void setIndex(int i) {
        index.set(i);
        Step step = i < 0 ? null : steps.get(i);
        currentStep.set(step);
        apply(step);
    }

    private void apply(Step step) {
        if (step == null) {
            return;
        }
        applying = true;
        try {
            state.setSelectedEvent(step.event());
            state.setSelectedEra(step.era());
            state.setSelectedEstimate(step.estimate());
        } finally {
            applying = false;
        }
    }

    private void follow(TimelineEvent event) {
        if (applying || event == null || !isRunning()) {
            return;
        }
        Step current = currentStep.get();
        if (current != null && event.equals(current.event())) {
            return;
        }
        int at = indexOfEvent(event);
        if (at >= 0) {
            setIndex(at);
        }
    }

    private int indexOfEvent(TimelineEvent event) {
        if (event == null) {
            return -1;
        }
        for (int i = 0; i < steps.size(); i++) {
            if (event.equals(steps.get(i).event())) {
                return i;
            }
        }
        return -1;
    }

    /** Rebuilds the steps, staying on the same step when it is still there. */
    private void rebuild() {
        Step current = currentStep.get();
        int old = index.get();
        steps.setAll(LessonPlan.steps(state.getShownEvents(), this::eraOf, includeCharts.get(), estimates(),
                this::eraOf));
        if (!running) {
            return;
        }
        int same = current == null ? -1 : steps.indexOf(current);
        if (same >= 0) {
            index.set(same);
            currentStep.set(current);
        } else {
            go(old);
        }
    }

    private Optional<Era> eraOf(TimelineEvent event) {
        return state.eraOf(event);
    }

    /** The estimates of every series of the dataset, in the file's order. */
    private List<Estimate> estimates() {
        Dataset dataset = state.getDataset();
        return dataset == null ? List.of()
                : dataset.series().stream().flatMap(series -> series.estimates().stream()).toList();
    }

    /** The era in which the estimate's period ends. */
    private Optional<Era> eraOf(Estimate estimate) {
        double lastDay = estimate.end().lastDay().toEpochDay();
        return state.getEras().stream().filter(era -> era.range().contains(lastDay)).findFirst();
    }
}
