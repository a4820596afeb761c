package org.timelineexplorer.cli;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.model.Dataset;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.Optional;

import static org.timelineexplorer.cli.CommandLine.PROGRAM;
import static org.timelineexplorer.cli.CommandLine.TEXT;

/**
 * {@code --data FILE|NAME} of every command that draws a dataset without a window, mixed into each with
 * {@code @Mixin} so that its name, help and reading are one. Its {@code order} puts it after a command's own
 * options and before {@code --out}, which is {@link #ORDER} + 1 in every such command.
 */
final class DataOption {

    /** Where {@code --data} stands in a command's usage; the command's {@code --out} follows it. */
    static final int ORDER = 10;

    @Option(names = "--data", order = ORDER, paramLabel = CommandLine.DATA_LABEL)
    DataChoice data;

    /**
     * The dataset asked for, or the first bundled one when {@code --data} is not given, as it reads in the language
     * in use; on failure the problems are printed and empty returned.
     */
    Optional<Dataset> load(PrintWriter err) {
        DataChoice choice = Optional.ofNullable(data).orElse(new DataChoice.Bundled(BundledDataset.US_IRAQ));
        if (choice.missing().isPresent()) {
            err.println(PROGRAM + ": " + choice.missing().get());
            return Optional.empty();
        }
        LoadResult result = choice.open();
        if (result.dataset().isEmpty()) {
            String name = choice.name();
            err.println(PROGRAM + ": " + TEXT.text("data.doesNotOpen", name));
            result.errors().forEach(p -> err.println(p.format(name)));
            if (choice instanceof DataChoice.DataFile) {
                err.println(TEXT.text("data.runValidate", name));
            }
        }
        // The picture is for a class reading the language asked for: the dataset's translations into it, if any.
        return result.dataset().map(dataset -> dataset.shownIn(Messages.language().tag()));
    }
}
