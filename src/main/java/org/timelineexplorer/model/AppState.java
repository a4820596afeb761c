package org.timelineexplorer.model;

import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one observable state of the application. Every view binds to it and none keeps a copy: the open dataset,
 * its events (all, and those the search and category filter leave shown, in date order), the selected event and
 * era, the selected estimate, the time range the timeline shows, and which figures are shown.
 *
 * <p>It is also where the open dataset is edited: each change is one step of its {@link #history()}, applied to
 * the lists in place (an event moved among 100,000 is one removal and one insertion, which the views take without
 * rebuilding), after which {@link #getDataset()} is the dataset as it now stands.
 */
public final class AppState {

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<Dataset> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyObjectWrapper<URI> datasetLocation = new ReadOnlyObjectWrapper<>(this, "datasetLocation");
    private final EditHistory history = new EditHistory(this::apply);
    /** The open dataset's parts that are not observable lists, as edits leave them. */
    private Edit.Details details = new Edit.Details("", "", "", EraStyle.BC_AD, Extras.NONE);
    private final List<FigureSeries> series = new ArrayList<>();
    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final ObservableList<Era> eras = FXCollections.observableArrayList();
    // One read-only view of each, kept: such a view passes changes on only while someone holds it.
    private final ObservableList<TimelineEvent> readOnlyEvents = FXCollections.unmodifiableObservableList(events);
    private final ObservableList<Era> readOnlyEras = FXCollections.unmodifiableObservableList(eras);
    private final FilteredList<TimelineEvent> filteredEvents = new FilteredList<>(events);
    private final SortedList<TimelineEvent> shownEvents = new SortedList<>(filteredEvents, Dataset.chronological());
    private final StringProperty searchText = new SimpleStringProperty(this, "searchText", "");
    private final ObservableSet<String> hiddenCategories = FXCollections.observableSet();
    private final ObjectProperty<TimelineEvent> selectedEvent = new SimpleObjectProperty<>(this, "selectedEvent");
    private final ObjectProperty<Era> selectedEra = new SimpleObjectProperty<>(this, "selectedEra");
    private final ObjectProperty<Estimate> selectedEstimate = new SimpleObjectProperty<>(this, "selectedEstimate");
    private final ObjectProperty<TimeRange> visibleRange =
            new SimpleObjectProperty<>(this, "visibleRange", new TimeRange(0, 1));
    private final StringProperty chosenSeriesId = new SimpleStringProperty(this, "chosenSeriesId");
    private final ReadOnlyObjectWrapper<FigureSeries> shownSeries = new ReadOnlyObjectWrapper<>(this, "shownSeries");
    private final BooleanProperty figuresShown = new SimpleBooleanProperty(this, "figuresShown", true);
    private final BooleanProperty mapShown = new SimpleBooleanProperty(this, "mapShown", true);
    private final BooleanProperty webPictures = new SimpleBooleanProperty(this, "webPictures", true);
    private final BooleanProperty timelineEditing = new SimpleBooleanProperty(this, "timelineEditing");
    private final ReadOnlyBooleanWrapper canStepBack = new ReadOnlyBooleanWrapper(this, "canStepBack");
    private final ReadOnlyBooleanWrapper canStepForward = new ReadOnlyBooleanWrapper(this, "canStepForward");

    public AppState() {
        filteredEvents.predicateProperty().bind(Bindings.createObjectBinding(
                this::filter, searchText, hiddenCategories));
        shownSeries.bind(Bindings.createObjectBinding(this::seriesToShow, dataset, chosenSeriesId));
        canStepBack.bind(Bindings.createBooleanBinding(
                () -> EventSteps.canStep(shownEvents, selectedEvent.get(), -1), shownEvents, selectedEvent));
        canStepForward.bind(Bindings.createBooleanBinding(
                () -> EventSteps.canStep(shownEvents, selectedEvent.get(), 1), shownEvents, selectedEvent));
        // The detail pane explains the one thing chosen last: an event or an estimate, never both.
        selectedEvent.addListener((obs, old, event) -> {
            if (event != null) {
                selectedEstimate.set(null);
            }
        });
        selectedEstimate.addListener((obs, old, estimate) -> {
            if (estimate != null) {
                selectedEvent.set(null);
            }
        });
    }

    public AppState(Dataset initial) {
        this();
        setDataset(initial);
    }

    private Predicate<TimelineEvent> filter() {
        String[] words = Optional.ofNullable(searchText.get()).orElse("").toLowerCase(Locale.ROOT).trim().split("\\s+");
        return event -> !hiddenCategories.contains(event.category()) && matchesAll(event, words);
    }

    private static boolean matchesAll(TimelineEvent event, String[] words) {
        String haystack = (event.title() + "\n" + event.text()).toLowerCase(Locale.ROOT);
        for (String word : words) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Replaces the open dataset in one step: its events and eras, no selection, no search or category filter (a
     * filter left over from another file could hide all of the new one), and the whole span in view.
     */
    public void setDataset(Dataset newDataset) {
        setDataset(newDataset, null);
    }

    /**
     * Opens {@code newDataset}, read from {@code location} (a {@code file:} or {@code jar:} address, or null when it
     * was not read from anywhere), against which its pictures' relative paths are found.
     */
    public void setDataset(Dataset newDataset, URI location) {
        open(newDataset, location, true);
    }

    /**
     * Opens a dataset that no file holds as it is, such as work restored after a crash: like {@link #setDataset},
     * but dirty from the start, so that closing asks to save it.
     */
    public void openUnsaved(Dataset newDataset) {
        open(newDataset, null, false);
    }

    private void open(Dataset newDataset, URI location, boolean saved) {
        Objects.requireNonNull(newDataset, "dataset");
        datasetLocation.set(location);
        selectedEvent.set(null);
        selectedEra.set(null);
        selectedEstimate.set(null);
        searchText.set("");
        hiddenCategories.clear();
        details = Edit.Details.of(newDataset);
        series.clear();
        series.addAll(newDataset.series());
        events.setAll(newDataset.events());
        eras.setAll(newDataset.eras());
        history.reset(saved);
        dataset.set(newDataset);
        opened.set(newDataset);
        visibleRange.set(newDataset.overview());
    }

    /** Where the open dataset was read from, or null; see {@link #setDataset(Dataset, URI)}. */
    public ReadOnlyObjectProperty<URI> datasetLocationProperty() {
        return datasetLocation.getReadOnlyProperty();
    }

    public URI getDatasetLocation() {
        return datasetLocation.get();
    }

    /**
     * The dataset as last opened, which edits leave alone: what resets when another file opens (the map's fit, a
     * quiz) listens here, not to {@link #datasetProperty()}, which changes with every edit.
     */
    public ReadOnlyObjectProperty<Dataset> openedProperty() {
        return opened.getReadOnlyProperty();
    }

    /** The open dataset's undo and redo, and whether it has unsaved changes. */
    public EditHistory history() {
        return history;
    }

    /** Adds {@code event} and selects it. */
    public void addEvent(TimelineEvent event) {
        history.record(new Edit.EventChange("addition of " + quoted(event.title()), null, event));
    }

    /** Puts {@code updated} in the place of {@code old}: a change made in a form. */
    public void replaceEvent(TimelineEvent old, TimelineEvent updated) {
        history.record(new Edit.EventChange("edit of " + quoted(updated.title()), old, updated));
    }

    /** Like {@link #replaceEvent}, for a change of date made by dragging or with the keys. */
    public void moveEvent(TimelineEvent old, TimelineEvent moved) {
        history.record(new Edit.EventChange("move of " + quoted(moved.title()), old, moved));
    }

    public void removeEvent(TimelineEvent event) {
        history.record(new Edit.EventChange("deletion of " + quoted(event.title()), event, null));
    }

    /** Adds a copy of {@code event} with an id of its own, titled "… (copy)", and selects it. */
    public TimelineEvent duplicateEvent(TimelineEvent event) {
        String title = event.title() + " (copy)";
        TimelineEvent copy = event.copyAs(freshId(title), title);
        history.record(new Edit.EventChange("duplication of " + quoted(event.title()), null, copy));
        return copy;
    }

    public void addEra(Era era) {
        history.record(new Edit.EraChange("addition of era " + quoted(era.title()), null, era));
    }

    /** Puts {@code updated} in the place of {@code old}; its events follow when its id changes. */
    public void replaceEra(Era old, Era updated) {
        String name = "edit of era " + quoted(updated.title());
        List<Edit> parts = new ArrayList<>();
        parts.add(new Edit.EraChange(name, old, updated));
        if (!old.id().equals(updated.id())) {
            parts.addAll(eventsOfEra(old.id(), updated.id(), name));
        }
        history.record(parts.size() == 1 ? parts.get(0) : new Edit.Compound(name, parts));
    }

    /** Removes {@code era} and takes its events out of it, in one step, so that no event names a missing era. */
    public void removeEra(Era era) {
        String name = "deletion of era " + quoted(era.title());
        List<Edit> parts = new ArrayList<>();
        parts.add(new Edit.EraChange(name, era, null));
        parts.addAll(eventsOfEra(era.id(), null, name));
        history.record(parts.size() == 1 ? parts.get(0) : new Edit.Compound(name, parts));
    }

    private List<Edit> eventsOfEra(String eraId, String newEraId, String name) {
        return events.stream().filter(e -> eraId.equals(e.eraId()))
                .<Edit>map(e -> new Edit.EventChange(name, e, e.inEra(newEraId))).toList();
    }

    /** Adds {@code added} after the other series. */
    public void addSeries(FigureSeries added) {
        history.record(new Edit.SeriesChange("addition of series " + quoted(added.title()), series.size(),
                null, added));
    }

    public void replaceSeries(FigureSeries old, FigureSeries updated) {
        history.record(new Edit.SeriesChange("edit of series " + quoted(updated.title()), indexOfSeries(old),
                old, updated));
    }

    public void removeSeries(FigureSeries removed) {
        history.record(new Edit.SeriesChange("deletion of series " + quoted(removed.title()),
                indexOfSeries(removed), removed, null));
    }

    private int indexOfSeries(FigureSeries wanted) {
        int index = series.indexOf(wanted);
        if (index < 0) {
            throw new IllegalArgumentException("the open dataset has no series " + wanted.id());
        }
        return index;
    }

    /** Changes the timeline's title, summary, credit and way of naming the years before AD 1. */
    public void changeDetails(String title, String summary, String credit, EraStyle eraStyle) {
        history.record(new Edit.DetailsChange("edit of the timeline's details", details,
                new Edit.Details(title, summary, credit, eraStyle, details.extras())));
    }

    /** An id made from {@code title} that no event, era or series of the open dataset has yet. */
    public String freshId(String title) {
        Set<String> taken = new HashSet<>();
        events.forEach(e -> taken.add(e.id()));
        eras.forEach(e -> taken.add(e.id()));
        series.forEach(s -> taken.add(s.id()));
        String base = Slug.of(title, 60, "item");
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Carries out one step of the history, then makes the dataset what the lists now hold. */
    private void apply(Edit edit) {
        applyPart(edit);
        if (edit instanceof Edit.EventChange change && change.after() != null) {
            selectedEvent.set(change.after());
        } else if (edit instanceof Edit.EraChange change && change.after() != null) {
            selectedEra.set(change.after());
        }
        dataset.set(new Dataset(details.title(), details.summary(), details.credit(), eras,
                ChronologicalEvents.copyOf(events), series, details.eraStyle(), details.extras()));
    }

    private void applyPart(Edit edit) {
        if (edit instanceof Edit.EventChange change) {
            replaceSorted(events, change.before(), change.after(), Dataset.chronological());
            if (change.before() != null && change.before().equals(selectedEvent.get())) {
                selectedEvent.set(change.after());
            }
        } else if (edit instanceof Edit.EraChange change) {
            replaceSorted(eras, change.before(), change.after(), Comparator.comparing(Era::start));
            if (change.before() != null && change.before().equals(selectedEra.get())) {
                selectedEra.set(change.after());
            }
        } else if (edit instanceof Edit.SeriesChange change) {
            if (change.before() != null) {
                series.remove(change.position());
            }
            if (change.after() != null) {
                series.add(change.position(), change.after());
            }
        } else if (edit instanceof Edit.DetailsChange change) {
            details = change.after();
        } else if (edit instanceof Edit.Compound compound) {
            compound.parts().forEach(this::applyPart);
        }
    }

    /** A title as the Edit menu names it: 'Baghdad falls'. */
    private static String quoted(String title) {
        return "'" + title + "'";
    }

    /**
     * Takes {@code before} out of the sorted {@code list} and puts {@code after} in at its place in the order: in
     * one replacement when it belongs where the other was, so that the views see the smallest change.
     */
    private static <T> void replaceSorted(ObservableList<T> list, T before, T after, Comparator<? super T> order) {
        int at = before == null ? -1 : indexOf(list, before, order);
        if (before != null && after != null && fitsAt(list, at, after, order)) {
            list.set(at, after);
            return;
        }
        if (at >= 0) {
            list.remove(at);
        }
        if (after != null) {
            list.add(insertionPoint(list, after, order), after);
        }
    }

    private static <T> int indexOf(List<T> list, T item, Comparator<? super T> order) {
        int found = Collections.binarySearch(list, item, order);
        if (found >= 0) {
            for (int i = found; i >= 0 && order.compare(list.get(i), item) == 0; i--) {
                if (list.get(i).equals(item)) {
                    return i;
                }
            }
            for (int i = found + 1; i < list.size() && order.compare(list.get(i), item) == 0; i++) {
                if (list.get(i).equals(item)) {
                    return i;
                }
            }
        }
        throw new IllegalArgumentException("the open dataset does not hold " + item);
    }

    private static <T> boolean fitsAt(List<T> list, int at, T item, Comparator<? super T> order) {
        return (at == 0 || order.compare(list.get(at - 1), item) <= 0)
                && (at == list.size() - 1 || order.compare(item, list.get(at + 1)) <= 0);
    }

    /** After the last item that sorts before or with {@code item}: where a new one goes among its equals. */
    private static <T> int insertionPoint(List<T> list, T item, Comparator<? super T> order) {
        int low = 0;
        int high = list.size();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (order.compare(list.get(middle), item) <= 0) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    public Dataset getDataset() {
        return dataset.get();
    }

    /** How the open dataset names the years before AD 1 ("44 BC" or "44 BCE"). */
    public EraStyle eraStyle() {
        return dataset.get() == null ? EraStyle.BC_AD : dataset.get().eraStyle();
    }

    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /** All events of the open dataset, in date order. */
    public ObservableList<TimelineEvent> getEvents() {
        return readOnlyEvents;
    }

    public ObservableList<Era> getEras() {
        return readOnlyEras;
    }

    /** The events that the search and category filter leave, in date order: what the views show. */
    public SortedList<TimelineEvent> getShownEvents() {
        return shownEvents;
    }

    /** Words that shown events must all contain, in their title or text, ignoring case. */
    public StringProperty searchTextProperty() {
        return searchText;
    }

    /** Categories whose events are hidden. */
    public ObservableSet<String> getHiddenCategories() {
        return hiddenCategories;
    }

    public ObjectProperty<TimelineEvent> selectedEventProperty() {
        return selectedEvent;
    }

    public TimelineEvent getSelectedEvent() {
        return selectedEvent.get();
    }

    public void setSelectedEvent(TimelineEvent event) {
        selectedEvent.set(event);
    }

    public ObjectProperty<Era> selectedEraProperty() {
        return selectedEra;
    }

    public Era getSelectedEra() {
        return selectedEra.get();
    }

    public void setSelectedEra(Era era) {
        selectedEra.set(era);
    }

    /**
     * The estimate the detail pane explains (see {@link FigureSeries#estimates()}), or {@code null}. Selecting one
     * clears the selected event and selecting an event clears it, so the pane shows what was chosen last.
     */
    public ObjectProperty<Estimate> selectedEstimateProperty() {
        return selectedEstimate;
    }

    public Estimate getSelectedEstimate() {
        return selectedEstimate.get();
    }

    public void setSelectedEstimate(Estimate estimate) {
        selectedEstimate.set(estimate);
    }

    /** The time range the timeline shows, in epoch days. */
    public ObjectProperty<TimeRange> visibleRangeProperty() {
        return visibleRange;
    }

    public TimeRange getVisibleRange() {
        return visibleRange.get();
    }

    public void setVisibleRange(TimeRange range) {
        visibleRange.set(Objects.requireNonNull(range, "range"));
    }

    /**
     * The id of the figures series the teacher chose last. It outlives the dataset: a file without that series
     * shows its first one, and the choice comes back with a file that has it.
     */
    public StringProperty chosenSeriesIdProperty() {
        return chosenSeriesId;
    }

    public String getChosenSeriesId() {
        return chosenSeriesId.get();
    }

    public void setChosenSeriesId(String id) {
        chosenSeriesId.set(id);
    }

    /** The series the figures chart shows: the chosen one if the open dataset has it, else its first, else none. */
    public ReadOnlyObjectProperty<FigureSeries> shownSeriesProperty() {
        return shownSeries.getReadOnlyProperty();
    }

    public FigureSeries getShownSeries() {
        return shownSeries.get();
    }

    private FigureSeries seriesToShow() {
        List<FigureSeries> series = getDataset() == null ? List.of() : getDataset().series();
        return series.stream().filter(s -> s.id().equals(chosenSeriesId.get())).findFirst()
                .orElse(series.isEmpty() ? null : series.get(0));
    }

    /** Whether the window shows the figures chart (View → Show figures chart). */
    public BooleanProperty figuresShownProperty() {
        return figuresShown;
    }

    public boolean isFiguresShown() {
        return figuresShown.get();
    }

    public void setFiguresShown(boolean shown) {
        figuresShown.set(shown);
    }

    /** Whether the window shows the map of the events' places beside the chart (View → Show map). */
    public BooleanProperty mapShownProperty() {
        return mapShown;
    }

    public boolean isMapShown() {
        return mapShown.get();
    }

    public void setMapShown(boolean shown) {
        mapShown.set(shown);
    }

    /**
     * Whether events' pictures on the web are fetched when shown (View → Load pictures from the web); off, they
     * show their alt text, for a slow or filtered classroom network.
     */
    public BooleanProperty webPicturesProperty() {
        return webPictures;
    }

    public boolean isWebPictures() {
        return webPictures.get();
    }

    /**
     * Whether the timeline is in edit mode (Edit → Edit on the timeline): dragging an event moves it, dragging an
     * era's edge moves that edge, and a double click on an empty spot adds an event there. Off by default.
     */
    public BooleanProperty timelineEditingProperty() {
        return timelineEditing;
    }

    public boolean isTimelineEditing() {
        return timelineEditing.get();
    }

    public void setTimelineEditing(boolean editing) {
        timelineEditing.set(editing);
    }

    /** The era an event belongs to, if the open dataset has it. */
    public Optional<Era> eraOf(TimelineEvent event) {
        return event == null || getDataset() == null ? Optional.empty() : getDataset().era(event.eraId());
    }

    /**
     * Selects the shown event {@code steps} after the selected one (before it when negative), in date order, by the
     * rule of {@link EventSteps}: stopping at the first and last, and with nothing selected starting from the
     * events in view.
     *
     * @return the event now selected, if any is shown
     */
    public Optional<TimelineEvent> step(int steps) {
        return selectAt(EventSteps.target(shownEvents, selectedEvent.get(), steps, visibleRange.get()));
    }

    /** Whether {@link #step step(-1)} would select another event: there is an earlier one, or none is selected. */
    public ReadOnlyBooleanProperty canStepBackProperty() {
        return canStepBack.getReadOnlyProperty();
    }

    /** Whether {@link #step step(1)} would select another event: there is a later one, or none is selected. */
    public ReadOnlyBooleanProperty canStepForwardProperty() {
        return canStepForward.getReadOnlyProperty();
    }

    /** Selects the first shown event in date order. */
    public Optional<TimelineEvent> selectFirst() {
        return selectAt(0);
    }

    /** Selects the last shown event in date order. */
    public Optional<TimelineEvent> selectLast() {
        return selectAt(shownEvents.size() - 1);
    }

    private Optional<TimelineEvent> selectAt(int index) {
        if (index < 0 || index >= shownEvents.size()) {
            return Optional.empty();
        }
        selectedEvent.set(shownEvents.get(index));
        return Optional.of(shownEvents.get(index));
    }
}
