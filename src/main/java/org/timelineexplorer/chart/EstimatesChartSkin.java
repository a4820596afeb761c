package org.timelineexplorer.chart;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.AccessibleAction;
import javafx.scene.Node;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Label;
import javafx.scene.control.SkinBase;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.HistoricalDate;

import java.util.List;
import java.util.function.Consumer;

/** A column of rows, one button per estimate, each with its name, years, bar, range whisker and figure. */
final class EstimatesChartSkin extends SkinBase<EstimatesChart> {

    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass("selected");
    private static final Messages TEXTS = Messages.of(EstimatesChart.class);

    private final VBox rows = new VBox();

    EstimatesChartSkin(EstimatesChart control) {
        super(control);
        rows.getStyleClass().add("estimate-rows");
        rows.setFillWidth(true);
        getChildren().add(rows);
        control.getEstimates().addListener((ListChangeListener<Estimate>) change -> rebuild());
        registerChangeListener(control.selectedEstimateProperty(), o -> markSelected());
        registerChangeListener(control.localeProperty(), o -> rebuild());
        registerChangeListener(control.timeRightToLeftProperty(), o -> rebuild());
        rebuild();
    }

    private void rebuild() {
        List<Estimate> estimates = getSkinnable().getEstimates();
        double scale = estimates.stream().mapToDouble(Estimate::highest).max().orElse(1);
        rows.getChildren().setAll(estimates.stream().map(e -> row(e, scale)).toList());
        alignNames();
        markSelected();
    }

    private Row row(Estimate estimate, double scale) {
        // One line a row, so that five estimates fit beside the chart of a 720p window; the range, what is
        // counted and the method are in the tooltip and the detail pane.
        Label name = new Label(estimate.title());
        name.setNodeOrientation(FigureFormat.textDirection(getSkinnable().getLocale()));
        name.getStyleClass().add("estimate-name");
        Label years = new Label(EstimatesChart.years(estimate, getSkinnable().getLocale()));
        years.getStyleClass().add("estimate-years");
        boolean rightToLeft = getSkinnable().isTimeRightToLeft();
        Track track = new Track(estimate, scale, rightToLeft);
        Label value = new Label(FigureFormat.number(estimate.value(), getSkinnable().getLocale()));
        value.getStyleClass().add("estimate-value");
        value.setMinWidth(Region.USE_PREF_SIZE);
        Row row = new Row(() -> {
            Consumer<Estimate> handler = getSkinnable().onEstimateClickedProperty().get();
            if (handler != null) {
                handler.accept(estimate);
            }
        });
        row.getChildren().addAll(rightToLeft ? List.<Node>of(value, track, years, name)
                : List.<Node>of(name, years, track, value));
        name.setAlignment(rightToLeft ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
        HBox.setHgrow(track, Priority.ALWAYS);
        row.setUserData(estimate);
        row.setId("estimate-" + estimate.id());
        String period = HistoricalDate.formatRange(estimate.start(), estimate.end(), Messages.locale());
        String said = estimate.counts().isBlank()
                ? TEXTS.text("estimate.said", estimate.title(), period, EstimatesChart.figure(estimate))
                : TEXTS.text("estimate.said.counting", estimate.title(), period, EstimatesChart.figure(estimate),
                        estimate.counts());
        row.setAccessibleText(TEXTS.text("estimate.press", said));
        Tooltip tooltip = new Tooltip(said + "\n" + estimate.method());
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        tooltip.setShowDelay(Duration.millis(300));
        Tooltip.install(row, tooltip);
        return row;
    }

    /**
     * Gives every name the width of the widest, so that the bars start together and compare, and no name is ever cut
     * short: the bars give way instead. Widths follow the type size, so they are measured once the CSS is applied.
     */
    private void alignNames() {
        List<Label> names = rows.getChildren().stream()
                .map(row -> (Label) row.lookup(".estimate-name")).toList();
        // The widest of the computed preferred widths; binding only the minimum keeps this from measuring itself.
        DoubleBinding widest = Bindings.createDoubleBinding(
                () -> names.stream().mapToDouble(n -> n.prefWidth(-1)).max().orElse(0),
                names.stream().map(Label::fontProperty).toArray(Observable[]::new));
        for (Label name : names) {
            name.minWidthProperty().bind(widest);
        }
    }

    private void markSelected() {
        Estimate selected = getSkinnable().getSelectedEstimate();
        rows.getChildren().forEach(row -> row.pseudoClassStateChanged(SELECTED,
                selected != null && selected.equals(row.getUserData())));
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        rows.resizeRelocate(x, y, w, h);
    }

    /**
     * A row that acts as a button: focusable, pressed by a click, Space or Enter, and read as a button. Not a
     * {@link javafx.scene.control.Button}, which keeps its content at its preferred width and so cuts it off in a
     * narrow pane instead of letting the bar give way.
     */
    private static final class Row extends HBox {
        private final Runnable action;

        Row(Runnable action) {
            this.action = action;
            getStyleClass().add("estimate-row");
            setFocusTraversable(true);
            setAccessibleRole(AccessibleRole.BUTTON);
            setMaxWidth(Double.MAX_VALUE);
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.isStillSincePress()) {
                    requestFocus();
                    action.run();
                }
            });
            setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.SPACE || e.getCode() == KeyCode.ENTER) {
                    action.run();
                    e.consume();
                }
            });
        }

        @Override
        public void executeAccessibleAction(AccessibleAction accessibleAction, Object... parameters) {
            if (accessibleAction == AccessibleAction.FIRE) {
                action.run();
            } else {
                super.executeAccessibleAction(accessibleAction, parameters);
            }
        }
    }

    /** The bar and its range, both as a share of the width for the scale's largest figure. */
    private static final class Track extends Region {
        private final Region bar = new Region();
        private final Region range = new Region();
        private final Estimate estimate;
        private final double scale;
        /** Whether the bar grows leftwards from the right end. */
        private final boolean fromRight;

        Track(Estimate estimate, double scale, boolean fromRight) {
            this.estimate = estimate;
            this.scale = scale;
            this.fromRight = fromRight;
            getStyleClass().add("estimate-track");
            bar.getStyleClass().add("estimate-bar");
            range.getStyleClass().add("estimate-range");
            range.setVisible(estimate.hasRange());
            getChildren().addAll(bar, range);
            setMinWidth(24);
        }

        @Override
        protected void layoutChildren() {
            double w = getWidth() - snappedLeftInset() - snappedRightInset();
            double h = getHeight() - snappedTopInset() - snappedBottomInset();
            double left = snappedLeftInset();
            double top = snappedTopInset();
            // At least two pixels, so that a small estimate beside a large one still shows.
            double barWidth = Math.max(2, w * estimate.value() / scale);
            bar.resizeRelocate(fromRight ? left + w - barWidth : left, top + h * 0.2, barWidth, h * 0.6);
            if (estimate.hasRange()) {
                double from = w * estimate.low() / scale;
                double to = w * estimate.high() / scale;
                double width = Math.max(2, to - from);
                range.resizeRelocate(fromRight ? left + w - from - width : left + from, top + h * 0.5 - 1.5, width, 3);
            }
        }

        @Override
        protected double computePrefHeight(double width) {
            return 16 + snappedTopInset() + snappedBottomInset();
        }
    }
}
