package org.timelineexplorer.ui;

import javafx.beans.binding.BooleanExpression;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.stage.Window;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;

import java.util.List;
import java.util.function.Supplier;

/**
 * Edit → the eras, the figures series and the timeline's details: each added and edited in its form, deleted at
 * once (Undo brings it back). The era edited is the selected one, the series the one the chart shows.
 */
final class FormMenu {

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    private FormMenu() {
    }

    /** Adds the items to {@code edit}, after what it holds; the forms open over the window {@code owner} gives. */
    static void install(AppState state, Menu edit, Supplier<Window> owner) {
        BooleanExpression noDataset = state.datasetProperty().isNull();
        BooleanExpression noEra = state.selectedEraProperty().isNull();
        BooleanExpression noSeries = state.shownSeriesProperty().isNull();
        edit.getItems().addAll(new SeparatorMenuItem(),
                item(TEXTS.text("menu.era.add"), "add-era-item", noDataset, () -> EraForm.add(state, owner.get())),
                item(TEXTS.text("menu.era.edit"), "edit-era-item", noEra,
                        () -> EraForm.edit(state, state.getSelectedEra(), owner.get())),
                item(TEXTS.text("menu.era.delete"), "delete-era-item", noEra, () -> state.removeEra(state.getSelectedEra())),
                new SeparatorMenuItem(),
                item(TEXTS.text("menu.series.add"), "add-series-item", noDataset, () -> SeriesForm.add(state, owner.get())),
                item(TEXTS.text("menu.series.edit"), "edit-series-item", noSeries,
                        () -> SeriesForm.edit(state, state.getShownSeries(), owner.get())),
                item(TEXTS.text("menu.series.delete"), "delete-series-item", noSeries,
                        () -> state.removeSeries(state.getShownSeries())),
                new SeparatorMenuItem(),
                item(TEXTS.text("menu.details"), "details-item", noDataset, () -> DetailsForm.edit(state, owner.get())));
    }

    private static MenuItem item(String text, String id, BooleanExpression disabled, Runnable action) {
        MenuItem item = new MenuItem(text);
        item.setId(id);
        item.disableProperty().bind(disabled);
        item.setOnAction(e -> action.run());
        return item;
    }
}
