package org.timelineexplorer.quiz;

import org.timelineexplorer.i18n.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * "Save my results": a round's answers as CSV (comma separated, double quotes where needed), which a spreadsheet
 * opens and a person can read: a few lines about the round, then one row per question. Nothing else about a
 * student is kept anywhere.
 */
public final class ResultsSheet {

    private static final Messages TEXTS = Messages.of(ResultsSheet.class);

    private ResultsSheet() {
    }

    /** The sheet of {@code answers} to a round on the timeline titled {@code title}, played from {@code code}. */
    public static String csv(String title, String code, List<Answer> answers, Locale locale) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(TEXTS.text("sheet.timeline"), title));
        rows.add(List.of(TEXTS.text("sheet.code"), code));
        rows.add(List.of(TEXTS.text("sheet.score"), score(answers)));
        rows.add(List.of());
        rows.add(List.of(TEXTS.text("sheet.question"), TEXTS.text("sheet.kind"), TEXTS.text("sheet.asked"),
                TEXTS.text("sheet.given"), TEXTS.text("sheet.right"), TEXTS.text("sheet.points")));
        for (int i = 0; i < answers.size(); i++) {
            Answer a = answers.get(i);
            rows.add(List.of(String.valueOf(i + 1), a.question().kind().title(), a.question().prompt(), a.given(),
                    a.question().rightAnswer(locale), points(a.points())));
        }
        return rows.stream().map(row -> row.stream().map(ResultsSheet::field).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "", "\r\n"));
    }

    /** "7.5 of 10": the round's score as the window and the sheet write it. */
    public static String score(List<Answer> answers) {
        return TEXTS.text("score", points(Round.score(answers)), answers.size());
    }

    /** Points with at most one decimal, rounded down so as never to show more than was earned: "1", "0.8". */
    public static String points(double points) {
        double tenths = Math.floor(points * 10 + 1e-9) / 10.0;
        return tenths == Math.rint(tenths) ? String.valueOf((long) tenths) : String.format(Locale.ROOT, "%.1f", tenths);
    }

    private static String field(String value) {
        boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
        return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
