package org.timelineexplorer.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The problems found so far. Only the first {@value #MAX_LISTED} are kept, so that a hostile file with a million
 * bad values cannot flood memory or the teacher's screen; errors are counted even when not kept.
 */
final class ProblemList {

    static final int MAX_LISTED = 1_000;

    private final List<Problem> problems = new ArrayList<>();
    private int errorCount;
    private boolean truncated;

    void add(Problem problem) {
        if (problem.isError()) {
            errorCount++;
        }
        if (problems.size() < MAX_LISTED) {
            problems.add(problem);
        } else {
            truncated = true;
        }
    }

    int errorCount() {
        return errorCount;
    }

    /**
     * The problems kept, and a note when some were left out; the note is an error when errors were left out, so
     * that a list whose first entries are all warnings still says that the file does not open.
     */
    List<Problem> toList() {
        List<Problem> all = new ArrayList<>(problems);
        if (truncated) {
            boolean errorsLeftOut = problems.stream().filter(Problem::isError).count() < errorCount;
            all.add(new Problem(errorsLeftOut ? Problem.Severity.ERROR : Problem.Severity.WARNING, 0, 0,
                    Problem.WHOLE_FILE, String.format(Locale.ROOT,
                    "there are more problems than the %,d listed: fix these and read the file again", MAX_LISTED)));
        }
        return all;
    }
}
