package org.timelineexplorer.chart;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.geometry.NodeOrientation;
import javafx.scene.control.Skin;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.Estimate;
import org.timelineexplorer.model.HistoricalDate;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Estimates of one total that disagree, side by side: a row per estimate with its name and period, a bar for its
 * value and a whisker for its published range, all on one scale from zero, so that a class sees at once that one
 * is ten times another. The scale is the estimates' own, never a yearly chart's: totals over several years drawn
 * on a yearly axis would dwarf the years or be cut off.
 *
 * <p>Each row acts as a button: clicking it, or Space or Enter on it, reports the estimate to {@link #onEstimateClickedProperty()},
 * and the row of {@link #selectedEstimateProperty() the selected estimate} takes the {@code :selected} pseudo-class.
 *
 * <p>Style classes: {@code estimates-chart}, {@code estimate-row}, {@code estimate-name}, {@code estimate-years},
 * {@code estimate-track},
 * {@code estimate-bar}, {@code estimate-range}, {@code estimate-value}. The bars take the looked-up colour
 * {@code -te-series-color} (see {@link FiguresChart#colorClass(int)}), the text {@code -te-chart-text}; the
 * user-agent stylesheet gives both light defaults.
 */
public class EstimatesChart extends Control {

    private final ObservableList<Estimate> estimates = FXCollections.observableArrayList();
    private final ObjectProperty<Estimate> selectedEstimate = new SimpleObjectProperty<>(this, "selectedEstimate");
    private final ObjectProperty<Consumer<Estimate>> onEstimateClicked =
            new SimpleObjectProperty<>(this, "onEstimateClicked");
    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>(this, "locale", Messages.locale());
    private final BooleanProperty timeRightToLeft = new SimpleBooleanProperty(this, "timeRightToLeft");

    public EstimatesChart() {
        getStyleClass().addAll("estimates-chart", FiguresChart.colorClass(0));
        setFocusTraversable(false);
        // Never mirrored by a right-to-left scene: see timeRightToLeft.
        setNodeOrientation(NodeOrientation.LEFT_TO_RIGHT);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new EstimatesChartSkin(this);
    }

    @Override
    public String getUserAgentStylesheet() {
        return EstimatesChart.class.getResource("estimates-chart.css").toExternalForm();
    }

    /** The estimates shown, a row each in this order. */
    public ObservableList<Estimate> getEstimates() {
        return estimates;
    }

    public void setEstimates(List<Estimate> list) {
        estimates.setAll(list);
    }

    /** The estimate whose row is shown selected, or {@code null}. */
    public ObjectProperty<Estimate> selectedEstimateProperty() {
        return selectedEstimate;
    }

    public Estimate getSelectedEstimate() {
        return selectedEstimate.get();
    }

    public void setSelectedEstimate(Estimate estimate) {
        selectedEstimate.set(estimate);
    }

    /** Called with an estimate when its row is clicked or pressed from the keyboard. */
    public ObjectProperty<Consumer<Estimate>> onEstimateClickedProperty() {
        return onEstimateClicked;
    }

    public void setOnEstimateClicked(Consumer<Estimate> handler) {
        onEstimateClicked.set(handler);
    }

    /**
     * Whether the rows read from the right, as the figures chart beside them does where its years run right to left:
     * the name on the right, the bars growing leftwards from a common start, the figure on the left. The chart has
     * no time axis of its own; the name says which setting it follows. False by default.
     */
    public BooleanProperty timeRightToLeftProperty() {
        return timeRightToLeft;
    }

    public boolean isTimeRightToLeft() {
        return timeRightToLeft.get();
    }

    public void setTimeRightToLeft(boolean value) {
        timeRightToLeft.set(value);
    }

    /**
     * The locale of the figures and years the chart writes ("151,000", "151 000" in French, "١٥١٬٠٠٠" in Iraq's
     * digits); the language in use when the chart was made ({@link Messages#locale()}) by default.
     */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale getLocale() {
        return locale.get() == null ? Messages.locale() : locale.get();
    }

    public void setLocale(Locale value) {
        locale.set(value);
    }

    /**
     * "2003–06", "1998–2003", or "2007" for an estimate within one year, in {@code locale}'s digits: its period as
     * short as a row beside a chart on a 720p window needs it (the detail pane gives it in full).
     */
    public static String years(Estimate estimate, Locale locale) {
        long first = estimate.start().year();
        long last = estimate.end().year();
        if (first == last) {
            return HistoricalDate.yearText(first, EraStyle.BC_AD, locale);
        }
        // Shortened only within one AD century: "1998–03" or "90–85 BC" would mislead. The two digits are a year's,
        // written as the year is.
        boolean sameCentury = first > 0 && first / 100 == last / 100;
        String end = HistoricalDate.yearText(last, EraStyle.BC_AD, locale);
        if (sameCentury) {
            end = end.substring(end.length() - 2);
        }
        return HistoricalDate.yearText(first, EraStyle.BC_AD, locale) + "–" + end;
    }

    /** "151,000" or "151,000 (104,000–223,000)": an estimate's figure as the detail pane writes it, in the language in use. */
    public static String figure(Estimate estimate) {
        return figure(estimate, Messages.locale());
    }

    /** "151,000" or "151,000 (104,000–223,000)": an estimate's figure as a row writes it in {@code locale}. */
    public static String figure(Estimate estimate, Locale locale) {
        String value = FigureFormat.number(estimate.value(), locale);
        return estimate.hasRange()
                ? value + " (" + FigureFormat.number(estimate.low(), locale) + "–"
                + FigureFormat.number(estimate.high(), locale) + ")"
                : value;
    }
}
