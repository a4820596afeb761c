package org.timelineexplorer.ui;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.Region;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.FigureSeries;

import java.util.List;
import java.util.Optional;

/**
 * The figures chart and the toggles that choose its series. The chart marks the selected event, shades the
 * selected era, and a click on a year selects that year's event.
 */
public final class FiguresPaneController {

    private final AppState state;
    private final ToggleGroup group = new ToggleGroup();
    private final StringProperty shownSeriesId = new SimpleStringProperty(this, "shownSeriesId");

    @FXML
    private FlowPane toggles;
    @FXML
    private FiguresChart chart;
    @FXML
    private Hyperlink credit;

    public FiguresPaneController(AppState state) {
        this.state = state;
    }

    @FXML
    private void initialize() {
        state.datasetProperty().addListener((obs, old, dataset) -> buildToggles(dataset));
        shownSeriesId.addListener((obs, old, id) -> showSeries());
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (toggle != null) {
                shownSeriesId.set(((FigureSeries) toggle.getUserData()).id());
            } else if (old != null) {
                group.selectToggle(old); // one series is always shown
            }
        });
        chart.markerDayProperty().bind(state.selectedEventProperty().map(event -> event.range().center()));
        chart.highlightRangeProperty().bind(state.selectedEraProperty().map(Era::range));
        chart.highlightColorProperty().bind(state.selectedEraProperty().map(Era::color).orElse("#888888"));
        chart.setOnYearClicked(year -> EventPicker.nearestInYear(state.getShownEvents(), year)
                .ifPresent(state::setSelectedEvent));
        credit.managedProperty().bind(credit.visibleProperty());
        buildToggles(state.getDataset());
    }

    /** The id of the series shown; persisted by the window, chosen by the toggles and the View menu. */
    /** The chart, for the actions that export or copy it. */
    public FiguresChart chart() {
        return chart;
    }

    public StringProperty shownSeriesIdProperty() {
        return shownSeriesId;
    }

    /** The series the open dataset has, in its order. */
    public List<FigureSeries> availableSeries() {
        return state.getDataset() == null ? List.of() : state.getDataset().series();
    }

    private void buildToggles(Dataset dataset) {
        toggles.getChildren().clear();
        group.getToggles().clear();
        List<FigureSeries> all = dataset == null ? List.of() : dataset.series();
        for (FigureSeries series : all) {
            ToggleButton button = new ToggleButton(series.title());
            Region swatch = new Region();
            swatch.getStyleClass().add("series-swatch");
            button.setGraphic(swatch);
            button.setId("series-" + series.id());
            button.getStyleClass().addAll("series-toggle", FiguresChart.colorClass(all.indexOf(series)));
            button.setUserData(series);
            button.setToggleGroup(group);
            toggles.getChildren().add(button);
        }
        toggles.setVisible(group.getToggles().size() > 1);
        toggles.setManaged(toggles.isVisible());
        showSeries();
    }

    private void showSeries() {
        List<FigureSeries> available = availableSeries();
        Optional<FigureSeries> wanted = available.stream().filter(s -> s.id().equals(shownSeriesId.get())).findFirst();
        FigureSeries series = wanted.orElse(available.isEmpty() ? null : available.get(0));
        Toggle toggle = group.getToggles().stream().filter(t -> t.getUserData() == series).findFirst().orElse(null);
        if (group.getSelectedToggle() != toggle) {
            group.selectToggle(toggle);
        }
        chart.setSeries(series);
        chart.setColorIndex(available.indexOf(series));
        credit.setVisible(series != null);
        if (series != null) {
            credit.setText("Source: " + series.source().name());
            credit.setTooltip(new Tooltip(series.source().name() + "\n" + series.source().url()));
            credit.setOnAction(e -> LinkOpener.open(series.source().url()));
            chart.setAccessibleText(series.title() + ", by year. Source: " + series.source().name());
        }
    }
}
