package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;
import com.fasterxml.jackson.core.JsonLocation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * The problems found so far. Only the first {@value #MAX_LISTED} are kept, so that a hostile file with a million
 * bad values cannot flood memory or the teacher's screen; errors are counted even when not kept.
 *
 * <p>A problem may be placed by the path of a value rather than by line and column: remembering where each of a
 * large file's millions of values starts costs more than reading it, so the places of the problems kept are looked
 * up all at once when the list is handed out, by {@link #toList(Function)}.
 */
final class ProblemList {

    private static final Messages WORDS = Messages.of(ProblemList.class);

    static final int MAX_LISTED = 1_000;

    /**
     * One problem kept. When {@code place} is set, the problem's line and column are those of that value. When
     * {@code firstAt} is set, the message is {@code withFirstLine}'s for the line of that earlier value.
     */
    private record Entry(Problem problem, JsonPath place, JsonPath firstAt, IntFunction<String> withFirstLine) {
    }

    private final List<Entry> problems = new ArrayList<>();
    private int errorCount;
    private boolean truncated;

    /** A problem whose line and column are known. */
    void add(Problem problem) {
        keep(problem.isError(), () -> new Entry(problem, null, null, null));
    }

    /** A problem about {@code path}, shown at the line and column of the value {@code place} points to. */
    void add(Problem.Severity severity, JsonPath place, JsonPath path, String message) {
        keep(severity == Problem.Severity.ERROR,
                () -> new Entry(new Problem(severity, 0, 0, path.toString(), message), place, null, null));
    }

    /**
     * An error at {@code at} whose message names the line of the earlier value {@code firstAt} points to, as in
     * "… (first at line 3)": {@code message} gives it for that line.
     */
    void addWithFirstLine(JsonLocation at, JsonPath path, IntFunction<String> message, JsonPath firstAt) {
        keep(true, () -> new Entry(Problem.error(at, path.toString(), ""), null, firstAt, message));
    }

    /** The problems of {@code other} after those here, as if they had been added here in the same order. */
    void addAll(ProblemList other) {
        int errorsKept = 0;
        for (Entry entry : other.problems) {
            boolean isError = entry.problem().isError();
            errorsKept += isError ? 1 : 0;
            keep(isError, () -> entry);
        }
        errorCount += other.errorCount - errorsKept;
        truncated |= other.truncated;
    }

    private void keep(boolean isError, Supplier<Entry> entry) {
        if (isError) {
            errorCount++;
        }
        // The entry, and the text of its path, are made only for the problems kept.
        if (problems.size() < MAX_LISTED) {
            problems.add(entry.get());
        } else {
            truncated = true;
        }
    }

    int errorCount() {
        return errorCount;
    }

    /** The problems kept, for a list that holds no problem placed by path. */
    List<Problem> toList() {
        return toList(paths -> Map.of());
    }

    /**
     * The problems kept, and a note when some were left out; the note is an error when errors were left out, so
     * that a list whose first entries are all warnings still says that the file does not open.
     *
     * @param locate finds where the values of the given paths start; a path not found has line and column 0
     */
    List<Problem> toList(Function<Collection<JsonPath>, Map<JsonPath, JsonLocation>> locate) {
        List<JsonPath> wanted = new ArrayList<>();
        for (Entry entry : problems) {
            if (entry.place() != null) {
                wanted.add(entry.place());
            }
            if (entry.firstAt() != null) {
                wanted.add(entry.firstAt());
            }
        }
        Map<JsonPath, JsonLocation> places = wanted.isEmpty() ? Map.of() : locate.apply(wanted);
        List<Problem> all = new ArrayList<>(problems.size() + 1);
        for (Entry entry : problems) {
            Problem problem = entry.problem();
            if (entry.place() != null) {
                problem = Problem.of(problem.severity(), places.get(entry.place()), problem.path(), problem.message());
            }
            if (entry.firstAt() != null) {
                JsonLocation first = places.get(entry.firstAt());
                problem = new Problem(problem.severity(), problem.line(), problem.column(), problem.path(),
                        entry.withFirstLine().apply(first == null ? 0 : Math.max(0, first.getLineNr())));
            }
            all.add(problem);
        }
        if (truncated) {
            boolean errorsLeftOut = all.stream().filter(Problem::isError).count() < errorCount;
            all.add(new Problem(errorsLeftOut ? Problem.Severity.ERROR : Problem.Severity.WARNING, 0, 0,
                    Problem.WHOLE_FILE, WORDS.text("problems.more", MAX_LISTED)));
        }
        return all;
    }
}
