package org.timelineexplorer.quiz;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;
import org.timelineexplorer.model.EraStyle;
import org.timelineexplorer.model.FigurePoint;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.TimelineEvent;

import java.text.NumberFormat;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * Draws rounds: which kinds of question a pool of events allows, and a round of up to {@link #LENGTH} questions
 * from a seed. Everything random comes from one {@link Random} seeded with the spec's seed and used in a fixed
 * order, so a spec draws the same round on the same dataset on any machine.
 */
public final class Rounds {

    /** How many questions a round asks, when the pool allows that many. */
    public static final int LENGTH = 10;
    static final int FEWEST_CARDS = 4;
    static final int MOST_CARDS = 6;
    /** A series needs this many years for a peak with three other years to choose from. */
    static final int FEWEST_YEARS = 4;
    static final int CHOICES = 4;
    /** What a wrong "about how many" choice is made of: the right figure times one of these. */
    private static final double[] WRONG_FACTORS = {0.25, 0.5, 2.0 / 3, 1.5, 2, 3};

    private static final Messages TEXTS = Messages.of(Rounds.class);

    private Rounds() {
    }

    /**
     * For each of {@code kinds} that {@code pool} (the events shown) and the chosen series of {@code dataset}
     * cannot ask, a sentence saying why; none for the kinds it can.
     */
    public static Map<QuestionKind, String> leftOut(Dataset dataset, List<TimelineEvent> pool,
                                                    Set<QuestionKind> kinds, Set<String> seriesIds) {
        Map<QuestionKind, String> reasons = new EnumMap<>(QuestionKind.class);
        if (kinds.contains(QuestionKind.ORDER) && pool.size() < FEWEST_CARDS) {
            reasons.put(QuestionKind.ORDER, TEXTS.text("left.out.order", FEWEST_CARDS, pool.size()));
        }
        if (kinds.contains(QuestionKind.ERA)) {
            if (dataset.eras().size() < 2) {
                reasons.put(QuestionKind.ERA, TEXTS.text("left.out.era.eras", dataset.eras().size()));
            } else if (pool.stream().noneMatch(e -> eraOf(dataset, e).isPresent())) {
                reasons.put(QuestionKind.ERA, TEXTS.text("left.out.era.events"));
            }
        }
        if (kinds.contains(QuestionKind.FIGURES)) {
            if (dataset.series().isEmpty()) {
                reasons.put(QuestionKind.FIGURES, TEXTS.text("left.out.figures.none"));
            } else if (seriesIds.isEmpty()) {
                reasons.put(QuestionKind.FIGURES, TEXTS.text("left.out.figures.chosen"));
            } else if (usableSeries(dataset, seriesIds).isEmpty()) {
                reasons.put(QuestionKind.FIGURES, TEXTS.text("left.out.figures.years", FEWEST_YEARS));
            }
        }
        return reasons;
    }

    /**
     * A round of {@code spec} on {@code pool}, the events the search and filter leave, in date order: up to
     * {@link #LENGTH} questions of the kinds the pool allows, taking the kinds in turn, then shuffled.
     */
    public static Round draw(Dataset dataset, List<TimelineEvent> pool, RoundSpec spec) {
        if (pool.isEmpty()) {
            return new Round(spec, List.of(), Map.of(), TEXTS.text("empty.pool"));
        }
        if (spec.kinds().isEmpty()) {
            return new Round(spec, List.of(), Map.of(), TEXTS.text("empty.kinds"));
        }
        Map<QuestionKind, String> reasons = leftOut(dataset, pool, spec.kinds(), spec.seriesIds());
        Random random = new Random(spec.seed());
        List<Deque<Question>> candidates = new ArrayList<>();
        for (QuestionKind kind : QuestionKind.values()) {
            if (spec.kinds().contains(kind) && !reasons.containsKey(kind)) {
                candidates.add(new ArrayDeque<>(candidates(kind, dataset, pool, spec, random)));
            }
        }
        List<Question> questions = new ArrayList<>();
        while (questions.size() < LENGTH && candidates.stream().anyMatch(c -> !c.isEmpty())) {
            for (Deque<Question> ofKind : candidates) {
                if (!ofKind.isEmpty() && questions.size() < LENGTH) {
                    questions.add(ofKind.poll());
                }
            }
        }
        Collections.shuffle(questions, random);
        return new Round(spec, questions, reasons, questions.isEmpty()
                ? TEXTS.text("empty.none") : null);
    }

    private static List<? extends Question> candidates(QuestionKind kind, Dataset dataset, List<TimelineEvent> pool,
                                                       RoundSpec spec, Random random) {
        return switch (kind) {
            case ORDER -> orderQuestions(pool, random);
            case ERA -> shuffled(pool.stream().filter(e -> eraOf(dataset, e).isPresent()).toList(), random).stream()
                    .map(e -> new EraQuestion(e, eraOf(dataset, e).orElseThrow(), dataset.eras())).toList();
            case WHEN -> shuffled(pool, random).stream().map(WhenQuestion::new).toList();
            case FIGURES -> figuresQuestions(dataset, pool, spec.seriesIds(), random);
        };
    }

    private static Optional<Era> eraOf(Dataset dataset, TimelineEvent event) {
        return event.eraId() == null ? Optional.empty() : dataset.era(event.eraId());
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    /** Up to {@link #LENGTH} sets of four to six events each, every set shown in an order that is not the right one. */
    private static List<OrderQuestion> orderQuestions(List<TimelineEvent> pool, Random random) {
        List<OrderQuestion> questions = new ArrayList<>();
        for (int q = 0; q < LENGTH; q++) {
            int size = Math.min(pool.size(), FEWEST_CARDS + random.nextInt(MOST_CARDS - FEWEST_CARDS + 1));
            List<TimelineEvent> cards = shuffled(pool, random).subList(0, size);
            OrderQuestion question = new OrderQuestion(cards);
            // A few tries at an order to sort; a set of events all of one date is right in every order.
            for (int tries = 0; tries < 8 && question.points(question.cards()) == 1; tries++) {
                question = new OrderQuestion(shuffled(cards, random));
            }
            questions.add(question);
        }
        return questions;
    }

    private static List<FigureSeries> usableSeries(Dataset dataset, Set<String> seriesIds) {
        return dataset.series().stream().filter(s -> seriesIds.contains(s.id()))
                .filter(s -> s.points().size() >= FEWEST_YEARS).toList();
    }

    /**
     * Each usable series' peak, and "about how many" for each of its years with a figure above zero that the chart
     * does not label.
     */
    private static List<FiguresQuestion> figuresQuestions(Dataset dataset, List<TimelineEvent> pool,
                                                          Set<String> seriesIds, Random random) {
        List<FiguresQuestion> questions = new ArrayList<>();
        for (FigureSeries series : usableSeries(dataset, seriesIds)) {
            questions.add(peakQuestion(series, pool, random));
            for (FigurePoint point : series.points()) {
                // A highlighted figure is written on the chart beside its point: asking it would read the label.
                if (point.value() > 0 && !point.highlighted()) {
                    questions.add(valueQuestion(series, point, pool, random));
                }
            }
        }
        return shuffled(questions, random).subList(0, Math.min(LENGTH, questions.size()));
    }

    private static FiguresQuestion peakQuestion(FigureSeries series, List<TimelineEvent> pool, Random random) {
        FigurePoint peak = series.points().stream().max(Comparator.comparingDouble(FigurePoint::value)
                .thenComparing(Comparator.comparingInt(FigurePoint::year).reversed())).orElseThrow();
        List<Integer> lower = shuffled(series.points().stream()
                .filter(p -> p.value() < peak.value()).map(FigurePoint::year).toList(), random);
        List<Integer> years = new ArrayList<>(lower.subList(0, Math.min(CHOICES - 1, lower.size())));
        years.add(peak.year());
        Collections.sort(years);
        return new FiguresQuestion(series, FiguresQuestion.Ask.PEAK, peak.year(),
                years.stream().map(Rounds::yearText).toList(), years.indexOf(peak.year()), eventIn(peak.year(), pool));
    }

    private static FiguresQuestion valueQuestion(FigureSeries series, FigurePoint point, List<TimelineEvent> pool,
                                                 Random random) {
        String right = about(point.value());
        Set<String> choices = new LinkedHashSet<>(List.of(right));
        List<Double> factors = new ArrayList<>();
        for (double factor : WRONG_FACTORS) {
            factors.add(factor);
        }
        for (double factor : shuffled(factors, random)) {
            if (choices.size() < CHOICES) {
                choices.add(about(point.value() * factor));
            }
        }
        List<String> shown = shuffled(List.copyOf(choices), random);
        return new FiguresQuestion(series, FiguresQuestion.Ask.VALUE, point.year(), shown, shown.indexOf(right),
                eventIn(point.year(), pool));
    }

    /** A series' year as a reader of the language in use writes it: "2007", "500 BC", "٥٠٠ ق.م". */
    static String yearText(int year) {
        return HistoricalDate.yearText(year, EraStyle.BC_AD, Messages.locale());
    }

    /**
     * A figure rounded to two significant digits, with thousands grouped as the language in use groups them:
     * 165,000, 4,500, 38; "170 000" in French, "١٧٠٬٠٠٠" in Arabic.
     */
    public static String about(double value) {
        double magnitude = Math.pow(10, Math.max(0, Math.floor(Math.log10(Math.abs(value))) - 1));
        return NumberFormat.getIntegerInstance(Messages.locale())
                .format(Math.round(Math.round(value / magnitude) * magnitude));
    }

    private static TimelineEvent eventIn(int year, List<TimelineEvent> pool) {
        return pool.stream().filter(e -> e.start().year() == year).findFirst().orElse(null);
    }
}
