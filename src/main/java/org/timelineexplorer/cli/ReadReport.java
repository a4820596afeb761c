package org.timelineexplorer.cli;

import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.io.Problem;
import org.timelineexplorer.model.Dataset;

import java.io.PrintWriter;

import static org.timelineexplorer.cli.CommandLine.TEXT;

/**
 * What {@code validate} and {@code convert} print about a file they read, in the same words: every problem as
 * {@code FILE:LINE:COLUMN: PATH: message} on a line of its own (warnings marked "warning:"), what the dataset
 * holds, and how many problems there were.
 */
final class ReadReport {

    private ReadReport() {
    }

    /** Every problem of {@code result}, in the order found, the way editors jump to them. */
    static void printProblems(LoadResult result, String name, PrintWriter out) {
        for (Problem problem : result.problems()) {
            out.println(problem.isError() ? problem.format(name)
                    : new Problem(problem.severity(), problem.line(), problem.column(), problem.path(),
                    TEXT.text("report.warning", problem.message())).format(name));
        }
    }

    /** How many errors and warnings: "2 errors, 1 warning". */
    static String problemCount(LoadResult result) {
        return TEXT.text("report.problems", result.errors().size(), result.warnings().size());
    }

    /** What {@code dataset} holds: "12 events, 3 eras, 2 series". */
    static String contents(Dataset dataset) {
        return TEXT.text("report.contents", dataset.events().size(), dataset.eras().size(), dataset.series().size());
    }
}
