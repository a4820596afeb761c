package org.timelineexplorer.io;

import com.fasterxml.jackson.core.JsonLocation;

/**
 * One thing wrong with a dataset file, said in plain words for the teacher who wrote it.
 *
 * @param severity an {@link Severity#ERROR} keeps the file from opening; a {@link Severity#WARNING} does not
 * @param line     the line of the offending value, from 1; 0 when the problem has no place in the text
 * @param column   the column of the offending value, from 1, counted in characters (UTF-16 units); 0 when unknown
 * @param path     where in the data, such as {@code events[12].date}; {@value #WHOLE_FILE} for the file as a whole
 * @param message  what is wrong, for example {@code missing required field "title"}
 */
public record Problem(Severity severity, int line, int column, String path, String message) {

    /** The path of a problem with the whole file rather than one value in it. */
    public static final String WHOLE_FILE = "$";

    public enum Severity {
        ERROR, WARNING
    }

    static Problem error(JsonLocation at, String path, String message) {
        return of(Severity.ERROR, at, path, message);
    }

    static Problem of(Severity severity, JsonLocation at, String path, String message) {
        // Jackson answers -1 where it does not know; our callers read 0 as "unknown".
        int line = at == null ? 0 : Math.max(0, at.getLineNr());
        int column = at == null ? 0 : Math.max(0, at.getColumnNr());
        return new Problem(severity, line, column, path, message);
    }

    /**
     * Whether the problem is placed by a spreadsheet's row and column ({@code row 14, End Year}), the place a
     * teacher finds it at in her spreadsheet program; its line is then the row's number.
     */
    public boolean isPlacedByRow() {
        return path.startsWith(SheetProblems.ROW);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /**
     * The problem on one line, as compilers write theirs so that editors can jump to it:
     * {@code FILE:LINE:COLUMN: PATH: message}, or {@code FILE:ROW: row N, Column: message} for a spreadsheet. The
     * severity is not part of it; ask {@link #isError()}.
     */
    public String format(String fileName) {
        // A spreadsheet's problem has a row but no column number: its path names the row and the column.
        String place = isPlacedByRow() ? String.valueOf(line) : line + ":" + column;
        return fileName + ":" + place + ": " + path + ": " + message;
    }
}
