package org.timelineexplorer.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Messages;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Asks where to save an export of one kind ({@code .png}, {@code .csv}): the platform's chooser, opened in the
 * folder chosen last, and the kind's extension added to a name typed without it. The platform's chooser asks before
 * replacing a file; for a name that got its extension here, this asks.
 */
final class SaveFileChooser {

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    private final String title;
    private final String kind;
    private final String extension;
    private Path lastFolder;

    /** @param extension with its dot, such as {@code .png} */
    SaveFileChooser(String title, String kind, String extension) {
        this.title = title;
        this.kind = kind;
        this.extension = extension;
    }

    Optional<Path> choose(Window owner, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter(kind, "*" + extension));
        if (lastFolder != null && Files.isDirectory(lastFolder)) {
            chooser.setInitialDirectory(lastFolder.toFile());
        }
        File file = chooser.showSaveDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        Path path = file.toPath();
        if (!path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            path = path.resolveSibling(path.getFileName() + extension);
            // The chooser confirmed the name as typed, not this one: ask again before replacing a file.
            if (Files.exists(path) && !confirmReplace(owner, path)) {
                return Optional.empty();
            }
        }
        lastFolder = path.getParent();
        return Optional.of(path);
    }

    private static boolean confirmReplace(Window owner, Path path) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION,
                TEXTS.text("save.replace.question", String.valueOf(path.getFileName())), ButtonType.YES, ButtonType.NO);
        alert.setHeaderText(null);
        DialogButtons.translate(alert.getDialogPane());
        if (owner != null) {
            alert.initOwner(owner);
        }
        return alert.showAndWait().filter(ButtonType.YES::equals).isPresent();
    }
}
