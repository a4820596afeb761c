package org.timelineexplorer.ui;

import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.io.recovery.RecoveryFile;
import org.timelineexplorer.io.recovery.RecoveryKeeper;
import org.timelineexplorer.io.recovery.RecoveryStore;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.DatePrecision;
import org.timelineexplorer.model.HistoricalDate;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The window's side of recovery: at start, it takes a recovery file for this window and offers to restore the work
 * of windows that closed without saving, one file at a time, newest first. Each file is asked about once:
 * Restore opens its work unsaved in this window (the rest wait for the next start), Discard deletes it.
 */
public final class Recovery {

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);
    private static final Logger LOG = Logger.getLogger(Recovery.class.getName());

    private Recovery() {
    }

    /**
     * Starts keeping this window's work in {@code store} and, once the window shows, offers what other windows left
     * there. Empty when the folder cannot be written: the app runs on, without recovery.
     */
    public static Optional<RecoveryKeeper> start(Window owner, AppState state, RecoveryStore store) {
        // Listed before this window takes its own file, which would be locked and skipped anyway.
        List<RecoveryStore.Orphan> orphans = store.orphans();
        RecoveryKeeper keeper;
        try {
            keeper = new RecoveryKeeper(state, store.claim(), Clock.systemDefaultZone(), Platform::runLater,
                    Optional::empty);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "no recovery file can be written in " + store.folder(), e);
            orphans.forEach(Recovery::release);
            return Optional.empty();
        }
        if (!orphans.isEmpty()) {
            Platform.runLater(() -> offer(owner, state, keeper, orphans));
        }
        return Optional.of(keeper);
    }

    private static void offer(Window owner, AppState state, RecoveryKeeper keeper, List<RecoveryStore.Orphan> orphans) {
        for (int i = 0; i < orphans.size(); i++) {
            RecoveryStore.Orphan orphan = orphans.get(i);
            if (ask(owner, orphan.file()).getButtonData() == ButtonBar.ButtonData.NO) {
                discard(orphan);
                continue;
            }
            LoadResult result = orphan.file().read();
            if (result.isLoaded()) {
                state.openUnsaved(result.dataset().get());
                keeper.restored(orphan.file().changes(), () -> discard(orphan));
            } else {
                ProblemsDialog.create(owner, TEXTS.text("recovery.name"), result).show();
                release(orphan);
            }
            orphans.subList(i + 1, orphans.size()).forEach(Recovery::release);
            return;
        }
    }

    private static ButtonType ask(Window owner, RecoveryFile file) {
        // Two answers and no Cancel: the dialog cannot be closed without one, so no file is asked about twice.
        ButtonType restore = new ButtonType(TEXTS.text("recovery.restore"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(TEXTS.text("recovery.discard"), ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", restore, discard);
        alert.initOwner(owner);
        alert.setTitle(TEXTS.text("recovery.title"));
        alert.setHeaderText(question(file, ZonedDateTime.now()));
        alert.setContentText(TEXTS.text("recovery.text"));
        alert.getDialogPane().setId("recovery-dialog");
        return alert.showAndWait().orElse(restore);
    }

    /** "Timeline Explorer closed without saving: restore ‘Title’ (12 changes, 21:40 today)?" */
    static String question(RecoveryFile file, ZonedDateTime now) {
        ZonedDateTime written = file.written().atZone(now.getZone());
        LocalDate day = written.toLocalDate();
        Locale locale = Messages.locale();
        String time = DateTimeFormatter.ofPattern("HH:mm", locale).withDecimalStyle(DecimalStyle.of(locale))
                .format(written);
        String when = day.equals(now.toLocalDate()) ? TEXTS.text("recovery.when.today", time)
                : day.equals(now.toLocalDate().minusDays(1)) ? TEXTS.text("recovery.when.yesterday", time)
                : TEXTS.text("recovery.when.day", time,
                        HistoricalDate.onEpochDay(day.toEpochDay(), DatePrecision.DAY).format(locale));
        return TEXTS.text("recovery.question", file.title(), file.changes(), when);
    }

    private static void discard(RecoveryStore.Orphan orphan) {
        try {
            orphan.discard();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "the recovery file " + orphan.file().path() + " could not be deleted", e);
        }
    }

    private static void release(RecoveryStore.Orphan orphan) {
        try {
            orphan.release();
        } catch (IOException e) {
            LOG.log(Level.FINE, "the lock of " + orphan.file().path() + " could not be let go", e);
        }
    }
}
