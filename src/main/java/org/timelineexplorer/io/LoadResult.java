package org.timelineexplorer.io;

import org.timelineexplorer.model.Dataset;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What reading a dataset file gave: the dataset when the file has no errors, and every problem found, in the
 * order of their place in the file. A file with warnings only still loads; a file with an error never yields a
 * dataset, not even part of one.
 */
public final class LoadResult {

    private final String source;
    private final Dataset dataset;
    private final List<Problem> problems;
    private final boolean nativeFormat;

    LoadResult(String source, Dataset dataset, List<Problem> problems) {
        this(source, dataset, problems, false);
    }

    LoadResult(String source, Dataset dataset, List<Problem> problems, boolean nativeFormat) {
        this.problems = problems.stream()
                .sorted(Comparator.comparingInt(Problem::line).thenComparingInt(Problem::column))
                .toList();
        if ((dataset == null) == errors().isEmpty()) {
            throw new IllegalArgumentException("a dataset comes exactly when there are no errors");
        }
        this.source = source;
        this.dataset = dataset;
        this.nativeFormat = nativeFormat;
    }

    /**
     * Whether it was read from the app's own format, which Save may write back in place; a TimelineJS,
     * vis-timeline or spreadsheet file is saved as a new file instead, so that the teacher's original stays.
     */
    public boolean isNativeFormat() {
        return nativeFormat;
    }

    static LoadResult failed(String source, Problem problem) {
        return new LoadResult(source, null, List.of(problem));
    }

    /** The name of what was read: a file path or a resource name. */
    public String source() {
        return source;
    }

    public Optional<Dataset> dataset() {
        return Optional.ofNullable(dataset);
    }

    public boolean isLoaded() {
        return dataset != null;
    }

    /** Errors and warnings together, by line and column. */
    public List<Problem> problems() {
        return problems;
    }

    public List<Problem> errors() {
        return problems.stream().filter(Problem::isError).toList();
    }

    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }
}
