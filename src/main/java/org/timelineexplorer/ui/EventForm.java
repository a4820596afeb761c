package org.timelineexplorer.ui;

import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.timelineexplorer.io.EventDraft;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimelineEvent;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The form that adds or edits one event: every field as text, checked as it is typed by the loader itself
 * ({@link EventDraft}), with the loader's message under the field it concerns; OK stays disabled while a field has
 * a problem. The event's places and picture are kept as they are.
 */
final class EventForm {

    /** The id a new event has while it is typed; it gets one made from its title when it is added. */
    private static final String DRAFT_ID = "new-event";
    private static final String DATE_FORMS = "2003-03-20, 2003-04 (a month), 2003, 44 BC, c. 3500 BC, "
            + "66 million years ago";

    private final AppState state;
    private final TimelineEvent editing;
    /** The date a new event starts with. */
    private final HistoricalDate dated;
    private final Dialog<TimelineEvent> dialog = new Dialog<>();
    private final TextField date = field("date", DATE_FORMS);
    private final TextField end = field("end", "only for an event that lasts; same forms as the date");
    private final TextField display = field("display", "optional: words shown instead of the date (\"Spring 2004\")");
    private final TextField title = field("title", "what happened, in a few words");
    private final TextArea text = area("text", "what a student should know", 4);
    private final ComboBox<String> category = new ComboBox<>();
    private final ChoiceBox<Era> era = new ChoiceBox<>();
    private final TextArea sources = area("sources", "one a line: the source's name, then its web address", 3);
    private final TextArea note = area("note", "optional: where a source is wrong and why this differs", 2);
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final Map<String, Node> inputs = new LinkedHashMap<>();
    /** Fields typed in since the form opened: a blank field the teacher has not reached yet is not an error yet. */
    private final java.util.Set<String> touched = new java.util.HashSet<>();
    private EventDraft.Checked checked;

    private EventForm(AppState state, TimelineEvent editing, HistoricalDate dated, Window owner) {
        this.state = state;
        this.editing = editing;
        this.dated = dated;
        dialog.initOwner(owner);
        dialog.setTitle(editing == null ? "Add an event" : "Edit the event");
        dialog.setHeaderText(editing == null ? "A new event for " + state.getDataset().title()
                : "Edit \u201C" + editing.title() + "\u201D");
        dialog.getDialogPane().setId("event-form");
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResizable(true);

        Dataset dataset = state.getDataset();
        category.setId("form-category");
        category.setEditable(true);
        category.setItems(FXCollections.observableArrayList(dataset.categories()));
        category.setMaxWidth(Double.MAX_VALUE);
        category.setPromptText("a word that groups events, such as military or political");
        List<Era> choices = new ArrayList<>();
        choices.add(null);
        choices.addAll(dataset.eras());
        era.setId("form-era");
        era.setItems(FXCollections.observableArrayList(choices));
        era.setConverter(new StringConverter<>() {
            @Override
            public String toString(Era value) {
                return value == null ? "No era" : value.title();
            }

            @Override
            public Era fromString(String string) {
                return null;
            }
        });

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        grid.getStyleClass().add("event-form");
        int row = 0;
        row = add(grid, row, "Date", "date", date);
        row = add(grid, row, "End", "end", end);
        row = add(grid, row, "Shown date", "display", display);
        row = add(grid, row, "Title", "title", title);
        row = add(grid, row, "Text", "text", text);
        row = add(grid, row, "Category", "category", category);
        row = add(grid, row, "Era", "era", era);
        row = add(grid, row, "Sources", "sources", sources);
        add(grid, row, "Note", "note", note);
        dialog.getDialogPane().setContent(grid);

        fill(editing == null ? blank(dataset) : EventDraft.of(editing));
        Map<String, ObservableValue<?>> values = new LinkedHashMap<>();
        values.put("date", date.textProperty());
        values.put("end", end.textProperty());
        values.put("display", display.textProperty());
        values.put("title", title.textProperty());
        values.put("text", text.textProperty());
        values.put("category", category.getEditor().textProperty());
        values.put("era", era.valueProperty());
        values.put("sources", sources.textProperty());
        values.put("note", note.textProperty());
        values.forEach((field, value) -> value.addListener(o -> {
            touched.add(field);
            check();
        }));
        if (editing != null) {
            touched.addAll(values.keySet()); // an event as it is: every problem it has is worth saying at once
        }
        check();
        dialog.setOnShown(e -> title.requestFocus());
        dialog.setResultConverter(button -> button == ButtonType.OK ? result() : null);
    }

    /** Asks for a new event, dated the day in the middle of the view; adds it (one undoable step) on OK. */
    static void add(AppState state, Window owner) {
        add(state, HistoricalDate.onEpochDay((long) Math.floor(state.getVisibleRange().center()), DatePrecision.DAY),
                owner);
    }

    /** Asks for a new event dated {@code date}, such as where the timeline was double-clicked; adds it on OK. */
    static void add(AppState state, HistoricalDate date, Window owner) {
        new EventForm(state, null, date, owner).dialog.showAndWait().ifPresent(state::addEvent);
    }

    /** Edits {@code event}; replaces it (one undoable step) on OK when anything changed. */
    static void edit(AppState state, TimelineEvent event, Window owner) {
        new EventForm(state, event, null, owner).dialog.showAndWait().filter(edited -> !edited.equals(event))
                .ifPresent(edited -> state.replaceEvent(event, edited));
    }

    private EventDraft blank(Dataset dataset) {
        Era selected = state.getSelectedEra();
        return new EventDraft(DRAFT_ID, dated.toIsoString(), "", "", "", "", "", selected == null ? null : selected.id(), "", "",
                List.of(), null);
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
    }

    private EventDraft draft() {
        return new EventDraft(editing == null ? DRAFT_ID : editing.id(), date.getText(), end.getText(),
                display.getText(), title.getText(), text.getText(), category.getEditor().getText(),
                era.getValue() == null ? null : era.getValue().id(), sources.getText(), note.getText(),
                editing == null ? List.of() : editing.places(), editing == null ? null : editing.picture());
    }

    private void check() {
        checked = draft().check(state.getDataset());
        problems.forEach((field, label) -> {
            String message = touched.contains(field) ? checked.problems().get(field) : null;
            label.setText(message == null ? "" : message);
            label.setVisible(message != null);
            Node input = inputs.get(field);
            input.getStyleClass().remove("field-invalid");
            if (message != null) {
                input.getStyleClass().add("field-invalid");
            }
            input.setAccessibleHelp(message);
        });
        dialog.getDialogPane().lookupButton(ButtonType.OK).setDisable(checked.event().isEmpty());
    }

    private TimelineEvent result() {
        TimelineEvent event = checked.event().orElseThrow();
        if (editing != null) {
            return event;
        }
        return event.copyAs(state.freshId(event.title()), event.title());
    }

    private int add(GridPane grid, int row, String name, String field, Node input) {
        Label label = new Label(name);
        label.setLabelFor(input);
        label.getStyleClass().add("form-label");
        Label problem = new Label();
        problem.setId("problem-" + field);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(560);
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        problems.put(field, problem);
        inputs.put(field, input);
        GridPane.setHgrow(input, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        grid.add(problem, 1, row + 1);
        return row + 2;
    }

    private static TextField field(String id, String prompt) {
        TextField field = new TextField();
        styleInput(field, id, prompt);
        field.setPrefColumnCount(36);
        return field;
    }

    private static TextArea area(String id, String prompt, int rows) {
        TextArea area = new TextArea();
        styleInput(area, id, prompt);
        area.setPrefRowCount(rows);
        area.setWrapText(true);
        return area;
    }

    private static void styleInput(TextInputControl input, String id, String prompt) {
        input.setId("form-" + id);
        input.setPromptText(prompt);
    }
}
