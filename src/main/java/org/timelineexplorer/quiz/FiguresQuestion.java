package org.timelineexplorer.quiz;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.TimelineEvent;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * "Read the figures": a question about one series, read off its chart: the year of its peak (a choice, or a click
 * on the chart at that year), or about how large its figure was in a year (a choice, or a click on the chart at a
 * height, which counts as the choice nearest that height).
 *
 * @param year    the peak's year, or the year asked about
 * @param choices the answers offered, in the order shown
 * @param right   the index of the right one in {@code choices}
 * @param subjectEvent an event of that year, whose details the review opens; or {@code null}
 */
public record FiguresQuestion(FigureSeries series, Ask ask, int year, List<String> choices, int right,
                              TimelineEvent subjectEvent) implements Question {

    /** What is asked of the series. */
    public enum Ask {
        /** In which year was it highest? */
        PEAK,
        /** About how many in a year? */
        VALUE
    }

    private static final Messages TEXTS = Messages.of(Question.class);

    public FiguresQuestion {
        Objects.requireNonNull(series, "series");
        Objects.requireNonNull(ask, "ask");
        choices = List.copyOf(choices);
        Objects.checkIndex(right, choices.size());
    }

    @Override
    public QuestionKind kind() {
        return QuestionKind.FIGURES;
    }

    @Override
    public String prompt() {
        return switch (ask) {
            case PEAK -> TEXTS.text("figures.peak.prompt", series.title());
            case VALUE -> series.unit().isBlank()
                    ? TEXTS.text("figures.value.prompt", Rounds.yearText(year), series.title())
                    : TEXTS.text("figures.value.unit.prompt", series.unit(), Rounds.yearText(year), series.title());
        };
    }

    @Override
    public String rightAnswer(Locale locale) {
        return choices.get(right);
    }

    @Override
    public Optional<TimelineEvent> subject() {
        return Optional.ofNullable(subjectEvent);
    }

    /** For a peak: 1 for a click on the chart at the peak's year, 0 for any other year. */
    public double pointsForYear(int clicked) {
        if (ask != Ask.PEAK) {
            throw new IllegalStateException("only a peak is answered with a year on the chart");
        }
        return clicked == year ? 1 : 0;
    }

    /**
     * For "about how many": the choice nearest {@code value}, a figure read off the chart at the height clicked.
     * Nearest by difference, as the chart's value axis is linear: the choice whose height is closest to the click.
     * Of two equally near, the smaller.
     */
    public int choiceNearest(double value) {
        if (ask != Ask.VALUE) {
            throw new IllegalStateException("only \"about how many\" is answered with a height on the chart");
        }
        int nearest = 0;
        for (int i = 1; i < choices.size(); i++) {
            double distance = Math.abs(figure(i) - value);
            double best = Math.abs(figure(nearest) - value);
            if (distance < best || distance == best && figure(i) < figure(nearest)) {
                nearest = i;
            }
        }
        return nearest;
    }

    /** The figure choice {@code i} stands for; "about how many" choices are whole numbers as {@link Rounds} writes them. */
    private double figure(int i) {
        return Double.parseDouble(choices.get(i).replace(",", ""));
    }

    /** 1 for the right choice, 0 for any other. */
    public double points(int chosen) {
        return chosen == right ? 1 : 0;
    }
}
