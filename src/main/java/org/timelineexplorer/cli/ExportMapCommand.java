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

/** {@code export-map}: the map of the dataset's places, events from one date to another in full, as a PNG. */
@Command(name = "export-map", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Saves the map of the dataset's places as a PNG, fitted to them, with the dataset's title and "
                + "credit and \"Map data: Natural Earth\"; events outside --from to --to are drawn faint.")
final class ExportMapCommand extends ExportCommand {

    @Option(names = "--from", paramLabel = "DATE", order = 1,
            description = "The first date in full: YYYY, YYYY-MM or YYYY-MM-DD (default: all of them).")
    Optional<HistoricalDate> from = Optional.empty();

    @Option(names = "--to", paramLabel = "DATE", order = 2, description = "The last date in full, written the same way.")
    Optional<HistoricalDate> to = Optional.empty();

    ExportMapCommand(List<String> stylesheets) {
        super(Pictures.MAP_SIZE, stylesheets);
    }

    @Override
    void checkOptions(picocli.CommandLine command) {
        if (from.isPresent() && to.isPresent() && to.get().lastDay().isBefore(from.get().firstDay())) {
            throw new ParameterException(command, "--to " + to.get() + " is before --from " + from.get());
        }
    }

    @Override
    Optional<Callable<WritableImage>> picture(Dataset dataset, PictureSize size, List<String> stylesheets,
                                              PrintWriter err) {
        if (dataset.events().stream().allMatch(e -> e.places().isEmpty())) {
            err.println(PROGRAM + ": no event of \"" + dataset.title() + "\" has a place: there is no map to draw");
            return Optional.empty();
        }
        TimeRange span = dataset.span();
        double start = from.map(d -> (double) d.firstDay().toEpochDay()).orElse(span.start());
        double end = to.map(d -> (double) d.lastDay().toEpochDay() + 1).orElse(span.end());
        if (!(end > start)) {
            err.println(PROGRAM + ": the range from " + from.map(Object::toString).orElse("the start")
                    + " to " + to.map(Object::toString).orElse("the end") + " is empty");
            return Optional.empty();
        }
        TimeRange range = from.isEmpty() && to.isEmpty() ? null : new TimeRange(start, end);
        return Optional.of(() -> Pictures.map(dataset, range, size, stylesheets));
    }
}
