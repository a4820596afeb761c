package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.timelineexplorer.io.Drafts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * What every editing form shares: a dialog of labelled fields, checked as they are typed by the loader itself
 * (through a draft, see {@link Drafts}), with the loader's message under the field it concerns; OK stays disabled
 * while anything has a problem. A blank field the teacher has not reached yet is not called wrong until she has been
 * there; an item being edited shows every problem it has at once.
 *
 * <p>From the keyboard: Tab and Shift+Tab go from field to field, text areas included (where Tab would otherwise
 * type a tab); Enter in a one-line field and Ctrl+Enter anywhere is OK; Escape is Cancel.
 *
 * @param <T> what the form makes: an event, an era, a series, a timeline's details
 */
abstract class DraftForm<T> {

    /** The bundle of the forms' and dialogs' words, {@code ui/dialogs*.properties}. */
    static final String DIALOGS = "org.timelineexplorer.ui.dialogs";

    /** The widest a problem's message runs before it wraps, in pixels. */
    private static final double PROBLEM_WIDTH = 520;

    private final Dialog<T> dialog = new Dialog<>();
    /** The columns of fields side by side, each a grid of its own so that a tall row in one does not space out the other. */
    private final HBox columns = new HBox(24);
    private GridPane grid;
    private final boolean existing;
    private final Map<String, Label> problems = new LinkedHashMap<>();
    private final Map<String, Node> inputs = new LinkedHashMap<>();
    private final Map<String, List<String>> groups = new LinkedHashMap<>();
    private final List<FormRows> tables = new ArrayList<>();
    private final Set<String> touched = new HashSet<>();
    private Drafts.Checked<T> checked;
    private int row;

    /**
     * @param id       the dialog pane's id, for tests and style sheets
     * @param existing whether the form edits something that exists, whose problems are worth saying at once
     */
    DraftForm(Window owner, String id, String title, String header, boolean existing) {
        this.existing = existing;
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getButtonTypes().setAll(ButtonType.OK, ButtonType.CANCEL);
        DialogButtons.translate(dialog.getDialogPane());
        dialog.setResizable(true);
        columns.getStyleClass().add("draft-form");
        nextColumn();
        dialog.getDialogPane().setContent(columns);
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ENTER && event.isShortcutDown()) {
                event.consume();
                okButton().fire();
            }
        });
        dialog.setResultConverter(button -> button == ButtonType.OK && checked.value().isPresent()
                ? made(checked.value().get()) : null);
    }

    /** The draft as the fields hold it now, checked. */
    protected abstract Drafts.Checked<T> check();

    /** What OK gives for the checked item: the item itself unless a form makes something of it (a fresh id). */
    protected T made(T checkedItem) {
        return checkedItem;
    }

    /** The message to show under {@code field}: the problems about it and what is inside it. */
    protected String message(Drafts.Checked<T> current, String field) {
        return current.problem(field);
    }

    /**
     * Adds a labelled input in the current column, its problem's line under it (id {@code problem-FIELD}, a dot
     * in the field written as "-"), named by the draft's field.
     */
    protected final void add(String name, String field, Node input) {
        Label label = formLabel(name, input);
        Label problem = problemLabel("problem-" + field.replace('.', '-')); // a dot would read as a style class
        problems.put(field, problem);
        inputs.put(field, input);
        GridPane.setHgrow(input, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(input, 1, row);
        grid.add(problem, 1, row + 1);
        row += 2;
    }

    /** Adds an editable table in the current column; it shows its rows' problems itself. */
    protected final void addRows(String name, FormRows rows) {
        Label label = formLabel(name, rows);
        GridPane.setHgrow(rows, Priority.ALWAYS);
        grid.add(label, 0, row);
        grid.add(rows, 1, row);
        row += 1;
        tables.add(rows);
        rows.setOnEdited(this::refresh);
    }

    /** A field's name, level with the first line of a field however tall. */
    private static Label formLabel(String name, Node input) {
        Label label = new Label(name);
        label.setLabelFor(input);
        label.getStyleClass().add("form-label");
        label.setPadding(new Insets(5, 0, 0, 0));
        label.setMinWidth(Region.USE_PREF_SIZE);
        GridPane.setValignment(label, VPos.TOP);
        return label;
    }

    /** Starts a column of fields beside those before; Tab reaches it after them. */
    protected final void nextColumn() {
        grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(4);
        HBox.setHgrow(grid, Priority.ALWAYS);
        columns.getChildren().add(grid);
        row = 0;
    }

    /** Checks the form again whenever {@code value} changes, and counts {@code field} as reached from then on. */
    protected final void watch(String field, Observable value) {
        value.addListener(o -> {
            touched.add(field);
            touched.addAll(groups.getOrDefault(field, List.of()));
            refresh();
        });
    }

    /** Fields that belong together, such as a picture's address and its alt text: reaching one reaches them all. */
    protected final void together(String... fields) {
        for (String field : fields) {
            groups.put(field, List.of(fields));
        }
    }

    /** Checks the form for the first time, once its fields are filled and watched; {@code first} gets the focus. */
    protected final void start(Node first) {
        if (existing) {
            touched.addAll(problems.keySet());
        }
        refresh();
        // After the dialog's own focus has gone to its default button, which happens once it is shown.
        dialog.setOnShown(e -> {
            fitScreen();
            Platform.runLater(first::requestFocus);
        });
    }

    /** Keeps the whole form, its buttons included, on a small screen such as a classroom projector's 1280x720. */
    private void fitScreen() {
        Window window = dialog.getDialogPane().getScene().getWindow();
        Rectangle2D screen = Screen.getScreensForRectangle(window.getX(), window.getY(), window.getWidth(),
                window.getHeight()).stream().findFirst().orElse(Screen.getPrimary()).getVisualBounds();
        if (window.getHeight() > screen.getHeight()) {
            window.setHeight(screen.getHeight());
        }
        if (window.getWidth() > screen.getWidth()) {
            window.setWidth(screen.getWidth());
        }
        window.setX(Math.max(screen.getMinX(), Math.min(window.getX(), screen.getMaxX() - window.getWidth())));
        window.setY(Math.max(screen.getMinY(), Math.min(window.getY(), screen.getMaxY() - window.getHeight())));
    }

    /** Shows the form and waits for OK (the item made) or Cancel (empty). */
    protected final Optional<T> showAndWait() {
        return dialog.showAndWait();
    }

    protected final Dialog<T> dialog() {
        return dialog;
    }

    private void refresh() {
        checked = check();
        problems.forEach((field, label) -> {
            String shown = touched.contains(field) ? message(checked, field) : null;
            showProblem(label, shown);
            outline(inputs.get(field), shown);
        });
        tables.forEach(table -> table.showProblems(checked, existing));
        okButton().setDisable(checked.value().isEmpty());
        growToFit();
    }

    /**
     * Makes the dialog taller when a message or a row needs room, so that nothing is cut off; never shorter while it
     * is open, so that it does not jump as messages come and go with each key.
     */
    private void growToFit() {
        Window window = dialog.getDialogPane().getScene().getWindow();
        if (window == null || !window.isShowing()) {
            return;
        }
        DialogPane pane = dialog.getDialogPane();
        pane.applyCss();
        double missing = pane.prefHeight(-1) - pane.getScene().getHeight();
        if (missing > 1) {
            double top = window.getY();
            window.setHeight(window.getHeight() + missing);
            window.setY(top);
            fitScreen();
        }
    }

    private Button okButton() {
        return (Button) dialog.getDialogPane().lookupButton(ButtonType.OK);
    }

    /** A line for a problem's message, taking no room while there is none. */
    static Label problemLabel(String id) {
        Label problem = new Label();
        problem.setId(id);
        problem.getStyleClass().add("field-problem");
        problem.setWrapText(true);
        problem.setMaxWidth(PROBLEM_WIDTH);
        problem.setMinHeight(Region.USE_PREF_SIZE); // as tall as its wrapped lines, not cut to one
        problem.managedProperty().bind(problem.visibleProperty());
        problem.setVisible(false);
        return problem;
    }

    /** Shows {@code message} on {@code label}, or hides it when the message is null. */
    static void showProblem(Label label, String message) {
        label.setText(message == null ? "" : message);
        label.setVisible(message != null);
    }

    /** Outlines {@code input} while it has a problem, and gives a screen reader the message. */
    static void outline(Node input, String message) {
        input.getStyleClass().remove("field-invalid");
        if (message != null) {
            input.getStyleClass().add("field-invalid");
        }
        input.setAccessibleHelp(message);
    }

    static TextField field(String id, String prompt, int columns) {
        TextField field = new TextField();
        styleInput(field, id, prompt);
        field.setPrefColumnCount(columns);
        return field;
    }

    /** A text area that Tab leaves, as every other field, instead of typing a tab into it. */
    static TextArea area(String id, String prompt, int rows) {
        TextArea area = new TextArea();
        styleInput(area, id, prompt);
        area.setPrefRowCount(rows);
        area.setPrefColumnCount(30);
        area.setWrapText(true);
        area.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.TAB && !event.isControlDown()) {
                event.consume();
                // The text area's own keys move the focus on Ctrl+Tab (and back on Ctrl+Shift+Tab).
                area.fireEvent(new KeyEvent(event.getSource(), event.getTarget(), event.getEventType(),
                        event.getCharacter(), event.getText(), event.getCode(), event.isShiftDown(), true,
                        event.isAltDown(), event.isMetaDown()));
            }
        });
        return area;
    }

    /** Shows a choice by the words {@code name} gives; the choice is never typed, so nothing is read back. */
    static <C> StringConverter<C> named(Function<C, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(C choice) {
                return name.apply(choice);
            }

            @Override
            public C fromString(String string) {
                return null;
            }
        };
    }

    private static void styleInput(TextInputControl input, String id, String prompt) {
        input.setId("form-" + id);
        input.setPromptText(prompt);
    }
}
