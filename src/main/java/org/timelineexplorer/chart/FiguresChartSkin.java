package org.timelineexplorer.chart;

import javafx.scene.chart.NumberAxis;
import javafx.scene.control.SkinBase;
import javafx.scene.input.MouseEvent;

import java.util.OptionalDouble;
import java.util.function.IntConsumer;

/** Lays a {@link YearChart} over the whole control and keeps it in step with the control's properties. */
final class FiguresChartSkin extends SkinBase<FiguresChart> {

    private final YearChart chart;

    FiguresChartSkin(FiguresChart control) {
        super(control);
        YearAxis years = new YearAxis();
        years.getStyleClass().add("year-axis");
        NumberAxis values = new NumberAxis();
        values.getStyleClass().add("value-axis");
        chart = new YearChart(years, values);
        getChildren().add(chart);

        registerChangeListener(control.seriesProperty(), o -> chart.setSeries(control.getSeries()));
        registerChangeListener(control.localeProperty(), o -> chart.setLocale(control.getLocale()));
        registerChangeListener(control.markerDayProperty(), o -> chart.setMarkerDay(control.markerDayProperty().get()));
        registerChangeListener(control.levelProperty(), o -> chart.setLevel(control.levelProperty().get()));
        registerChangeListener(control.highlightRangeProperty(), o -> updateHighlight());
        registerChangeListener(control.highlightColorProperty(), o -> updateHighlight());
        registerChangeListener(control.timeRightToLeftProperty(), o -> chart.setTimeRightToLeft(control.isTimeRightToLeft()));
        chart.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            IntConsumer handler = control.onYearClickedProperty().get();
            if (handler != null && event.isStillSincePress()) {
                chart.yearAt(event.getSceneX(), event.getSceneY()).ifPresent(handler::accept);
            }
        });
        chart.setLocale(control.getLocale());
        chart.setSeries(control.getSeries());
        chart.setMarkerDay(control.markerDayProperty().get());
        chart.setLevel(control.levelProperty().get());
        chart.setTimeRightToLeft(control.isTimeRightToLeft());
        updateHighlight();
    }

    OptionalDouble valueAt(double sceneX, double sceneY) {
        return chart.valueAt(sceneX, sceneY);
    }

    private void updateHighlight() {
        chart.setHighlight(getSkinnable().highlightRangeProperty().get(), getSkinnable().highlightColorProperty().get());
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        chart.resizeRelocate(x, y, w, h);
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        return 260 + top + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return 160 + top + bottom;
    }
}
