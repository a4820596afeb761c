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
        new DatesShown(from, to).check(command);
    }

    @Override
    Optional<Callable<WritableImage>> picture(Dataset dataset, PictureSize size, List<String> stylesheets,
                                              PrintWriter err) {
        if (dataset.events().stream().allMatch(e -> e.places().isEmpty())) {
            err.println(PROGRAM + ": no event of \"" + dataset.title() + "\" has a place: there is no map to draw");
            return Optional.empty();
        }
        DatesShown dates = new DatesShown(from, to);
        return dates.within(dataset.span(), err).map(shown -> () -> Pictures.map(dataset,
                dates.all() ? null : shown, size, stylesheets));
    }
}
