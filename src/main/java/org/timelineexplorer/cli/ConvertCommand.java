package org.timelineexplorer.cli;

import org.timelineexplorer.io.DatasetOpener;
import org.timelineexplorer.io.DatasetWriter;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.io.SafeFile;
import org.timelineexplorer.model.Dataset;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import static org.timelineexplorer.cli.CommandLine.FAILED;
import static org.timelineexplorer.cli.CommandLine.OK;
import static org.timelineexplorer.cli.CommandLine.PROGRAM;

/** {@code convert IN OUT}: any file the app opens, written as the native JSON or the app's spreadsheet (CSV). */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = {"Reads IN in any format the app opens (Timeline Explorer JSON, TimelineJS JSON, vis-timeline "
                + "JSON, a TimelineJS template or Timeline Explorer spreadsheet as CSV) and writes it to OUT: "
                + "Timeline Explorer's JSON for OUT.json, its spreadsheet layout for OUT.csv.",
                "A file already at OUT is kept as OUT.bak. Exit code 0 when written, 1 when IN has problems (listed "
                        + "as validate lists them) or OUT cannot be written."})
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** A list, so that "exactly two" is our message rather than picocli's. */
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "IN, then OUT (.json or .csv).")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        if (files.size() != 2) {
            throw new ParameterException(spec.commandLine(), "convert takes IN and OUT");
        }
        Path in = files.get(0);
        Path out = files.get(1);
        String outName = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!outName.endsWith(".json") && !outName.endsWith(".csv")) {
            throw new ParameterException(spec.commandLine(), "OUT must end in .json (Timeline Explorer's format) or "
                    + ".csv (its spreadsheet layout): \"" + out + "\"");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadResult result = DatasetOpener.open(in);
        ReadReport.printProblems(result, in.toString(), stdout);
        if (result.dataset().isEmpty()) {
            stdout.println(ReadReport.problemCount(result) + ": nothing written");
            return FAILED;
        }
        Dataset dataset = result.dataset().get();
        try {
            DatasetWriter.save(dataset, out);
        } catch (SafeFile.SaveFailedException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            return FAILED;
        }
        stdout.println("wrote " + out + ": " + ReadReport.contents(dataset));
        return OK;
    }
}
