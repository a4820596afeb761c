package org.timelineexplorer.io;

import java.util.List;

/**
 * The problems of a spreadsheet, each placed as a teacher finds it in her spreadsheet program: by the row's number
 * there (the header is row 1) and the column's name, as in {@code row 14, End Year: ...}. The row is also the
 * problem's line, which is the file's line wherever no cell holds a line break.
 */
final class SheetProblems {

    static final String ROW = "row ";

    private final ProblemList problems = new ProblemList();
    private final java.util.Set<Integer> rowsWithErrors = new java.util.HashSet<>();

    void error(int row, String column, String message) {
        add(Problem.Severity.ERROR, row, column, message);
    }

    void warning(int row, String column, String message) {
        add(Problem.Severity.WARNING, row, column, message);
    }

    void fileError(String message) {
        problems.add(new Problem(Problem.Severity.ERROR, 0, 0, Problem.WHOLE_FILE, message));
    }

    void fileWarning(String message) {
        problems.add(new Problem(Problem.Severity.WARNING, 0, 0, Problem.WHOLE_FILE, message));
    }

    /** Whether an error was reported in {@code row} already, so that one cause gets one message. */
    boolean hasErrorIn(int row) {
        return rowsWithErrors.contains(row);
    }

    private void add(Problem.Severity severity, int row, String column, String message) {
        if (severity == Problem.Severity.ERROR) {
            rowsWithErrors.add(row);
        }
        problems.add(new Problem(severity, row, 0, place(row, column), message));
    }

    /** {@code row 14, End Year}, or {@code row 14} for a problem with the whole row. */
    static String place(int row, String column) {
        return ROW + row + (column == null || column.isEmpty() ? "" : ", " + column);
    }

    /** The problems of {@code other} after those here. */
    void addAll(SheetProblems other) {
        problems.addAll(other.problems);
        rowsWithErrors.addAll(other.rowsWithErrors);
    }

    int errorCount() {
        return problems.errorCount();
    }

    List<Problem> toList() {
        return problems.toList();
    }
}
