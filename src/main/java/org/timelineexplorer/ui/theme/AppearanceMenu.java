package org.timelineexplorer.ui.theme;

import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.ui.help.Shortcut;
import org.timelineexplorer.ui.help.Shortcuts;

import java.util.List;
import java.util.Locale;

/** The View menu's items for the look: a Theme submenu of radio items and the three text sizes, keys shown. */
public final class AppearanceMenu {

    private static final Messages TEXTS = Messages.of(AppearanceMenu.class);

    private AppearanceMenu() {
    }

    /** The items, bound to {@code look}: choosing one changes it, and a change elsewhere moves the radio mark. */
    public static List<MenuItem> items(Appearance look) {
        Menu themes = new Menu(TEXTS.text("theme.menu"));
        themes.setId("theme-menu");
        ToggleGroup group = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(theme.title());
            item.setId("theme-" + theme.name().toLowerCase(Locale.ROOT).replace('_', '-') + "-menu-item");
            item.setToggleGroup(group);
            item.setSelected(theme == look.getTheme());
            item.setOnAction(e -> look.setTheme(theme));
            look.themeProperty().addListener((o, old, now) -> item.setSelected(now == theme));
            themes.getItems().add(item);
        }
        return List.of(themes,
                item(TEXTS.text("text.larger"), "larger-text-menu-item", Shortcuts.LARGER_TEXT, look::larger),
                item(TEXTS.text("text.smaller"), "smaller-text-menu-item", Shortcuts.SMALLER_TEXT, look::smaller),
                item(TEXTS.text("text.usual"), "reset-text-menu-item", Shortcuts.RESET_TEXT, look::resetFontSize));
    }

    private static MenuItem item(String text, String id, Shortcut shortcut, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.setAccelerator(shortcut.accelerator());
        item.setOnAction(e -> action.run());
        return item;
    }
}
