package org.timelineexplorer.ui.help;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Screen;
import javafx.stage.Modality;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.ui.DialogButtons;

import java.util.function.Supplier;

/**
 * The Help → Keyboard shortcuts sheet: a table of every entry in {@link Shortcuts}, in the look of the window it
 * opens from (theme and text size), which it takes from its owner as every dialog does.
 */
public final class ShortcutsSheet {

    public static final String TABLE_ID = "shortcuts-table";
    private static final Messages TEXTS = Messages.of(ShortcutsSheet.class);

    private ShortcutsSheet() {
    }

    /** The menu item that opens the sheet over the window the item's menu belongs to. */
    public static MenuItem createMenuItem(Supplier<Window> owner) {
        MenuItem item = new MenuItem(TEXTS.text("sheet.menu"));
        item.setId("keyboard-shortcuts-menu-item");
        item.setAccelerator(Shortcuts.KEYBOARD_SHEET.accelerator());
        item.setOnAction(e -> show(owner.get()));
        return item;
    }

    /** Opens the sheet, not modal, so a teacher can keep it beside the window. */
    public static Dialog<ButtonType> show(Window owner) {
        Dialog<ButtonType> dialog = create(owner);
        dialog.show();
        return dialog;
    }

    /** The sheet, not yet shown. */
    public static Dialog<ButtonType> create(Window owner) {
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.setTitle(TEXTS.text("sheet.title"));
        dialog.setHeaderText(TEXTS.text("sheet.header"));
        dialog.initModality(Modality.NONE);
        if (owner != null) {
            dialog.initOwner(owner);
        }
        dialog.getDialogPane().getStyleClass().add("shortcuts-sheet");
        TableView<Shortcut> table = table();
        // The sheet scrolls rather than run off a 720-pixel projector: the table takes what the screen leaves.
        double screenHeight = Screen.getPrimary().getVisualBounds().getHeight();
        table.setPrefHeight(Math.min(table.getPrefHeight(), screenHeight - 220));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        DialogButtons.translate(dialog.getDialogPane());
        dialog.setResizable(true);
        return dialog;
    }

    static TableView<Shortcut> table() {
        TableView<Shortcut> table = new TableView<>();
        table.setId(TABLE_ID);
        table.getItems().setAll(Shortcuts.all());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        // Wide enough for the longest actions in French, whose words run a third longer than English ones.
        table.setPrefSize(900, 600);
        table.setAccessibleText(TEXTS.text("sheet.title"));
        table.getColumns().add(column(TEXTS.text("sheet.keys"), Shortcut::label, 190));
        table.getColumns().add(column(TEXTS.text("sheet.action"), Shortcut::action, 540));
        table.getColumns().add(column(TEXTS.text("sheet.where"), s -> s.area().title(), 150));
        return table;
    }

    private static TableColumn<Shortcut, String> column(String title,
                                                         java.util.function.Function<Shortcut, String> value,
                                                         double width) {
        TableColumn<Shortcut, String> column = new TableColumn<>(title);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
