package org.timelineexplorer.ui;

import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.Drafts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An editable table in a form, such as an event's places or a series' points: rows of fields under column headings,
 * a row added with the button under them and removed with its own button. Each row's problems, in the loader's words,
 * are under the row, and the cells they concern are outlined; a cell of a row added blank is not called wrong until
 * it is typed in. Every cell is a real field, so Tab goes through the table cell by cell.
 */
final class FormRows extends VBox {

    /**
     * One column.
     *
     * @param field   the draft's name for the cell ("lat"), as the loader's paths name it
     * @param columns how wide a text cell is, in characters; 0 for a check box
     */
    record Column(String heading, String field, String prompt, int columns) {

        boolean isCheck() {
            return columns == 0;
        }
    }

    /** One row's cells, by field: text for text cells, "true" or "false" for check boxes. */
    record Row(Map<String, String> cells) {

        String text(String field) {
            return cells.getOrDefault(field, "");
        }

        boolean checked(String field) {
            return Boolean.parseBoolean(cells.get(field));
        }
    }

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);
    /** The most rows shown before the table scrolls. */
    private static final int VISIBLE_ROWS = 6;
    /** About the width of a row's Remove button, in pixels. */
    private static final double REMOVE_WIDTH = 90;
    /** About the height of one row of fields, in pixels, to size the scrolled part. */
    private static final double ROW_HEIGHT = 30;

    private final String id;
    private final String field;
    private final List<Column> columns;
    private final VBox body = new VBox(2);
    private final List<RowNodes> rows = new ArrayList<>();
    private final Label tableProblem;
    private Runnable onEdited = () -> { };

    /** A row's nodes: its cells by field, its box and its problem's line. */
    private final class RowNodes {
        final Map<String, Control> cells = new LinkedHashMap<>();
        final VBox box = new VBox(1);
        final Label problem = DraftForm.problemLabel(null);
        final Button remove = new Button(TEXTS.text("form.rows.remove"));
        /** The cells typed in; every cell of a row that came with the item. A cell not reached is not wrong yet. */
        final Set<String> reached = new HashSet<>();
    }

    /**
     * @param id    the base of the ids of the table ({@code id}), its cells ({@code id-2-lat}, rows counted from 0)
     *              and its buttons, for tests
     * @param field the draft's name for the list ("places"), as the loader's paths name it
     */
    FormRows(String id, String field, String addText, List<Column> columns) {
        super(4);
        this.id = id;
        this.field = field;
        this.columns = List.copyOf(columns);
        setId(id);
        getStyleClass().add("form-rows");
        HBox headings = new HBox(6);
        for (Column column : columns) {
            Label heading = new Label(column.heading());
            heading.getStyleClass().add("form-rows-heading");
            heading.setPrefWidth(width(column));
            heading.setMinWidth(width(column));
            headings.getChildren().add(heading);
        }
        ScrollPane scroll = new ScrollPane(body);
        scroll.setFitToWidth(true);
        scroll.setMaxHeight(VISIBLE_ROWS * ROW_HEIGHT + 8);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        // Room for every cell and the Remove button beside the scroll bar, which would otherwise cover it.
        scroll.setPrefViewportWidth(columns.stream().mapToDouble(FormRows::width).sum() + 6 * columns.size()
                + REMOVE_WIDTH);
        scroll.setFocusTraversable(false);
        Button add = new Button(addText);
        add.setId(id + "-add");
        add.setOnAction(e -> {
            RowNodes added = addRow(new Row(Map.of()), false);
            onEdited.run();
            added.cells.values().iterator().next().requestFocus();
            scroll.setVvalue(1);
        });
        tableProblem = DraftForm.problemLabel(id + "-problem");
        getChildren().addAll(headings, scroll, add, tableProblem);
    }

    /** Runs {@code action} after every change of a cell and every row added or removed. */
    void setOnEdited(Runnable action) {
        onEdited = action;
    }

    /** Fills the table with {@code values}, each row counted as reached: the item as it is. */
    void setRows(List<Row> values) {
        rows.clear();
        body.getChildren().clear();
        values.forEach(value -> addRow(value, true));
    }

    /** The rows as typed, in order. */
    List<Row> rows() {
        List<Row> values = new ArrayList<>();
        for (RowNodes row : rows) {
            Map<String, String> cells = new LinkedHashMap<>();
            row.cells.forEach((name, cell) -> cells.put(name, cell instanceof CheckBox box
                    ? Boolean.toString(box.isSelected()) : ((TextField) cell).getText()));
            values.add(new Row(cells));
        }
        return values;
    }

    /**
     * Shows each reached row's problems under it and outlines the cells concerned.
     *
     * @param all whether every row counts as reached
     */
    void showProblems(Drafts.Checked<?> checked, boolean all) {
        DraftForm.showProblem(tableProblem, checked.problems().get(field));
        for (int i = 0; i < rows.size(); i++) {
            RowNodes row = rows.get(i);
            String rowPath = field + "[" + i + "]";
            String rowId = id + "-" + i;
            row.problem.setId(rowId + "-problem");
            row.remove.setId(rowId + "-remove");
            List<String> messages = new ArrayList<>();
            if (!row.reached.isEmpty() && checked.problems().containsKey(rowPath)) {
                messages.add(checked.problems().get(rowPath));
            }
            row.cells.forEach((name, cell) -> {
                cell.setId(rowId + "-" + name);
                String message = all || row.reached.contains(name) ? checked.problem(rowPath + "." + name) : null;
                DraftForm.outline(cell, message);
                if (message != null) {
                    messages.add(message);
                }
            });
            // Under the row, since its cells are too narrow to have their messages under each.
            DraftForm.showProblem(row.problem, messages.isEmpty() ? null : String.join("; ", messages));
        }
    }

    private RowNodes addRow(Row value, boolean reached) {
        RowNodes row = new RowNodes();
        if (reached) {
            columns.forEach(column -> row.reached.add(column.field()));
        }
        HBox line = new HBox(6);
        for (Column column : columns) {
            Control cell;
            if (column.isCheck()) {
                CheckBox box = new CheckBox();
                box.setSelected(value.checked(column.field()));
                box.setAccessibleText(column.heading());
                box.selectedProperty().addListener(o -> edited(row, column.field()));
                cell = box;
            } else {
                TextField text = new TextField(value.text(column.field()));
                text.setPromptText(column.prompt());
                text.setAccessibleText(column.heading());
                text.textProperty().addListener(o -> edited(row, column.field()));
                cell = text;
            }
            cell.setPrefWidth(width(column));
            cell.setMinWidth(width(column));
            row.cells.put(column.field(), cell);
            line.getChildren().add(cell);
        }
        Button remove = row.remove;
        remove.getStyleClass().add("form-rows-remove");
        remove.setMinWidth(Region.USE_PREF_SIZE);
        remove.setOnAction(e -> {
            int at = rows.indexOf(row);
            rows.remove(row);
            body.getChildren().remove(row.box);
            onEdited.run();
            if (!rows.isEmpty()) {
                rows.get(Math.min(at, rows.size() - 1)).cells.values().iterator().next().requestFocus();
            }
        });
        line.getChildren().add(remove);
        row.box.getChildren().addAll(line, row.problem);
        rows.add(row);
        body.getChildren().add(row.box);
        return row;
    }

    private void edited(RowNodes row, String cell) {
        row.reached.add(cell);
        onEdited.run();
    }

    private static double width(Column column) {
        return column.isCheck() ? 96 : column.columns() * 9.0 + 16;
    }
}
