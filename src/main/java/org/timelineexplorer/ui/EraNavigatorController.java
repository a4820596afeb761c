package org.timelineexplorer.ui;

import javafx.css.PseudoClass;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;

import java.util.function.Consumer;

/**
 * One button per era, in the era's colour. Clicking one selects the era and moves the timeline to it; the button of
 * the selected era stays pressed whichever view selected it.
 */
public final class EraNavigatorController {

    private static final Messages TEXTS = Messages.of(EraNavigatorController.class);

    private static final PseudoClass HAS_SELECTION = PseudoClass.getPseudoClass("has-selection");
    /** Marks the era of the selected event, so the navigator shows where an event belongs. */
    private static final PseudoClass EVENT_ERA = PseudoClass.getPseudoClass("event-era");

    private final AppState state;
    private final ViewScope scope;
    private final ToggleGroup group = new ToggleGroup();
    private Consumer<TimeRange> zoom;

    @FXML
    private HBox bar;
    @FXML
    private Button allButton;

    public EraNavigatorController(AppState state, ViewScope scope) {
        this.state = state;
        this.scope = scope;
        this.zoom = state::setVisibleRange;
    }

    /** Moves the timeline through {@code zoomer}, which may animate, instead of setting the range at once. */
    void zoomWith(Consumer<TimeRange> zoomer) {
        zoom = zoomer;
    }

    @FXML
    private void initialize() {
        scope.listen(state.getEras(), (ListChangeListener<Era>) change -> buildButtons());
        scope.keep(state.selectedEraProperty().subscribe((old, era) -> showSelected(era)));
        scope.keep(state.selectedEventProperty().subscribe(this::showEventEra));
        // A click on the pressed button would unpress it; the state decides what is selected.
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle == null && state.getSelectedEra() != null) {
                showSelected(state.getSelectedEra());
            }
        });
        buildButtons();
    }

    @FXML
    private void showAll() {
        state.setSelectedEra(null);
        if (state.getDataset() != null) {
            zoom.accept(state.getDataset().overview());
        }
    }

    private void buildButtons() {
        bar.getChildren().retainAll(allButton);
        group.getToggles().clear();
        for (Era era : state.getEras()) {
            ToggleButton button = new EraButton(era.title(), era.color());
            button.setId("era-" + era.id());
            button.getStyleClass().add("era-button");
            button.setUserData(era);
            button.setToggleGroup(group);
            HBox.setHgrow(button, Priority.ALWAYS);
            String dates = HistoricalDate.formatRange(era.start(), era.end(), Formats.locale(), state.eraStyle());
            button.setTooltip(new Tooltip(era.title() + "\n" + dates));
            button.setAccessibleText(TEXTS.text("eras.accessible", era.title(), dates));
            button.setOnAction(event -> select(era));
            bar.getChildren().add(button);
        }
        showSelected(state.getSelectedEra());
        showEventEra();
    }

    private void showEventEra() {
        Era era = state.eraOf(state.getSelectedEvent()).orElse(null);
        for (Toggle toggle : group.getToggles()) {
            ((ToggleButton) toggle).pseudoClassStateChanged(EVENT_ERA, toggle.getUserData() == era);
        }
    }

    private void select(Era era) {
        state.setSelectedEvent(null);
        state.setSelectedEra(era);
        zoom.accept(era.range());
    }

    private void showSelected(Era era) {
        Toggle wanted = group.getToggles().stream().filter(t -> t.getUserData() == era).findFirst().orElse(null);
        if (group.getSelectedToggle() != wanted) {
            group.selectToggle(wanted);
        }
        bar.pseudoClassStateChanged(HAS_SELECTION, wanted != null);
    }
}
