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

import static org.timelineexplorer.cli.CommandLine.PROGRAM;
import static org.timelineexplorer.cli.CommandLine.TEXT;

/** {@code export-map}: the map of the dataset's places, events from one date to another in full, as a PNG. */
@Command(name = "export-map", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportMapCommand extends ExportCommand {

    @Option(names = "--from", paramLabel = "DATE", order = 1)
    Optional<HistoricalDate> from = Optional.empty();

    @Option(names = "--to", paramLabel = "DATE", order = 2)
    Optional<HistoricalDate> to = Optional.empty();

    ExportMapCommand(List<String> stylesheets) {
        super(Pictures.MAP_SIZE, stylesheets);
    }

    @Override
    void checkOptions(picocli.CommandLine command) {
        new DatesShown(from, to).check(command);
    }

    @Override
    Optional<Callable<WritableImage>> picture(Dataset dataset, PictureSize size, List<String> stylesheets,
                                              PrintWriter err) {
        if (dataset.events().stream().allMatch(e -> e.places().isEmpty())) {
            err.println(PROGRAM + ": " + TEXT.text("map.noPlace", dataset.title()));
            return Optional.empty();
        }
        DatesShown dates = new DatesShown(from, to);
        return dates.within(dataset.span(), err).map(shown -> () -> Pictures.map(dataset,
                dates.all() ? null : shown, size, stylesheets));
    }
}
