package org.timelineexplorer.quiz;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;

import java.math.BigInteger;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A round written short enough to read out to a class, such as {@code K7Q2-XM4P} or {@code K7Q2-XM4P fallujah}:
 * the seed, the kinds of question, the series and the hidden categories packed into digits of Crockford's base 32
 * (no I, L, O or U, and either case), a check digit, then the search words, if any, after a space. Series and
 * categories are written as their places in the dataset, so a code works on the dataset it was made on; the check
 * digit also covers the dataset's title, so a code for another timeline, or with a typo, is refused.
 */
public final class RoundCode {

    private static final String DIGITS = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int SEED_BITS = 20;
    private static final int GROUP = 4;

    private static final Messages TEXTS = Messages.of(RoundCode.class);

    private RoundCode() {
    }

    /** The code of {@code spec}, a round on {@code dataset}. */
    public static String encode(RoundSpec spec, Dataset dataset) {
        BigInteger packed = BigInteger.ZERO;
        List<String> categories = dataset.categories();
        for (int i = categories.size() - 1; i >= 0; i--) {
            packed = packed.shiftLeft(1).or(bit(spec.hiddenCategories().contains(categories.get(i))));
        }
        List<FigureSeries> series = dataset.series();
        for (int i = series.size() - 1; i >= 0; i--) {
            packed = packed.shiftLeft(1).or(bit(spec.seriesIds().contains(series.get(i).id())));
        }
        QuestionKind[] kinds = QuestionKind.values();
        for (int i = kinds.length - 1; i >= 0; i--) {
            packed = packed.shiftLeft(1).or(bit(spec.kinds().contains(kinds[i])));
        }
        packed = packed.shiftLeft(SEED_BITS).or(BigInteger.valueOf(spec.seed()));
        String digits = packed.toString(32).toUpperCase(Locale.ROOT).chars()
                .map(c -> DIGITS.charAt(Character.digit(c, 32))).collect(StringBuilder::new,
                        StringBuilder::appendCodePoint, StringBuilder::append).toString();
        digits += DIGITS.charAt(check(digits, dataset));
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && i % GROUP == 0) {
                code.append('-');
            }
            code.append(digits.charAt(i));
        }
        return spec.searchText().isEmpty() ? code.toString() : code + " " + spec.searchText();
    }

    /**
     * The spec a code holds, for {@code dataset}.
     *
     * @throws IllegalArgumentException with a sentence for the student when the code has a typo or belongs to
     *                                  another timeline
     */
    public static RoundSpec decode(String code, Dataset dataset) {
        String text = code == null ? "" : code.strip();
        int space = text.indexOf(' ');
        String digits = (space < 0 ? text : text.substring(0, space)).replace("-", "").toUpperCase(Locale.ROOT)
                .replace('O', '0').replace('I', '1').replace('L', '1');
        String search = space < 0 ? "" : text.substring(space + 1);
        IllegalArgumentException refused = new IllegalArgumentException(TEXTS.text("code.refused", text));
        if (digits.length() < 2 || digits.chars().anyMatch(c -> DIGITS.indexOf(c) < 0)) {
            throw refused;
        }
        String body = digits.substring(0, digits.length() - 1);
        if (DIGITS.charAt(check(body, dataset)) != digits.charAt(digits.length() - 1)) {
            throw refused;
        }
        BigInteger packed = BigInteger.ZERO;
        for (char c : body.toCharArray()) {
            packed = packed.shiftLeft(5).or(BigInteger.valueOf(DIGITS.indexOf(c)));
        }
        int seed = packed.intValue() & RoundSpec.MAX_SEED;
        packed = packed.shiftRight(SEED_BITS);
        Set<QuestionKind> kinds = EnumSet.noneOf(QuestionKind.class);
        for (QuestionKind kind : QuestionKind.values()) {
            if (packed.testBit(0)) {
                kinds.add(kind);
            }
            packed = packed.shiftRight(1);
        }
        Set<String> series = new HashSet<>();
        for (FigureSeries s : dataset.series()) {
            if (packed.testBit(0)) {
                series.add(s.id());
            }
            packed = packed.shiftRight(1);
        }
        Set<String> hidden = new HashSet<>();
        for (String category : dataset.categories()) {
            if (packed.testBit(0)) {
                hidden.add(category);
            }
            packed = packed.shiftRight(1);
        }
        if (packed.signum() != 0) {
            throw refused;
        }
        return new RoundSpec(seed, kinds, series, search, hidden);
    }

    private static BigInteger bit(boolean set) {
        return set ? BigInteger.ONE : BigInteger.ZERO;
    }

    /** A weighted sum of the digits, so that a swap of two is caught too, with the dataset's title mixed in. */
    private static int check(String digits, Dataset dataset) {
        int sum = dataset.title().hashCode();
        for (int i = 0; i < digits.length(); i++) {
            sum += (i + 1) * DIGITS.indexOf(digits.charAt(i));
        }
        return Math.floorMod(sum, DIGITS.length());
    }
}
