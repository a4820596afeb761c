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
import static org.timelineexplorer.cli.CommandLine.TEXT;

/** {@code handout}: a PDF handout, poster or card sort of every event of a dataset, without a window. */
@Command(name = "handout", mixinStandardHelpOptions = true, sortOptions = false)
final class HandoutCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--out", order = DataOption.ORDER + 1, paramLabel = "OUT.pdf", required = true)
    Path out;

    @Option(names = "--kind", order = DataOption.ORDER + 2, paramLabel = "KIND")
    String kind = HandoutKind.HANDOUT.option();

    @Option(names = "--paper", order = DataOption.ORDER + 3, paramLabel = "PAPER")
    String paper = Paper.A4.option();

    @Option(names = "--landscape", order = DataOption.ORDER + 4)
    boolean landscape;

    @Option(names = "--series", order = DataOption.ORDER + 5, paramLabel = "ID", split = ",")
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
                charts.get(), dataset.overview(), options, stylesheets), TEXT.text("draw.pictures"), err);
        if (content.isEmpty()) {
            return FAILED;
        }
        try {
            int pages = Handouts.write(content.get(), options, out);
            command.getOut().println(TEXT.text("handout.saved", out, TEXT.text("handout.kind." + options.kind().option()),
                    pages, options.paper().label(), options.landscapePages() ? 1 : 0));
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
                .orElseThrow(() -> new ParameterException(command, TEXT.text("handout.choice", option,
                        Arrays.stream(values).map(name).collect(Collectors.joining(", ")), given)));
    }
}
