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
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;

/**
 * The one observable state of the application. Every view binds to it and none keeps a copy: the open dataset,
 * its events (all, and those the search and category filter leave shown, in date order), the selected event and
 * era, the selected estimate, the time range the timeline shows, and which figures are shown.
 *
 * <p>It is also where the open dataset is edited: each change is one step of its {@link #history()}, applied to
 * the lists in place (an event moved among 100,000 is one removal and one insertion, which the views take without
 * rebuilding), after which {@link #getDataset()} is the dataset as it now stands.
 *
 * <p>The dataset is shown in the {@link #languageProperty() language} of the interface: where it carries a
 * translation into that language, the events, eras and {@link #getDataset()} the views read hold the translated
 * texts (see {@link Dataset#shownIn}), while {@link #getWholeDataset()} is the dataset with its main language and all
 * its translations, as saved. Edits are given as the views show things, and are taken apart into the real objects
 * and the translation (see {@link Translated}): a text changed while another language than the main one is shown is
 * that language's translation.
 */
public final class AppState {

    private final ReadOnlyObjectWrapper<Dataset> dataset = new ReadOnlyObjectWrapper<>(this, "dataset");
    private final ReadOnlyObjectWrapper<Dataset> whole = new ReadOnlyObjectWrapper<>(this, "wholeDataset");
    private final ObjectProperty<Language> language =
            new SimpleObjectProperty<>(this, "language", Messages.language());
    private final BooleanProperty westernDigits =
            new SimpleBooleanProperty(this, "westernDigits", Messages.westernDigits());
    private final ReadOnlyObjectWrapper<Dataset> opened = new ReadOnlyObjectWrapper<>(this, "opened");
    private final ReadOnlyObjectWrapper<URI> datasetLocation = new ReadOnlyObjectWrapper<>(this, "datasetLocation");
    private final EditHistory history = new EditHistory(this::apply);
    /** The open dataset's parts that are not observable lists, as edits leave them. */
    private Edit.Details details = new Edit.Details("", "", "", EraStyle.BC_AD, Extras.NONE);
    private final List<FigureSeries> series = new ArrayList<>();
    /** The open dataset's main language, and its translations, as edits leave them. */
    private String mainLanguage = Dataset.DEFAULT_LANGUAGE;
    private Translations translations = Translations.NONE;
    /**
     * The events and eras in the main language, in date order. {@link #events} and {@link #eras} hold them as shown:
     * the same objects when the language shown has no translation, else their translations in the same order.
     */
    private final List<TimelineEvent> realEvents = new ArrayList<>();
    private final List<Era> realEras = new ArrayList<>();
    private final SearchIndex searchIndex = new SearchIndex();
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
    private final BooleanProperty timeRightToLeft = new SimpleBooleanProperty(this, "timeRightToLeft");
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
        language.addListener((obs, old, now) -> {
            if (whole.get() != null) {
                showInLanguage();
            }
            history.relabel();
        });
    }

    public AppState(Dataset initial) {
        this();
        setDataset(initial);
    }

    private Predicate<TimelineEvent> filter() {
        String[] words = SearchText.words(Optional.ofNullable(searchText.get()).orElse(""));
        return event -> !hiddenCategories.contains(event.category()) && searchIndex.matchesAll(event, words);
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
        mainLanguage = newDataset.language();
        translations = newDataset.translations();
        series.clear();
        series.addAll(newDataset.series());
        realEvents.clear();
        realEvents.addAll(newDataset.events());
        realEras.clear();
        realEras.addAll(newDataset.eras());
        Dataset shown = newDataset.shownIn(language.get().tag());
        searchIndex.clear();
        events.setAll(shown.events());
        eras.setAll(shown.eras());
        history.reset(saved);
        whole.set(newDataset);
        dataset.set(shown);
        opened.set(shown);
        visibleRange.set(newDataset.overview());
    }

    /**
     * Shows the open dataset in the language now chosen, keeping the selection, the search, the hidden categories
     * (by the names the new language gives them) and the time in view.
     */
    private void showInLanguage() {
        Translation before = translationShownOf(dataset.get().language());
        Dataset shown = whole.get().shownIn(language.get().tag());
        String eventId = selectedEvent.get() == null ? null : selectedEvent.get().id();
        String eraId = selectedEra.get() == null ? null : selectedEra.get().id();
        String estimateId = selectedEstimate.get() == null ? null : selectedEstimate.get().id();
        Set<String> hidden = new HashSet<>();
        Translation after = shownTranslation();
        for (String category : hiddenCategories) {
            String main = Translated.mainCategory(category, before.categories());
            hidden.add(after.categories().getOrDefault(main, main));
        }
        searchIndex.clear();
        events.setAll(shown.events());
        eras.setAll(shown.eras());
        dataset.set(shown);
        hiddenCategories.retainAll(hidden);
        hiddenCategories.addAll(hidden);
        selectedEvent.set(eventId == null ? null : findById(events, eventId, TimelineEvent::id));
        selectedEra.set(eraId == null ? null : findById(eras, eraId, Era::id));
        selectedEstimate.set(estimateId == null ? null : shown.series().stream()
                .flatMap(s -> s.estimates().stream()).filter(e -> e.id().equals(estimateId)).findFirst()
                .orElse(null));
    }

    /** The translation the views show: none when the main language is shown. */
    private Translation shownTranslation() {
        return translationShownOf(language.get().tag());
    }

    private Translation translationShownOf(String tag) {
        return tag.equals(mainLanguage) ? Translation.EMPTY : translations.in(tag);
    }

    /** Whether the language shown is not the dataset's main one, so that edits of texts are translations. */
    private boolean translating() {
        return !language.get().tag().equals(mainLanguage);
    }

    private static <T> T findById(List<T> items, String id, Function<T, String> idOf) {
        for (T item : items) {
            if (idOf.apply(item).equals(id)) {
                return item;
            }
        }
        return null;
    }

    /** The real event the views show as {@code shown}. */
    private TimelineEvent real(TimelineEvent shown) {
        return translating() ? Objects.requireNonNull(findById(realEvents, shown.id(), TimelineEvent::id),
                () -> "the open dataset has no event " + shown.id()) : shown;
    }

    private Era real(Era shown) {
        return translating() ? Objects.requireNonNull(findById(realEras, shown.id(), Era::id),
                () -> "the open dataset has no era " + shown.id()) : shown;
    }

    /**
     * Records {@code realPart} (or nothing, when null) and the translation of the shown language as
     * {@code translated} makes it, as one step.
     */
    private void record(String name, Edit realPart, UnaryOperator<Translation> translated) {
        List<Edit> parts = new ArrayList<>(2);
        if (realPart != null) {
            parts.add(realPart);
        }
        if (translating()) {
            String tag = language.get().tag();
            Translation before = translations.in(tag);
            Translation edited = translated.apply(before);
            Translations after = edited == before ? translations : translations.with(tag, edited);
            if (after != translations && !after.equals(translations)) {
                parts.add(new Edit.TranslationChange(name, translations, after));
            }
        }
        if (!parts.isEmpty()) {
            history.record(parts.size() == 1 ? parts.get(0) : new Edit.Compound(name, parts));
        }
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

    /**
     * Adds {@code event} and selects it. Added while another language than the main one is shown, its texts are
     * both its main ones (it has no others) and their translation, so that it is not marked untranslated.
     */
    public void addEvent(TimelineEvent event) {
        String name = editName("event.added", event.title());
        record(name, new Edit.EventChange(name, null, event), t -> t.withEvent(event.id(), Translated.texts(event)));
    }

    /** Puts {@code updated} in the place of {@code old}, both as shown: a change made in a form. */
    public void replaceEvent(TimelineEvent old, TimelineEvent updated) {
        changeEvent(editName("event.edited", updated.title()), old, updated);
    }

    /** Like {@link #replaceEvent}, for a change of date made by dragging or with the keys. */
    public void moveEvent(TimelineEvent old, TimelineEvent moved) {
        changeEvent(editName("event.moved", moved.title()), old, moved);
    }

    private void changeEvent(String name, TimelineEvent old, TimelineEvent updated) {
        if (!translating()) {
            history.record(new Edit.EventChange(name, old, updated));
            return;
        }
        TimelineEvent realOld = real(old);
        Translation before = shownTranslation();
        TimelineEvent realUpdated = Translated.editedEvent(realOld, old, updated, before.categories());
        Translation.EventText text = Translated.editedText(old, updated, before.event(realOld.id()));
        // A move changes no text: the translation, whose copy costs as much as its 100,000 events, is left alone.
        boolean sameText = realOld.id().equals(realUpdated.id()) && text.equals(before.event(realOld.id()));
        record(name, realUpdated.equals(realOld) ? null : new Edit.EventChange(name, realOld, realUpdated),
                t -> sameText ? t : t.withEvent(realOld.id(), Translation.EventText.NONE)
                        .withEvent(realUpdated.id(), text));
    }

    public void removeEvent(TimelineEvent event) {
        TimelineEvent realEvent = real(event);
        String name = editName("event.deleted", event.title());
        recordDeletion(name, List.of(new Edit.EventChange(name, realEvent, null)),
                t -> t.withEvent(realEvent.id(), Translation.EventText.NONE));
    }

    /**
     * Records the deletion {@code parts} and, in the same step, the deleted thing's texts forgotten in every language
     * ({@code forget}), so that what is saved holds no translation of something gone, and an undo brings both back.
     */
    private void recordDeletion(String name, List<Edit> parts, UnaryOperator<Translation> forget) {
        List<Edit> all = new ArrayList<>(parts);
        Translations after = translations.mapped(forget);
        if (!after.equals(translations)) {
            all.add(new Edit.TranslationChange(name, translations, after));
        }
        history.record(all.size() == 1 ? all.get(0) : new Edit.Compound(name, all));
    }

    /** Adds a copy of {@code event} with an id of its own, titled "… (copy)", and selects it. */
    public TimelineEvent duplicateEvent(TimelineEvent event) {
        String title = EditHistory.WORDS.text("copy", event.title());
        TimelineEvent realEvent = real(event);
        String id = freshId(title);
        // The real copy's title is in the dataset's own language, as the rest of its texts.
        TimelineEvent copy = realEvent.copyAs(id, translating() ? EditHistory.WORDS.text(
                Language.forTag(mainLanguage).orElse(Language.ENGLISH), "copy", realEvent.title()) : title);
        Translation.EventText text = shownTranslation().event(realEvent.id());
        Translation.EventText copiedText = text.title() == null ? text : new Translation.EventText(title,
                text.text(), text.note(), text.places(), text.caption(), text.alt());
        String name = editName("event.duplicated", event.title());
        record(name, new Edit.EventChange(name, null, copy), t -> t.withEvent(id, copiedText));
        return Translated.event(copy, shownTranslation());
    }

    public void addEra(Era era) {
        String name = editName("era.added", era.title());
        record(name, new Edit.EraChange(name, null, era),
                t -> t.withEra(era.id(), new Translation.EraText(era.title(), blankAsNull(era.summary()))));
    }

    /** Puts {@code updated} in the place of {@code old}, both as shown; its events follow when its id changes. */
    public void replaceEra(Era old, Era updated) {
        String name = editName("era.edited", updated.title());
        Era realOld = real(old);
        Era realUpdated = translating() ? Translated.editedEra(realOld, updated) : updated;
        List<Edit> parts = new ArrayList<>();
        parts.add(new Edit.EraChange(name, realOld, realUpdated));
        if (!old.id().equals(updated.id())) {
            parts.addAll(eventsOfEra(old.id(), updated.id(), name));
        }
        Translation.EraText text = Translated.editedText(old, updated, shownTranslation().era(old.id()));
        record(name, parts.size() == 1 ? parts.get(0) : new Edit.Compound(name, parts),
                t -> t.withEra(old.id(), Translation.EraText.NONE).withEra(updated.id(), text));
    }

    /** Removes {@code era} and takes its events out of it, in one step, so that no event names a missing era. */
    public void removeEra(Era era) {
        String name = editName("era.deleted", era.title());
        List<Edit> parts = new ArrayList<>();
        parts.add(new Edit.EraChange(name, real(era), null));
        parts.addAll(eventsOfEra(era.id(), null, name));
        recordDeletion(name, parts, t -> t.withEra(era.id(), Translation.EraText.NONE));
    }

    private List<Edit> eventsOfEra(String eraId, String newEraId, String name) {
        return realEvents.stream().filter(e -> eraId.equals(e.eraId()))
                .<Edit>map(e -> new Edit.EventChange(name, e, e.inEra(newEraId))).toList();
    }

    /** Adds {@code added} after the other series. */
    public void addSeries(FigureSeries added) {
        String name = editName("series.added", added.title());
        record(name, new Edit.SeriesChange(name, series.size(), null, added),
                t -> t.withSeries(added.id(), Translated.texts(added)));
    }

    /** Puts {@code updated} in the place of {@code old}, both as shown. */
    public void replaceSeries(FigureSeries old, FigureSeries updated) {
        String name = editName("series.edited", updated.title());
        int index = indexOfSeries(old);
        FigureSeries realOld = series.get(index);
        FigureSeries realUpdated = translating() ? Translated.editedSeries(realOld, updated) : updated;
        Translation.SeriesText text = Translated.editedText(old, updated, shownTranslation().series(old.id()));
        record(name, new Edit.SeriesChange(name, index, realOld, realUpdated),
                t -> t.withSeries(old.id(), Translation.SeriesText.NONE).withSeries(updated.id(), text));
    }

    public void removeSeries(FigureSeries removed) {
        int index = indexOfSeries(removed);
        String name = editName("series.deleted", removed.title());
        recordDeletion(name, List.of(new Edit.SeriesChange(name, index, series.get(index), null)),
                t -> t.withSeries(removed.id(), Translation.SeriesText.NONE));
    }

    /** Where the series shown as {@code wanted} is among the real ones, found by its id. */
    private int indexOfSeries(FigureSeries wanted) {
        for (int i = 0; i < series.size(); i++) {
            if (series.get(i).id().equals(wanted.id())) {
                return i;
            }
        }
        throw new IllegalArgumentException("the open dataset has no series " + wanted.id());
    }

    /**
     * Changes the timeline's title, summary, credit and way of naming the years before AD 1; while another language
     * than the main one is shown, the texts changed are that language's.
     */
    public void changeDetails(String title, String summary, String credit, EraStyle eraStyle) {
        String name = EditHistory.WORDS.text("details.edited");
        if (!translating()) {
            history.record(new Edit.DetailsChange(name, details,
                    new Edit.Details(title, summary, credit, eraStyle, details.extras())));
            return;
        }
        Dataset shown = dataset.get();
        Edit.Details after = new Edit.Details(details.title(), details.summary(), details.credit(), eraStyle,
                details.extras());
        record(name, after.equals(details) ? null : new Edit.DetailsChange(name, details, after),
                t -> t.withDetails(Translated.edited(shown.title(), title, t.title()),
                        Translated.edited(shown.summary(), summary, t.summary()),
                        Translated.edited(shown.credit(), credit, t.credit())));
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
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
        // An edit made in another language than the main one comes with its translation: select what it changed.
        Edit main = edit instanceof Edit.Compound compound && compound.parts().size() == 2
                && compound.parts().get(1) instanceof Edit.TranslationChange ? compound.parts().get(0) : edit;
        if (main instanceof Edit.EventChange change && change.after() != null) {
            selectedEvent.set(Translated.event(change.after(), shownTranslation()));
        } else if (main instanceof Edit.EraChange change && change.after() != null) {
            selectedEra.set(Translated.era(change.after(), shownTranslation()));
        }
        Dataset saved = new Dataset(details.title(), details.summary(), details.credit(), realEras,
                ChronologicalEvents.copyOf(realEvents), series, details.eraStyle(), details.extras(), mainLanguage,
                translations);
        whole.set(saved);
        Translation shown = shownTranslation();
        dataset.set(shown.isEmpty() ? saved : new Dataset(Translated.text(details.title(), shown.title()),
                Translated.text(details.summary(), shown.summary()), Translated.text(details.credit(), shown.credit()),
                eras, ChronologicalEvents.copyOf(events), series.stream().map(s -> Translated.series(s, shown)).toList(),
                details.eraStyle(), details.extras(), language.get().tag(), Translations.NONE));
    }

    /**
     * Carries out one part of a step on the real lists and on those shown, which always hold the real events and
     * eras as the current translation shows them.
     */
    private void applyPart(Edit edit) {
        if (edit instanceof Edit.EventChange change) {
            Translation shown = shownTranslation();
            replaceSorted(realEvents, change.before(), change.after(), Dataset.chronological());
            replaceShownEvent(change.before() == null ? null : Translated.event(change.before(), shown),
                    change.after() == null ? null : Translated.event(change.after(), shown));
        } else if (edit instanceof Edit.EraChange change) {
            Translation shown = shownTranslation();
            replaceSorted(realEras, change.before(), change.after(), Comparator.comparing(Era::start));
            replaceShownEra(change.before() == null ? null : Translated.era(change.before(), shown),
                    change.after() == null ? null : Translated.era(change.after(), shown));
        } else if (edit instanceof Edit.TranslationChange change) {
            Translation before = shownTranslation();
            translations = change.after();
            showChangedTranslation(before, shownTranslation());
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

    private void replaceShownEvent(TimelineEvent before, TimelineEvent after) {
        replaceSorted(events, before, after, Dataset.chronological());
        searchIndex.forget(before);
        if (before != null && before.equals(selectedEvent.get())) {
            selectedEvent.set(after);
        }
    }

    private void replaceShownEra(Era before, Era after) {
        replaceSorted(eras, before, after, Comparator.comparing(Era::start));
        if (before != null && before.equals(selectedEra.get())) {
            selectedEra.set(after);
        }
    }

    /**
     * Shows again the events and eras whose texts differ between the translations {@code before} and {@code after}
     * of the language shown: one edit changes one or two, so they are found and replaced one by one; a change of the
     * categories' names changes many events, and shows them all again.
     */
    private void showChangedTranslation(Translation before, Translation after) {
        if (!before.categories().equals(after.categories())) {
            showInLanguage();
            return;
        }
        for (String id : changedKeys(before.events(), after.events())) {
            TimelineEvent event = findById(realEvents, id, TimelineEvent::id);
            if (event != null) {
                replaceShownEvent(Translated.event(event, before), Translated.event(event, after));
            }
        }
        for (String id : changedKeys(before.eras(), after.eras())) {
            Era era = findById(realEras, id, Era::id);
            if (era != null) {
                replaceShownEra(Translated.era(era, before), Translated.era(era, after));
            }
        }
    }

    private static <V> Set<String> changedKeys(Map<String, V> before, Map<String, V> after) {
        Set<String> changed = new HashSet<>();
        if (before == after) {
            return changed;
        }
        before.forEach((key, value) -> {
            if (!value.equals(after.get(key))) {
                changed.add(key);
            }
        });
        after.forEach((key, value) -> {
            if (!value.equals(before.get(key))) {
                changed.add(key);
            }
        });
        return changed;
    }

    /** A step as the Edit menu names it, in the language in use: "move of ‘Baghdad falls’". */
    private static String editName(String key, String title) {
        return EditHistory.WORDS.text(key, title);
    }

    /**
     * Takes {@code before} out of the sorted {@code list} and puts {@code after} in at its place in the order: in
     * one replacement when it belongs where the other was, so that the views see the smallest change.
     */
    private static <T> void replaceSorted(List<T> list, T before, T after, Comparator<? super T> order) {
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

    /** The open dataset as shown in the interface's language: what every view reads. */
    public ReadOnlyObjectProperty<Dataset> datasetProperty() {
        return dataset.getReadOnlyProperty();
    }

    /**
     * The open dataset in its main language with all its translations: what is saved. The same object as
     * {@link #getDataset()} when the language shown has no translation.
     */
    public ReadOnlyObjectProperty<Dataset> wholeDatasetProperty() {
        return whole.getReadOnlyProperty();
    }

    public Dataset getWholeDataset() {
        return whole.get();
    }

    /**
     * The language the open dataset is shown in: the interface's, which the window keeps in step with
     * {@link Messages#use}. Changing it shows the translated texts at once and keeps the selection.
     */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language getLanguage() {
        return language.get();
    }

    public void setLanguage(Language shown) {
        language.set(Objects.requireNonNull(shown, "language"));
    }

    /**
     * Whether numbers and dates are written in Western digits (0–9) in a language that has digits of its own
     * (Arabic's ٠–٩), for classes that read those. The window keeps it in step with {@link Messages#useWesternDigits}.
     */
    public BooleanProperty westernDigitsProperty() {
        return westernDigits;
    }

    public boolean isWesternDigits() {
        return westernDigits.get();
    }

    public void setWesternDigits(boolean western) {
        westernDigits.set(western);
    }

    /**
     * The texts of {@code shown} (an event as the views show it) that the translation into the language shown lacks,
     * so that they are shown in the dataset's main language; empty when the main language is shown.
     */
    public Set<Translated.EventField> untranslated(TimelineEvent shown) {
        if (!translating() || shown == null) {
            return Set.of();
        }
        TimelineEvent event = findById(realEvents, shown.id(), TimelineEvent::id);
        return event == null ? Set.of() : Translated.untranslated(event, shownTranslation());
    }

    /** The BCP 47 tag of the open dataset's main language, in which untranslated texts are shown. */
    public String mainLanguage() {
        return mainLanguage;
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

    /**
     * Words that shown events must all contain, in their title or text, ignoring case, accents and the other
     * differences of writing {@link SearchText} leaves aside.
     */
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

    /**
     * Whether time runs right to left (later further left) on the timeline, its overview and the charts (View → Time
     * runs right to left): all of them at once, so that a chart never runs against the timeline above it.
     */
    public BooleanProperty timeRightToLeftProperty() {
        return timeRightToLeft;
    }

    public boolean isTimeRightToLeft() {
        return timeRightToLeft.get();
    }

    public void setTimeRightToLeft(boolean rightToLeft) {
        timeRightToLeft.set(rightToLeft);
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
