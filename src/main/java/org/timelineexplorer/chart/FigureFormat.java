package org.timelineexplorer.chart;

import javafx.geometry.NodeOrientation;
import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.FigureSeries;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * How figures are written for a reader: whole numbers with thousands grouped as the reader's language groups them,
 * "165,000 troops (2007)", "165 000 troops (2007)" in French (a narrow no-break space), "١٦٥٬٠٠٠" in Iraq's digits.
 * The years beside them are never grouped.
 */
public final class FigureFormat {

    private static final Messages TEXTS = Messages.of(FigureFormat.class);

    private FigureFormat() {
    }

    /**
     * Which way a label in {@code locale}'s language reads: right to left in Arabic. The charts lay their plots out
     * left to right whatever the language (see {@code timeRightToLeft}), and a label takes its bidirectional base
     * from its node, so without this an Arabic label would be ordered as if it were English ("٢٠٠٧ )١٦٥٬٠٠٠ جندي(").
     */
    static NodeOrientation textDirection(Locale locale) {
        return Language.forTag(locale.getLanguage()).filter(Language::rightToLeft).isPresent()
                ? NodeOrientation.RIGHT_TO_LEFT : NodeOrientation.LEFT_TO_RIGHT;
    }

    /** {@code 165000} as "165,000", "165 000" or "١٦٥٬٠٠٠", rounded to a whole number, as {@code locale} writes it. */
    public static String number(double value, Locale locale) {
        NumberFormat format = NumberFormat.getIntegerInstance(locale);
        format.setGroupingUsed(true);
        return format.format(Math.round(value));
    }

    /** "165,000 troops (2007)": the short label of an annotated point, in the language in use ({@link Messages#locale()}). */
    public static String annotation(FigureSeries series, FigurePoint point) {
        return annotation(series, point, Messages.locale());
    }

    /** "165,000 troops (2007)": the short label of an annotated point, in {@code locale}'s digits. */
    public static String annotation(FigureSeries series, FigurePoint point, Locale locale) {
        String unit = series.unit().isBlank() ? "" : " " + series.unit();
        return number(point.value(), locale) + unit + " ("
                + HistoricalDate.yearText(point.year(), EraStyle.BC_AD, locale) + ")";
    }

    /**
     * Year, value, note and source, one per line: the tooltip and accessible text of a point, its numbers in
     * {@code locale}'s digits and its words in the language in use.
     */
    public static String describe(FigureSeries series, FigurePoint point, Locale locale) {
        StringBuilder text = new StringBuilder()
                .append(HistoricalDate.yearText(point.year(), EraStyle.BC_AD, locale)).append(": ")
                .append(number(point.value(), locale));
        if (!series.unit().isBlank()) {
            text.append(' ').append(series.unit());
        }
        if (point.note() != null && !point.note().isBlank()) {
            text.append('\n').append(point.note());
        }
        text.append('\n').append(TEXTS.text("point.source", series.source().name()));
        return text.toString();
    }
}
