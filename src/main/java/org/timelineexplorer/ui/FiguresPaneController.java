package org.timelineexplorer.ui;

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

/**
 * The figures chart and the toggles that choose its series, both showing the state's shown series. The chart marks
 * the selected event, shades the selected era, and a click on a year selects that year's event.
 */
public final class FiguresPaneController {

    private final AppState state;
    private final ToggleGroup group = new ToggleGroup();
    /** True while the pane itself selects toggles to match the state: only a teacher's choice changes the state. */
    private boolean matching;

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
        state.shownSeriesProperty().addListener((obs, old, series) -> showSeries(series));
        group.selectedToggleProperty().addListener((obs, old, toggle) -> {
            if (matching) {
                return;
            }
            if (toggle != null) {
                state.setChosenSeriesId(((FigureSeries) toggle.getUserData()).id());
            } else {
                showSeries(state.getShownSeries()); // one series is always shown: a click on it keeps it
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

    /** The chart, for the actions that export or copy it. */
    public FiguresChart chart() {
        return chart;
    }

    private void buildToggles(Dataset dataset) {
        matching = true;
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
        matching = false;
        showSeries(state.getShownSeries());
    }

    private void showSeries(FigureSeries series) {
        Toggle toggle = group.getToggles().stream().filter(t -> t.getUserData() == series).findFirst().orElse(null);
        matching = true;
        group.selectToggle(toggle);
        matching = false;
        chart.setSeries(series);
        // A series keeps its colour by its place in the file, as on every other chart of it.
        // (List.of's indexOf throws on null: a dataset without series shows none.)
        chart.setColorIndex(state.getDataset() == null || series == null ? 0
                : Math.max(0, state.getDataset().series().indexOf(series)));
        credit.setVisible(series != null);
        if (series != null) {
            credit.setText("Source: " + series.source().name());
            credit.setTooltip(new Tooltip(series.source().name() + "\n" + series.source().url()));
            credit.setOnAction(e -> LinkOpener.open(series.source().url()));
            chart.setAccessibleText(series.title() + ", by year. Source: " + series.source().name());
        }
    }
}
