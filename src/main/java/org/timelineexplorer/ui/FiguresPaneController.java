package org.timelineexplorer.ui;

import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.timelineexplorer.chart.EstimatesChart;
import org.timelineexplorer.chart.FiguresChart;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.FigureSeries;

import java.util.List;

/**
 * The figures chart and the toggles that choose its series, both showing the state's shown series. The chart marks
 * the selected event, shades the selected era, and a click on a year selects that year's event. Beside it, when the
 * series has them, its estimates over several years: a click on one selects it, and the detail pane explains it.
 */
public final class FiguresPaneController {

    private static final Messages TEXTS = Messages.of(FiguresPaneController.class);

    private final AppState state;
    private final ViewScope scope;
    private final ToggleGroup group = new ToggleGroup();
    /** True while the pane itself selects toggles to match the state: only a teacher's choice changes the state. */
    private boolean matching;

    @FXML
    private VBox pane;
    @FXML
    private FlowPane toggles;
    @FXML
    private FiguresChart chart;
    @FXML
    private Hyperlink credit;
    @FXML
    private HBox plots;
    @FXML
    private VBox estimatesBox;
    @FXML
    private Label noFigures;
    @FXML
    private Label estimatesHeading;
    @FXML
    private EstimatesChart estimates;

    /** The share of the figures pane's width the estimates take beside the yearly chart. */
    private static final double ESTIMATES_SHARE = 0.42;

    public FiguresPaneController(AppState state, ViewScope scope) {
        this.state = state;
        this.scope = scope;
    }

    @FXML
    private void initialize() {
        // The dataset changes with every edit; the toggles are made again only when its series did, so that moving
        // one event does not make new buttons for the next frame to style and lay out.
        scope.keep(state.datasetProperty().subscribe((old, dataset) -> {
            if (old == null || dataset == null || !old.series().equals(dataset.series())) {
                buildToggles(dataset);
            }
        }));
        scope.keep(state.shownSeriesProperty().subscribe((old, series) -> showSeries(series)));
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
        chart.timeRightToLeftProperty().bind(state.timeRightToLeftProperty());
        estimates.timeRightToLeftProperty().bind(state.timeRightToLeftProperty());
        chart.markerDayProperty().bind(state.selectedEventProperty().map(event -> event.range().center()));
        chart.highlightRangeProperty().bind(state.selectedEraProperty().map(Era::range));
        chart.highlightColorProperty().bind(state.selectedEraProperty().map(Era::color).orElse("#888888"));
        chart.setOnYearClicked(year -> EventPicker.nearestInYear(state.getShownEvents(), year)
                .ifPresent(state::setSelectedEvent));
        credit.managedProperty().bind(credit.visibleProperty());
        estimatesBox.managedProperty().bind(estimatesBox.visibleProperty());
        // A share of the pane, so that the bars grow on a large screen; the box's minimum keeps five rows whole.
        estimatesBox.prefWidthProperty().bind(plots.widthProperty().multiply(ESTIMATES_SHARE));
        // The split beside the pane honours its least width: the chart's and, when shown, the estimates' beside it,
        // so that a narrow window narrows the map rather than squeezing the estimates' bars to stubs.
        pane.minWidthProperty().bind(Bindings.createDoubleBinding(() -> chart.getMinWidth()
                        + (estimatesBox.isVisible() ? plots.getSpacing() + estimatesBox.getMinWidth() : 0)
                        + pane.snappedLeftInset() + pane.snappedRightInset(),
                estimatesBox.visibleProperty(), pane.paddingProperty()));
        estimatesHeading.setText(TEXTS.text("figures.estimates"));
        estimates.selectedEstimateProperty().bind(state.selectedEstimateProperty());
        estimates.setOnEstimateClicked(state::setSelectedEstimate);
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
        // No series (a dataset without figures, such as "Iraq through the ages" or any TimelineJS file) is no place:
        // List.of's indexOf(null) would throw.
        int colorIndex = state.getDataset() == null || series == null ? 0
                : Math.max(0, state.getDataset().series().indexOf(series));
        chart.setColorIndex(colorIndex);
        List<Estimate> shownEstimates = series == null ? List.of() : series.estimates();
        estimates.setEstimates(shownEstimates);
        estimates.getStyleClass().removeIf(c -> c.startsWith("series-color-"));
        estimates.getStyleClass().add(FiguresChart.colorClass(colorIndex));
        estimatesBox.setVisible(!shownEstimates.isEmpty());
        credit.setVisible(series != null);
        plots.setVisible(series != null);
        plots.setManaged(series != null);
        noFigures.setVisible(series == null);
        noFigures.setManaged(series == null);
        if (series != null) {
            credit.setText(TEXTS.text("figures.source", series.source().name()));
            credit.setTooltip(new Tooltip(series.source().name() + "\n" + series.source().url()));
            credit.setOnAction(e -> LinkOpener.open(series.source().url()));
            chart.setAccessibleText(series.title() + ", by year. Source: " + series.source().name());
        }
    }
}
