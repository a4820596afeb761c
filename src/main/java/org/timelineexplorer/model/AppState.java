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
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The one observable state of the application. Every view binds to it and none keeps a copy: the open dataset,
 * its events (all, and those the search and category filter leave shown, in date order), the selected event and
 * era, the selected estimate, the time range the timeline shows, and which figures are shown.
 */
public final class AppState {

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<URI> datasetLocation = new ReadOnlyObjectWrapper<>(this, "datasetLocation");
    private final ObservableList<TimelineEvent> events = FXCollections.observableArrayList();
    private final ObservableList<Era> eras = FXCollections.observableArrayList();
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
    /**
     * Opens {@code newDataset}, read from {@code location} (a {@code file:} or {@code jar:} address, or null when it
     * was not read from anywhere), against which its pictures' relative paths are found.
     */
    public void setDataset(Dataset newDataset, URI location) {
        Objects.requireNonNull(newDataset, "dataset");
        datasetLocation.set(location);
        selectedEvent.set(null);
        selectedEra.set(null);
        selectedEstimate.set(null);
        searchText.set("");
        hiddenCategories.clear();
        events.setAll(newDataset.events());
        eras.setAll(newDataset.eras());
        dataset.set(newDataset);
        visibleRange.set(newDataset.overview());
    }

    /** Where the open dataset was read from, or null; see {@link #setDataset(Dataset, URI)}. */
    public ReadOnlyObjectProperty<URI> datasetLocationProperty() {
        return datasetLocation.getReadOnlyProperty();
    }

    public URI getDatasetLocation() {
        return datasetLocation.get();
    }

    /** Opens {@code newDataset}, read from nowhere in particular: its pictures can only be web pictures. */
    public void setDataset(Dataset newDataset) {
        setDataset(newDataset, null);
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
        return FXCollections.unmodifiableObservableList(events);
    }

    public ObservableList<Era> getEras() {
        return FXCollections.unmodifiableObservableList(eras);
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
