package org.timelineexplorer.model;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.timelineexplorer.i18n.Messages;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The undo and redo stacks of the open dataset, and where in them it was last saved. Every step is an {@link Edit}
 * applied through the owner's hand, so that undoing is applying the step's inverse; the history keeps every step of
 * the session (steps are small records, not copies of the dataset).
 *
 * <p>The saved point is a position in the stacks: undoing back past it makes the dataset dirty again, redoing to it
 * clean, as editors do; a new step taken after undoing past the saved point loses the way back to it.
 */
public final class EditHistory {

    /** The saved point when no position of the stacks is what the file holds (a recovered, never saved dataset). */
    private static final int NEVER = -1;

    private final Consumer<Edit> apply;
    private final Deque<Edit> done = new ArrayDeque<>();
    private final Deque<Edit> undone = new ArrayDeque<>();
    private int savedAt;

    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** The Edit menu's words for the steps, "Undo" and "Redo" (model/edits*.properties). */
    static final Messages WORDS = Messages.named("org.timelineexplorer.model.edits");

    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", WORDS.text("undo"));
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", WORDS.text("redo"));
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(this, "dirty");
    private final ReadOnlyLongWrapper changeCount = new ReadOnlyLongWrapper(this, "changeCount");

    /** @param apply carries a step out on the dataset; the history calls it for new steps, undos and redos */
    EditHistory(Consumer<Edit> apply) {
        this.apply = Objects.requireNonNull(apply, "apply");
    }

    /** Applies {@code edit} and makes it the step that Undo takes back; whatever could be redone is gone. */
    void record(Edit edit) {
        apply.accept(edit);
        if (savedAt > done.size()) {
            savedAt = NEVER; // the saved state lay among the undone steps, now dropped
        }
        done.push(edit);
        undone.clear();
        changed();
    }

    /** Forgets every step: a dataset was opened. Saved when it came from a file, unsaved when it did not. */
    void reset(boolean saved) {
        done.clear();
        undone.clear();
        savedAt = saved ? 0 : NEVER;
        changed();
    }

    public void undo() {
        if (!done.isEmpty()) {
            Edit edit = done.pop();
            apply.accept(edit.inverse());
            undone.push(edit);
            changed();
        }
    }

    public void redo() {
        if (!undone.isEmpty()) {
            Edit edit = undone.pop();
            apply.accept(edit);
            done.push(edit);
            changed();
        }
    }

    /** The current step is what the file now holds. */
    public void markSaved() {
        savedAt = done.size();
        updateDirty();
    }

    /** How many steps lie between what the file holds and now; every step when it was never saved. */
    public int unsavedChanges() {
        return savedAt == NEVER ? done.size() : Math.abs(done.size() - savedAt);
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    /** "Undo move of ‘Baghdad falls’", or "Undo" when there is nothing to undo, in the language in use. */
    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    /** "Redo move of ‘Baghdad falls’", or "Redo" when there is nothing to redo, in the language in use. */
    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    /** Whether the dataset differs from what its file holds (always, for one never saved). */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /** Counts every step, undo and redo since the app started, so that listeners can act on every tenth. */
    public ReadOnlyLongProperty changeCountProperty() {
        return changeCount.getReadOnlyProperty();
    }

    private void changed() {
        canUndo.set(!done.isEmpty());
        canRedo.set(!undone.isEmpty());
        relabel();
        updateDirty();
        changeCount.set(changeCount.get() + 1);
    }

    /**
     * Names Undo and Redo in the language in use: after every step, and when the interface changes language. The
     * steps keep the words they were named with.
     */
    void relabel() {
        undoText.set(done.isEmpty() ? WORDS.text("undo") : WORDS.text("undo.named", done.peek().name()));
        redoText.set(undone.isEmpty() ? WORDS.text("redo") : WORDS.text("redo.named", undone.peek().name()));
    }

    private void updateDirty() {
        dirty.set(savedAt != done.size());
    }
}
