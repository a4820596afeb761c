package org.timelineexplorer.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.timelineexplorer.export.PngFiles;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.SafeFile;

import java.nio.file.Path;

/** The dialog every export shows when its file was not saved: why, in plain words where the writer gave them. */
final class SaveFailure {

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    private SaveFailure() {
    }

    /**
     * Shows, over {@code owner} (or no window), that {@code file} was not saved: the message of a failure the file
     * writers word for a teacher ({@link PngFiles.PngWriteException}, {@link SafeFile.SaveFailedException}), else
     * the file and the failure.
     */
    static void show(Window owner, String header, Path file, Throwable cause) {
        boolean worded = cause instanceof PngFiles.PngWriteException || cause instanceof SafeFile.SaveFailedException;
        String why = worded ? cause.getMessage() : TEXTS.text("save.failed.unworded", String.valueOf(file),
                String.valueOf(cause));
        Alert alert = new Alert(Alert.AlertType.ERROR, why, ButtonType.OK);
        alert.setHeaderText(header);
        DialogButtons.translate(alert.getDialogPane());
        if (owner != null) {
            alert.initOwner(owner);
        }
        alert.show();
    }
}
