package org.timelineexplorer.cli;

import javafx.scene.image.WritableImage;
import org.timelineexplorer.export.PictureSize;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import static org.timelineexplorer.cli.CommandLine.PROGRAM;
import static org.timelineexplorer.cli.CommandLine.TEXT;

/** {@code export-chart}: a chart of some of a dataset's figure series, as a PNG. */
@Command(name = "export-chart", mixinStandardHelpOptions = true, sortOptions = false)
final class ExportChartCommand extends ExportCommand {

    @Option(names = "--series", paramLabel = "ID", split = ",", required = true, order = 1)
    List<String> series;

    private List<String> ids;

    ExportChartCommand(List<String> stylesheets) {
        super(Pictures.CHART_SIZE, stylesheets);
    }

    @Override
    void checkOptions(picocli.CommandLine command) {
        ids = ids(series);
        if (ids.isEmpty()) {
            throw new ParameterException(command, TEXT.text("chart.noSeries"));
        }
    }

    @Override
    Optional<Callable<WritableImage>> picture(Dataset dataset, PictureSize size, List<String> stylesheets,
                                              PrintWriter err) {
        Optional<List<FigureSeries>> chosen = named(dataset, ids, err);
        return chosen.map(series -> () -> Pictures.chart(dataset, series, size, stylesheets));
    }

    /** The ids a {@code --series} list names: each once, in order, blanks left out. */
    static List<String> ids(List<String> given) {
        return given.stream().map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    /** The series of {@code dataset} with {@code ids}, in order; or empty, once {@code err} says which is missing. */
    static Optional<List<FigureSeries>> named(Dataset dataset, List<String> ids, PrintWriter err) {
        List<FigureSeries> chosen = new ArrayList<>();
        for (String id : ids) {
            Optional<FigureSeries> found = dataset.series(id);
            if (found.isEmpty()) {
                err.println(PROGRAM + ": " + TEXT.text("chart.unknownSeries", id, dataset.series().isEmpty()
                        ? TEXT.text("chart.none")
                        : dataset.series().stream().map(FigureSeries::id).collect(Collectors.joining(", "))));
                return Optional.empty();
            }
            chosen.add(found.get());
        }
        return Optional.of(chosen);
    }
}
