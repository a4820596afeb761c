package org.timelineexplorer.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.io.Problem;

import java.nio.file.Path;
import java.util.List;

/**
 * Tells a teacher why their file did not open: every problem in plain words with its line, column and place in the
 * data, and that the timeline already open has not changed.
 */
public final class ProblemsDialog {

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    private ProblemsDialog() {
    }

    /** One problem for a reader: "Line 12, column 17 — events[3].date: ...". */
    public static String describe(Problem problem) {
        String message = problem.isError() ? problem.message() : TEXTS.text("problems.warning", problem.message());
        if (problem.isPlacedByRow()) {
            // "row 14, End Year" says where already, as the spreadsheet program numbers its rows.
            return TEXTS.text("problems.line", problem.path(), message);
        }
        String where = problem.line() <= 0 ? TEXTS.text("problems.where.file")
                : problem.column() > 0 ? TEXTS.text("problems.where.column", problem.line(), problem.column())
                : TEXTS.text("problems.where.line", problem.line());
        return Problem.WHOLE_FILE.equals(problem.path()) ? TEXTS.text("problems.line", where, message)
                : TEXTS.text("problems.line.path", where, problem.path(), message);
    }

    /** The problems, errors first, as the dialog lists them. */
    public static List<String> lines(LoadResult result) {
        return java.util.stream.Stream.concat(result.errors().stream(), result.warnings().stream())
                .map(ProblemsDialog::describe).toList();
    }

    /** An error dialog for {@code result}, read from {@code file}, not yet shown. */
    public static Alert create(Window owner, Path file, LoadResult result) {
        return create(owner, String.valueOf(file.getFileName()), result);
    }

    /** An error dialog for {@code result}, read from what the teacher knows as {@code name}, not yet shown. */
    public static Alert create(Window owner, String name, LoadResult result) {
        return create(owner, TEXTS.text("problems.open.title", name), "problems.open.header",
                TEXTS.text("problems.open.advice"), name, result);
    }

    /**
     * An error dialog for a dataset that was not saved because the loader finds {@code result}'s problems in it:
     * the file on disk stays as it was.
     */
    public static Alert notSaved(Window owner, String name, LoadResult result) {
        return create(owner, TEXTS.text("problems.save.title", name), "problems.save.header",
                TEXTS.text("problems.save.advice"), name, result);
    }

    /** @param header the key of the header, which says that {@code name} failed and how many problems it has */
    private static Alert create(Window owner, String title, String header, String advice, String name,
                                LoadResult result) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(TEXTS.text(header, name, result.errors().size()));
        DialogButtons.translate(alert.getDialogPane());
        Label intro = new Label(advice);
        intro.setWrapText(true);
        ListView<String> list = new ListView<>();
        list.setId("problem-list");
        list.getItems().setAll(lines(result));
        // Messages wrap: a teacher should read each one whole, not scroll sideways through it.
        list.setCellFactory(view -> new ListCell<>() {
            {
                setWrapText(true);
                prefWidthProperty().bind(view.widthProperty().subtract(24));
            }

            @Override
            protected void updateItem(String line, boolean empty) {
                super.updateItem(line, empty);
                setText(empty ? null : line);
            }
        });
        list.setPrefSize(640, Math.min(360, 28 + 46 * list.getItems().size()));
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox content = new VBox(8, intro, list);
        content.setId("problems-dialog");
        alert.getDialogPane().setContent(content);
        alert.setResizable(true);
        return alert;
    }
}
