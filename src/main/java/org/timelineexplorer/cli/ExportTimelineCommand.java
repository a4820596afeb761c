package org.timelineexplorer.cli;

import org.timelineexplorer.export.PictureSize;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.timelineexplorer.cli.CommandLine.FAILED;
import static org.timelineexplorer.cli.CommandLine.PROGRAM;

/** {@code export-timeline}: the timeline from one date to another, as a PNG. */
@Command(name = "export-timeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Saves the timeline from --from to --to (default: all of it) as a PNG, with the dataset's "
                + "title and credit.")
final class ExportTimelineCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--from", paramLabel = "DATE", description = "The first date shown: YYYY, YYYY-MM or YYYY-MM-DD.")
    Optional<HistoricalDate> from = Optional.empty();

    @Option(names = "--to", paramLabel = "DATE", description = "The last date shown, written the same way.")
    Optional<HistoricalDate> to = Optional.empty();

    @Mixin
    PictureExport picture = new PictureExport(Pictures.TIMELINE_SIZE);

    private final List<String> stylesheets;

    ExportTimelineCommand(List<String> stylesheets) {
        this.stylesheets = List.copyOf(stylesheets);
    }

    @Override
    public Integer call() {
        picocli.CommandLine command = spec.commandLine();
        if (from.isPresent() && to.isPresent() && to.get().lastDay().isBefore(from.get().firstDay())) {
            throw new ParameterException(command, "--to " + to.get() + " is before --from " + from.get());
        }
        Path out = picture.outFile(command);
        PictureSize size = picture.size(command);
        Optional<Dataset> loaded = picture.load(command.getErr());
        if (loaded.isEmpty()) {
            return FAILED;
        }
        Dataset dataset = loaded.get();
        TimeRange span = dataset.span();
        double start = from.map(d -> (double) d.firstDay().toEpochDay()).orElse(span.start());
        double end = to.map(d -> (double) d.lastDay().toEpochDay() + 1).orElse(span.end());
        if (!(end > start)) {
            command.getErr().println(PROGRAM + ": the range from " + from.map(Object::toString).orElse("the start")
                    + " to " + to.map(Object::toString).orElse("the end") + " is empty");
            return FAILED;
        }
        TimeRange range = from.isEmpty() && to.isEmpty() ? dataset.overview() : new TimeRange(start, end);
        return PictureExport.save(out, () -> Pictures.timeline(dataset, range, size, stylesheets),
                command.getOut(), command.getErr());
    }
}
