package org.timelineexplorer.ui;

import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import org.timelineexplorer.i18n.Messages;

import java.util.Map;

/**
 * The words on a dialog's standard buttons in the language in use. JavaFX names {@link ButtonType#OK} and the rest
 * once, in the JVM's locale, and has no Arabic at all; relabelling the buttons rather than replacing the types keeps
 * {@code lookupButton(ButtonType.OK)} and every result converter as they are.
 */
public final class DialogButtons {

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);
    private static final Map<ButtonType, String> KEYS = Map.of(ButtonType.OK, "button.ok",
            ButtonType.CANCEL, "button.cancel", ButtonType.CLOSE, "button.close", ButtonType.YES, "button.yes",
            ButtonType.NO, "button.no");

    private DialogButtons() {
    }

    /** Writes the standard buttons {@code pane} has now in the language in use; call once its buttons are set. */
    public static void translate(DialogPane pane) {
        for (ButtonType type : pane.getButtonTypes()) {
            String key = KEYS.get(type);
            Node button = pane.lookupButton(type);
            if (key != null && button instanceof Button labelled) {
                labelled.setText(TEXTS.text(key));
            }
        }
    }
}
