package org.timelineexplorer.cli;

import javafx.scene.image.WritableImage;
import org.timelineexplorer.export.PictureSize;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.HistoricalDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code export-timeline}: the timeline from one date to another, as a PNG. */
@Command(name = "export-timeline", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportTimelineCommand extends ExportCommand {

    @Option(names = "--from", paramLabel = "DATE", order = 1)
    Optional<HistoricalDate> from = Optional.empty();

    @Option(names = "--to", paramLabel = "DATE", order = 2)
    Optional<HistoricalDate> to = Optional.empty();

    ExportTimelineCommand(List<String> stylesheets) {
        super(Pictures.TIMELINE_SIZE, stylesheets);
    }

    @Override
    void checkOptions(picocli.CommandLine command) {
        new DatesShown(from, to).check(command);
    }

    @Override
    Optional<Callable<WritableImage>> picture(Dataset dataset, PictureSize size, List<String> stylesheets,
                                              PrintWriter err) {
        DatesShown dates = new DatesShown(from, to);
        return dates.within(dataset.span(), err).map(shown -> () -> Pictures.timeline(dataset,
                dates.all() ? dataset.overview() : shown, size, stylesheets));
    }
}
