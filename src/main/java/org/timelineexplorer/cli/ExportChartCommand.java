package org.timelineexplorer.cli;

import org.timelineexplorer.export.PictureSize;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.timelineexplorer.cli.CommandLine.FAILED;
import static org.timelineexplorer.cli.CommandLine.PROGRAM;

/** {@code export-chart}: a chart of some of a dataset's figure series, as a PNG. */
@Command(name = "export-chart", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Saves a chart of the named figure series as a PNG, with its title and source credit; several "
                + "series stand one under another.")
final class ExportChartCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--series", paramLabel = "ID", split = ",", required = true,
            description = "The series to chart, such as us-troops,us-deaths.")
    List<String> series;

    @Mixin
    PictureExport picture = new PictureExport(Pictures.CHART_SIZE);

    private final List<String> stylesheets;

    ExportChartCommand(List<String> stylesheets) {
        this.stylesheets = List.copyOf(stylesheets);
    }

    @Override
    public Integer call() {
        picocli.CommandLine command = spec.commandLine();
        List<String> ids = series.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (ids.isEmpty()) {
            throw new ParameterException(command, "--series needs at least one series id");
        }
        Path out = picture.outFile(command);
        PictureSize size = picture.size(command);
        Optional<Dataset> loaded = picture.load(command.getErr());
        if (loaded.isEmpty()) {
            return FAILED;
        }
        Dataset dataset = loaded.get();
        List<FigureSeries> chosen = new ArrayList<>();
        for (String id : ids) {
            Optional<FigureSeries> found = dataset.series(id);
            if (found.isEmpty()) {
                command.getErr().println(PROGRAM + ": this dataset has no series \"" + id + "\"; it has: "
                        + (dataset.series().isEmpty() ? "none"
                        : dataset.series().stream().map(FigureSeries::id).collect(Collectors.joining(", "))));
                return FAILED;
            }
            chosen.add(found.get());
        }
        return PictureExport.save(out, () -> Pictures.chart(dataset, chosen, size, stylesheets),
                command.getOut(), command.getErr());
    }
}
