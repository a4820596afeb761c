package org.timelineexplorer.cli;

import org.timelineexplorer.export.PngFiles;
import org.timelineexplorer.export.pdf.HandoutContent;
import org.timelineexplorer.export.pdf.HandoutKind;
import org.timelineexplorer.export.pdf.HandoutOptions;
import org.timelineexplorer.export.pdf.HandoutPictures;
import org.timelineexplorer.export.pdf.Handouts;
import org.timelineexplorer.export.pdf.Paper;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.timelineexplorer.cli.CommandLine.FAILED;
import static org.timelineexplorer.cli.CommandLine.OK;
import static org.timelineexplorer.cli.CommandLine.PROGRAM;

/** {@code handout}: a PDF handout, poster or card sort of every event of a dataset, without a window. */
@Command(name = "handout", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Saves a PDF to print for class: a handout (title, eras, charts, events), a poster of the "
                + "whole timeline (one A3 page, or three overlapping pages to trim and glue) or a card sort (cards "
                + "without dates to cut out, and the answer key). Every kind ends with the events' sources."})
final class HandoutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--out", order = DataOption.ORDER + 1, paramLabel = "OUT.pdf", required = true,
            description = "The PDF to write; an existing file is replaced.")
    Path out;

    @Option(names = "--kind", order = DataOption.ORDER + 2, paramLabel = "KIND",
            description = "handout, poster or cards (default: ${DEFAULT-VALUE}).")
    String kind = HandoutKind.HANDOUT.option();

    @Option(names = "--paper", order = DataOption.ORDER + 3, paramLabel = "PAPER",
            description = "a4, a3 or letter (default: ${DEFAULT-VALUE}).")
    String paper = Paper.A4.option();

    @Option(names = "--landscape", order = DataOption.ORDER + 4,
            description = "Landscape pages (a poster's always are).")
    boolean landscape;

    @Option(names = "--series", order = DataOption.ORDER + 5, paramLabel = "ID", split = ",",
            description = "The charts of a handout, such as us-troops,us-deaths (default: every series).")
    List<String> series;

    private final List<String> stylesheets;

    HandoutCommand(List<String> stylesheets) {
        this.stylesheets = List.copyOf(stylesheets);
    }

    @Override
    public Integer call() {
        picocli.CommandLine command = spec.commandLine();
        HandoutOptions options = new HandoutOptions(
                choice("--kind", kind, HandoutKind.values(), HandoutKind::option, command),
                choice("--paper", paper, Paper.values(), Paper::option, command), landscape);
        CommandLine.outFile(out, ".pdf", command);
        PrintWriter err = command.getErr();
        Optional<Dataset> loaded = data.load(err);
        if (loaded.isEmpty()) {
            return FAILED;
        }
        Dataset dataset = loaded.get();
        Optional<List<FigureSeries>> charts = series == null ? Optional.of(dataset.series())
                : ExportChartCommand.named(dataset, ExportChartCommand.ids(series), err);
        if (charts.isEmpty()) {
            return FAILED;
        }
        Optional<HandoutContent> content = Offscreen.draw(() -> HandoutPictures.draw(dataset, dataset.events(),
                charts.get(), dataset.overview(), options, stylesheets), "the pictures", err);
        if (content.isEmpty()) {
            return FAILED;
        }
        try {
            int pages = Handouts.write(content.get(), options, out);
            command.getOut().println("saved " + out + " (" + options.kind().label().toLowerCase(Locale.ROOT) + ", "
                    + CommandLine.count(pages, "page") + ", " + options.paper().label()
                    + (options.landscapePages() ? " landscape" : " portrait") + ")");
            return OK;
        } catch (PngFiles.PngWriteException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            return FAILED;
        }
    }

    /** The one of {@code values} whose option name is {@code given}; a usage error naming them all if none is. */
    private static <T> T choice(String option, String given, T[] values, Function<T, String> name,
                                picocli.CommandLine command) {
        String wanted = given.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values).filter(value -> name.apply(value).equals(wanted)).findFirst()
                .orElseThrow(() -> new ParameterException(command, option + " must be "
                        + Arrays.stream(values).map(name).collect(Collectors.joining(", ")) + ", got \"" + given
                        + "\""));
    }
}
