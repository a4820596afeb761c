package org.timelineexplorer.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.DatasetWriter;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.io.PicturePaths;
import org.timelineexplorer.io.SafeFile;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * File → Save and Save As, and the question before unsaved changes would be lost. A save writes the app's own
 * format safely (see {@link SafeFile}: the old version kept as {@code NAME.json.bak}, the old file whole when
 * anything fails), and only a dataset the loader would open again: one with problems is not written, and they are
 * listed as the loader lists them. A file another program changed since it was read asks before it is replaced.
 */
public final class SaveActions {

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    /** The questions' answers, in the language of the window that asks. */
    private final ButtonType save = new ButtonType(TEXTS.text("save.button.save"), ButtonBar.ButtonData.YES);
    private final ButtonType dontSave = new ButtonType(TEXTS.text("save.button.dont"), ButtonBar.ButtonData.NO);
    private final ButtonType replace = new ButtonType(TEXTS.text("save.button.replace"), ButtonBar.ButtonData.YES);
    private final ButtonType saveAs = new ButtonType(TEXTS.text("save.button.as"), ButtonBar.ButtonData.OTHER);

    private final AppState state;
    private final OpenDocument document;
    private final SaveFileChooser chooser = new SaveFileChooser(TEXTS.text("save.chooser.title"),
            TEXTS.text("save.chooser.kind"), ".json");
    private Function<Optional<Path>, Optional<Path>> askWhere;
    private Consumer<String> onMessage = message -> { };
    private Window owner;

    public SaveActions(AppState state, OpenDocument document) {
        this.state = Objects.requireNonNull(state, "state");
        this.document = Objects.requireNonNull(document, "document");
        this.askWhere = suggestion -> chooser.choose(owner, suggestion.map(p -> p.getFileName().toString())
                .orElse(suggestedName(state.getDataset())));
    }

    public void setOwner(Window owner) {
        this.owner = owner;
    }

    /** Where "Saved …" goes: the status bar. */
    public void setOnMessage(Consumer<String> onMessage) {
        this.onMessage = Objects.requireNonNull(onMessage);
    }

    /** Asks where to save instead of the platform's chooser, given the suggested file: for tests, headless. */
    void askWhereWith(Function<Optional<Path>, Optional<Path>> chooser) {
        this.askWhere = Objects.requireNonNull(chooser);
    }

    /** Saves to the open file, or asks where when there is none yet. Returns whether it was written. */
    public boolean save() {
        Path file = document.getFile();
        if (file == null) {
            return saveAs();
        }
        if (document.changedOnDisk()) {
            ButtonType answer = ask(Alert.AlertType.WARNING,
                    TEXTS.text("save.changed.header", document.nameProperty().get()),
                    TEXTS.text("save.changed.text", String.valueOf(file.getFileName())),
                    replace, saveAs, ButtonType.CANCEL);
            if (answer == saveAs) {
                return saveAs();
            }
            if (answer != replace) {
                return false;
            }
        }
        return write(file);
    }

    /** Asks where, then saves there. Returns whether it was written. */
    public boolean saveAs() {
        return askWhere.apply(document.suggestion()).map(this::write).orElse(false);
    }

    /**
     * Asks whether to save unsaved changes before they are lost (the window closes, another file opens):
     * Save, Don't save or Cancel. Returns whether the caller may go on: true when nothing is unsaved, when the
     * changes were saved or the teacher chose not to save them; false on Cancel or a save that failed.
     */
    public boolean mayDiscardChanges() {
        if (!state.history().isDirty()) {
            return true;
        }
        ButtonType answer = ask(Alert.AlertType.CONFIRMATION,
                TEXTS.text("save.discard.header", document.nameProperty().get()), TEXTS.text("save.discard.text"),
                save, dontSave, ButtonType.CANCEL);
        if (answer == save) {
            return save();
        }
        return answer == dontSave;
    }

    private boolean write(Path file) {
        try {
            Optional<LoadResult> problems = DatasetWriter.saveChecked(asSavedIn(file), file);
            if (problems.isPresent()) {
                show(ProblemsDialog.notSaved(owner, String.valueOf(file.getFileName()), problems.get()));
                return false;
            }
        } catch (SafeFile.SaveFailedException e) {
            ask(Alert.AlertType.ERROR, TEXTS.text("save.failed.header", String.valueOf(file.getFileName())),
                    TEXTS.text("save.failed.text", e.getMessage()), ButtonType.OK);
            return false;
        }
        document.written(file);
        state.history().markSaved();
        onMessage.accept(TEXTS.text("saved", String.valueOf(file.getFileName())));
        return true;
    }

    /**
     * The dataset as {@code file} must hold it: its pictures' relative paths rewritten from the folder it was read
     * from to {@code file}'s, so that they still point at the same pictures. The window keeps its own paths, which
     * stay right for the place it was read from.
     */
    private Dataset asSavedIn(Path file) {
        URI location = state.getDatasetLocation();
        Path target = file.toAbsolutePath().getParent();
        if (location == null || !"file".equals(location.getScheme()) || target == null) {
            return state.getWholeDataset();
        }
        Path source = Path.of(location).getParent();
        return source == null || source.equals(target) ? state.getWholeDataset()
                : PicturePaths.rebase(state.getWholeDataset(), source, target);
    }

    private ButtonType ask(Alert.AlertType type, String header, String text, ButtonType... buttons) {
        Alert alert = new Alert(type, text, buttons);
        alert.getDialogPane().setId("save-question");
        alert.setTitle(TEXTS.text("app.name"));
        alert.setHeaderText(header);
        DialogButtons.translate(alert.getDialogPane());
        return show(alert).orElse(ButtonType.CANCEL);
    }

    private Optional<ButtonType> show(Alert alert) {
        if (owner != null && alert.getOwner() == null) {
            alert.initOwner(owner);
        }
        return alert.showAndWait();
    }

    private static String suggestedName(Dataset dataset) {
        return org.timelineexplorer.model.Slug.of(dataset == null ? "" : dataset.title(), 60, "timeline") + ".json";
    }
}
