package org.timelineexplorer.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * Lets benchmark JVMs running different versions of the code take turns: each measures one fresh control while the
 * others wait, so that paired runs see the same minute of the machine. On the shared 2-core machine two invocations
 * of the same code differ by 10 to 20 % (the machine's load drifts, and each JVM has its own luck with what the JIT
 * compiles and where memory lands), more than the versions compared may; the differences between paired runs,
 * many of them, show what the code costs.
 *
 * <p>Set through the environment, which Maven hands on to the benchmark's JVM: {@code BENCHMARK_TURNS}, a directory
 * the JVMs share, new for each comparison; {@code BENCHMARK_SIDE}, this JVM's place in the round, 0 for the one the
 * others are compared with; {@code BENCHMARK_SIDES}, how many JVMs take turns (2 unless set). Side 0 prints, at its
 * end, each other side's paired differences from it. Without {@code BENCHMARK_TURNS} the benchmark runs alone.
 */
final class TakingTurns {

    /** A side that has not been given the turn for this long is taken to have died. */
    private static final long GIVE_UP_MILLIS = 10 * 60 * 1000;
    private static final long POLL_MILLIS = 5;
    /** The figures recorded per run, as {@link #record} takes them. */
    static final List<String> FIGURES = List.of("zoom CPU", "pan CPU", "move CPU", "zoom", "pan", "move");

    private final Path directory;
    private final int side;
    private final int sides;

    private TakingTurns(Path directory, int side, int sides) {
        this.directory = directory;
        this.side = side;
        this.sides = sides;
    }

    /** The turns the environment sets, or null when this JVM runs alone. */
    static TakingTurns fromEnvironment() throws IOException {
        String dir = System.getenv("BENCHMARK_TURNS");
        if (dir == null || dir.isBlank()) {
            return null;
        }
        int side = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_SIDE", "0"));
        int sides = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_SIDES", "2"));
        if (sides < 2 || side < 0 || side >= sides) {
            throw new IllegalArgumentException("BENCHMARK_SIDE must be 0 to BENCHMARK_SIDES - 1, and there must be"
                    + " at least 2 sides; they are " + side + " and " + sides);
        }
        TakingTurns turns = new TakingTurns(Path.of(dir), side, sides);
        if (side == 0) {
            Files.createDirectories(turns.directory);
            if (Files.exists(turns.turnFile())) {
                throw new IllegalStateException(dir + " was used by an earlier comparison: name a new directory");
            }
            turns.pass(0);
        }
        return turns;
    }

    int side() {
        return side;
    }

    int sides() {
        return sides;
    }

    /** Waits for this side's turn, does {@code work}, and hands the turn on. */
    <T> T take(Callable<T> work) throws Exception {
        awaitTurn();
        try {
            return work.call();
        } finally {
            pass((side + 1) % sides);
        }
    }

    /** Notes the figures of one run of {@code events} events, in the order of {@link #FIGURES}. */
    void record(int events, int run, double... figures) throws IOException {
        StringBuilder line = new StringBuilder().append(events).append('\t').append(run);
        for (double f : figures) {
            line.append('\t').append(String.format(Locale.ROOT, "%.4f", f));
        }
        Files.writeString(results(side), line.append('\n'), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    /**
     * Marks this side done; on side 0, waits for the others and prints, per size and figure, the median of the
     * differences between paired runs (the other side's minus this one's) and the middle half of them.
     */
    void finish() throws Exception {
        Files.writeString(doneFile(side), "done");
        if (side != 0) {
            return;
        }
        for (int other = 1; other < sides; other++) {
            Path done = doneFile(other);
            waitUntil(() -> Files.exists(done), "side " + other + " to finish");
        }
        Map<Integer, List<double[]>> mine = read(0);
        for (int other = 1; other < sides; other++) {
            Map<Integer, List<double[]>> theirs = read(other);
            System.out.printf(Locale.ROOT, "Side %d minus side 0, in turns: per figure the median of the paired runs'"
                    + " differences in ms, as a share of side 0's median, and under it the middle half of them%n",
                    other);
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-8s %5s", "events", "pairs"));
            FIGURES.forEach(f -> header.append(String.format(Locale.ROOT, " %16s", f)));
            System.out.println(header);
            for (Map.Entry<Integer, List<double[]>> size : mine.entrySet()) {
                List<double[]> a = size.getValue();
                List<double[]> b = theirs.getOrDefault(size.getKey(), List.of());
                int pairs = Math.min(a.size(), b.size());
                StringBuilder medians = new StringBuilder(String.format(Locale.ROOT, "%-8d %5d", size.getKey(),
                        pairs));
                StringBuilder halves = new StringBuilder(String.format(Locale.ROOT, "%14s", ""));
                for (int f = 0; f < FIGURES.size() && pairs > 0; f++) {
                    double[] differences = new double[pairs];
                    double[] base = new double[pairs];
                    for (int k = 0; k < pairs; k++) {
                        differences[k] = b.get(k)[f] - a.get(k)[f];
                        base[k] = a.get(k)[f];
                    }
                    Arrays.sort(differences);
                    Arrays.sort(base);
                    double median = quantile(differences, 0.5);
                    medians.append(String.format(Locale.ROOT, " %16s", String.format(Locale.ROOT, "%+.2f (%+.0f %%)",
                            median, 100 * median / quantile(base, 0.5))));
                    halves.append(String.format(Locale.ROOT, " %16s", String.format(Locale.ROOT, "%+.2f..%+.2f",
                            quantile(differences, 0.25), quantile(differences, 0.75))));
                }
                System.out.println(medians);
                System.out.println(halves);
            }
        }
    }

    private void awaitTurn() throws Exception {
        waitUntil(() -> {
            int now = currentTurn();
            if (now >= 0 && now != side && Files.exists(doneFile(now))) {
                // A side that has finished (one with fewer runs) gives up its turns.
                pass((now + 1) % sides);
                return false;
            }
            return now == side;
        }, "a turn");
    }

    private static void waitUntil(Check check, String what) throws Exception {
        for (long waited = 0; !check.holds(); waited += POLL_MILLIS) {
            if (waited > GIVE_UP_MILLIS) {
                throw new IllegalStateException("waited " + GIVE_UP_MILLIS / 1000 + " s for " + what
                        + ": did another side die?");
            }
            Thread.sleep(POLL_MILLIS);
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws IOException;
    }

    /** The side whose turn it is, or -1 before side 0 has started. */
    private int currentTurn() throws IOException {
        try {
            return Integer.parseInt(Files.readString(turnFile()).trim());
        } catch (NoSuchFileException notYet) {
            return -1;
        }
    }

    private void pass(int to) throws IOException {
        Path next = directory.resolve("turn." + side);
        Files.writeString(next, Integer.toString(to));
        Files.move(next, turnFile(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private Map<Integer, List<double[]>> read(int which) {
        Map<Integer, List<double[]>> bySize = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(results(which))) {
                String[] cells = line.split("\t");
                double[] figures = new double[cells.length - 2];
                for (int i = 2; i < cells.length; i++) {
                    figures[i - 2] = Double.parseDouble(cells[i]);
                }
                bySize.computeIfAbsent(Integer.parseInt(cells[0]), k -> new ArrayList<>()).add(figures);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bySize;
    }

    /** The {@code q} quantile of ascending {@code sorted}, between its two nearest values: q = 0.5 is the median. */
    static double quantile(double[] sorted, double q) {
        double at = q * (sorted.length - 1);
        int below = (int) Math.floor(at);
        int above = Math.min(sorted.length - 1, below + 1);
        return sorted[below] + (at - below) * (sorted[above] - sorted[below]);
    }

    private Path turnFile() {
        return directory.resolve("turn");
    }

    private Path results(int which) {
        return directory.resolve("side-" + which + ".tsv");
    }

    private Path doneFile(int which) {
        return directory.resolve("side-" + which + ".done");
    }
}
