package org.timelineexplorer.ui;

import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.collections.FXCollections;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.Drafts;
import org.timelineexplorer.io.EventDraft;
import org.timelineexplorer.io.EventDraft.PictureDraft;
import org.timelineexplorer.io.EventDraft.PlaceDraft;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;
import org.timelineexplorer.model.Translated;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The form that adds or edits one event: every field of the format, its places as a table and its picture, checked
 * as they are typed by the loader itself ({@link EventDraft}); see {@link DraftForm} for what every form does.
 */
public final class EventForm extends DraftForm<TimelineEvent> {

    /** The id a new event has while it is typed; it gets one made from its title when it is added. */
    private static final String DRAFT_ID = "new-event";
    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);
    /** The picture's file or address field, whose problems the loader puts at "picture", ".file" or ".url". */
    private static final String PICTURE_LOCATION = "picture.location";
    /** The style class of a field whose text the language shown lacks. */
    private static final String UNTRANSLATED = "field-untranslated";

    private final AppState state;
    private final TimelineEvent editing;
    private final TextField date = field("date", TEXTS.text("event.form.date.prompt"), 28);
    private final TextField end = field("end", TEXTS.text("event.form.end.prompt"), 28);
    private final TextField display = field("display", TEXTS.text("event.form.display.prompt"), 28);
    private final TextField title = field("title", TEXTS.text("event.form.title.prompt"), 28);
    private final TextArea text = area("text", TEXTS.text("event.form.text.prompt"), 4);
    private final ComboBox<String> category = new ComboBox<>();
    private final ChoiceBox<Era> era = new ChoiceBox<>();
    private final TextArea sources = area("sources", TEXTS.text("event.form.sources.prompt"), 3);
    private final TextArea note = area("note", TEXTS.text("event.form.note.prompt"), 2);
    private final FormRows places = new FormRows("form-places", "places",
            TEXTS.text("event.form.places.add"), List.of(
            new FormRows.Column(TEXTS.text("event.form.places.name"), "name",
                    TEXTS.text("event.form.places.name.prompt"), 18),
            new FormRows.Column(TEXTS.text("event.form.places.lat"), "lat", "33.31", 7),
            new FormRows.Column(TEXTS.text("event.form.places.lon"), "lon", "44.42", 7)));
    private final TextField pictureLocation = field("picture-location",
            TEXTS.text("event.form.picture.prompt"), 24);
    private final TextField caption = field("picture-caption", TEXTS.text("event.form.caption.prompt"), 28);
    private final TextField credit = field("picture-credit", TEXTS.text("event.form.credit.prompt"), 28);
    private final TextField alt = field("picture-alt", TEXTS.text("event.form.alt.prompt"), 28);

    private EventForm(AppState state, TimelineEvent editing, HistoricalDate newDate, Window owner) {
        super(owner, "event-form", TEXTS.text(editing == null ? "event.form.title.add" : "event.form.title.edit"),
                editing == null ? TEXTS.text("event.form.header.add", state.getDataset().title())
                        : TEXTS.text("form.header.edit", editing.title()), editing != null);
        this.state = state;
        this.editing = editing;

        Dataset dataset = state.getDataset();
        category.setId("form-category");
        category.setEditable(true);
        category.setItems(FXCollections.observableArrayList(dataset.categories()));
        category.setMaxWidth(Double.MAX_VALUE);
        category.setPromptText(TEXTS.text("event.form.category.prompt"));
        List<Era> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(dataset.eras());
        era.setId("form-era");
        era.setItems(FXCollections.observableArrayList(choices));
        era.setConverter(named(value -> value == null ? TEXTS.text("event.form.era.none") : value.title()));

        add(TEXTS.text("event.form.date"), "date", date);
        add(TEXTS.text("event.form.end"), "end", end);
        add(TEXTS.text("event.form.display"), "display", display);
        add(TEXTS.text("event.form.title"), "title", title);
        add(TEXTS.text("event.form.text"), "text", text);
        add(TEXTS.text("event.form.category"), "category", category);
        add(TEXTS.text("event.form.era"), "era", era);
        add(TEXTS.text("event.form.sources"), "sources", sources);
        add(TEXTS.text("event.form.note"), "note", note);
        nextColumn();
        addRows(TEXTS.text("event.form.places"), places);
        add(TEXTS.text("event.form.picture"), PICTURE_LOCATION, pictureChooser());
        add(TEXTS.text("event.form.caption"), "picture.caption", caption);
        add(TEXTS.text("event.form.credit"), "picture.credit", credit);
        add(TEXTS.text("event.form.alt"), "picture.alt", alt);

        fill(editing == null ? blank(newDate) : EventDraft.of(editing));
        watch("date", date.textProperty());
        watch("end", end.textProperty());
        watch("display", display.textProperty());
        watch("title", title.textProperty());
        watch("text", text.textProperty());
        watch("category", category.getEditor().textProperty());
        watch("era", era.valueProperty());
        watch("sources", sources.textProperty());
        watch("note", note.textProperty());
        // A picture needs its alt text: once one of its fields is typed in, a missing one is worth saying.
        together(PICTURE_LOCATION, "picture.caption", "picture.credit", "picture.alt");
        watch(PICTURE_LOCATION, pictureLocation.textProperty());
        watch("picture.caption", caption.textProperty());
        watch("picture.credit", credit.textProperty());
        watch("picture.alt", alt.textProperty());
        if (editing != null) {
            showGaps(TranslationGaps.of(state, editing));
        }
        start(title);
    }

    /**
     * Where the teacher edits in another language than the file's own: the texts the event lacks in it, said under
     * the header and outlined on their fields until typed in, since what she types there becomes the translation.
     */
    private void showGaps(Set<Translated.EventField> missing) {
        if (missing.isEmpty()) {
            return;
        }
        dialog().setHeaderText(dialog().getHeaderText() + "\n" + TranslationGaps.line(state, editing));
        Map<Translated.EventField, TextInputControl> inputs = Map.of(Translated.EventField.TITLE, title,
                Translated.EventField.TEXT, text, Translated.EventField.NOTE, note,
                Translated.EventField.CAPTION, caption, Translated.EventField.ALT, alt);
        for (Translated.EventField field : missing) {
            TextInputControl input = inputs.get(field);
            if (input != null) { // the place names are in the table, which the header names
                input.getStyleClass().add(UNTRANSLATED);
                input.textProperty().addListener(new InvalidationListener() {
                    @Override
                    public void invalidated(Observable typed) {
                        input.getStyleClass().remove(UNTRANSLATED);
                        typed.removeListener(this);
                    }
                });
            }
        }
    }

    /** Asks for a new event, dated the day in the middle of the view; adds it (one undoable step) on OK. */
    static void add(AppState state, Window owner) {
        addAt(state, HistoricalDate.onEpochDay((long) Math.floor(state.getVisibleRange().center()), DatePrecision.DAY),
                owner);
    }

    /**
     * Asks for a new event dated {@code date} (as when a teacher double-clicks an empty spot of the timeline), in the
     * selected era; adds it (one undoable step) on OK.
     */
    public static void addAt(AppState state, HistoricalDate date, Window owner) {
        new EventForm(state, null, date, owner).showAndWait().ifPresent(state::addEvent);
    }

    /** Edits {@code event}; replaces it (one undoable step) on OK when anything changed. */
    static void edit(AppState state, TimelineEvent event, Window owner) {
        new EventForm(state, event, null, owner).showAndWait().filter(edited -> !edited.equals(event))
                .ifPresent(edited -> state.replaceEvent(event, edited));
    }

    @Override
    protected Drafts.Checked<TimelineEvent> check() {
        return draft().check(state.getDataset());
    }

    @Override
    protected TimelineEvent made(TimelineEvent event) {
        return editing != null ? event : event.copyAs(state.freshId(event.title()), event.title());
    }

    @Override
    protected String message(Drafts.Checked<TimelineEvent> checked, String field) {
        if (!field.equals(PICTURE_LOCATION)) {
            return checked.problem(field);
        }
        String messages = Stream.of(checked.problems().get("picture"), checked.problem("picture.file"),
                checked.problem("picture.url")).filter(m -> m != null).collect(Collectors.joining("; "));
        return messages.isEmpty() ? null : messages;
    }

    /** The picture's file or address, with Browse… for a file beside the timeline. */
    private HBox pictureChooser() {
        Button browse = new Button(TEXTS.text("event.form.picture.browse"));
        browse.setId("form-picture-browse");
        Optional<Path> folder = datasetFolder();
        browse.setDisable(folder.isEmpty());
        if (folder.isEmpty()) {
            // A picture file is kept as a path from the timeline's file, which a timeline not yet saved lacks.
            pictureLocation.setTooltip(new Tooltip(TEXTS.text("event.form.picture.unsaved")));
        }
        browse.setOnAction(e -> folder.ifPresent(this::browse));
        HBox box = new HBox(6, pictureLocation, browse);
        HBox.setHgrow(pictureLocation, Priority.ALWAYS);
        return box;
    }

    private void browse(Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(TEXTS.text("event.form.picture.chooser"));
        chooser.setInitialDirectory(folder.toFile());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(TEXTS.text("event.form.picture.filter"), "*.png", "*.jpg", "*.jpeg",
                "*.gif", "*.bmp"));
        File chosen = chooser.showOpenDialog(dialog().getOwner());
        if (chosen != null) {
            pictureLocation.setText(relativePath(folder, chosen.toPath()));
        }
    }

    /** {@code file} as the format keeps it: from the timeline's folder, with {@code /} between names. */
    static String relativePath(Path folder, Path file) {
        return folder.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace(File.separatorChar, '/');
    }

    /** The folder of the open timeline's file, if it is a file on disk. */
    private Optional<Path> datasetFolder() {
        URI location = state.getDatasetLocation();
        if (location == null || !"file".equals(location.getScheme())) {
            return Optional.empty();
        }
        return Optional.ofNullable(Path.of(location).getParent());
    }

    private EventDraft blank(HistoricalDate newDate) {
        Era selected = state.getSelectedEra();
        return new EventDraft(DRAFT_ID, newDate.toIsoString(), "", "", "", "", "",
                selected == null ? null : selected.id(), "", "", List.of(), PictureDraft.NONE);
    }

    private void fill(EventDraft draft) {
        date.setText(draft.date());
        end.setText(draft.end());
        display.setText(draft.display());
        title.setText(draft.title());
        text.setText(draft.text());
        category.getEditor().setText(draft.category());
        era.setValue(state.getDataset().era(draft.eraId()).orElse(null));
        sources.setText(draft.sources());
        note.setText(draft.note());
        places.setRows(draft.places().stream().map(place -> new FormRows.Row(Map.of("name", place.name(),
                "lat", place.lat(), "lon", place.lon()))).toList());
        pictureLocation.setText(draft.picture().location());
        caption.setText(draft.picture().caption());
        credit.setText(draft.picture().credit());
        alt.setText(draft.picture().alt());
    }

    private EventDraft draft() {
        return new EventDraft(editing == null ? DRAFT_ID : editing.id(), date.getText(), end.getText(),
                display.getText(), title.getText(), text.getText(), category.getEditor().getText(),
                era.getValue() == null ? null : era.getValue().id(), sources.getText(), note.getText(),
                places.rows().stream().map(row -> new PlaceDraft(row.text("name"), row.text("lat"),
                        row.text("lon"))).toList(),
                new PictureDraft(pictureLocation.getText(), caption.getText(), credit.getText(), alt.getText()),
                editing);
    }
}
