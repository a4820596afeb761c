package org.timelineexplorer.cli;

import javafx.scene.image.WritableImage;
import org.timelineexplorer.export.PictureSize;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.timelineexplorer.cli.CommandLine.PROGRAM;

/** {@code export-timeline}: the timeline from one date to another, as a PNG. */
@Command(name = "export-timeline", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Saves the timeline from --from to --to (default: all of it) as a PNG, with the dataset's "
                + "title and credit.")
final class ExportTimelineCommand extends ExportCommand {

    @Option(names = "--from", paramLabel = "DATE", order = 1,
            description = "The first date shown: YYYY, YYYY-MM or YYYY-MM-DD.")
    Optional<HistoricalDate> from = Optional.empty();

    @Option(names = "--to", paramLabel = "DATE", order = 2, description = "The last date shown, written the same way.")
    Optional<HistoricalDate> to = Optional.empty();

    ExportTimelineCommand(List<String> stylesheets) {
        super(Pictures.TIMELINE_SIZE, stylesheets);
    }

    @Override
    void checkOptions(picocli.CommandLine command) {
        if (from.isPresent() && to.isPresent() && to.get().endsBefore(from.get())) {
            throw new ParameterException(command, "--to " + to.get() + " is before --from " + from.get());
        }
    }

    @Override
    Optional<Callable<WritableImage>> picture(Dataset dataset, PictureSize size, List<String> stylesheets,
                                              PrintWriter err) {
        TimeRange span = dataset.span();
        double start = from.map(HistoricalDate::startDay).orElse(span.start());
        double end = to.map(HistoricalDate::endDay).orElse(span.end());
        if (!(end > start)) {
            err.println(PROGRAM + ": the range from " + from.map(Object::toString).orElse("the start")
                    + " to " + to.map(Object::toString).orElse("the end") + " is empty");
            return Optional.empty();
        }
        TimeRange range = from.isEmpty() && to.isEmpty() ? dataset.overview() : new TimeRange(start, end);
        return Optional.of(() -> Pictures.timeline(dataset, range, size, stylesheets));
    }
}
