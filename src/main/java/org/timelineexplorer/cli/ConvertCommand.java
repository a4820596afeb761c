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
import static org.timelineexplorer.cli.CommandLine.TEXT;

/** {@code convert IN OUT}: any file the app opens, written as the native JSON or the app's spreadsheet (CSV). */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** A list, so that "exactly two" is our message rather than picocli's. */
    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "convert.files")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        if (files.size() != 2) {
            throw new ParameterException(spec.commandLine(), TEXT.text("convert.inAndOut"));
        }
        Path in = files.get(0);
        Path out = files.get(1);
        String outName = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
        if (!outName.endsWith(".json") && !outName.endsWith(".csv")) {
            throw new ParameterException(spec.commandLine(), TEXT.text("convert.outFormat", out));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        LoadResult result = DatasetOpener.open(in);
        ReadReport.printProblems(result, in.toString(), stdout);
        if (result.dataset().isEmpty()) {
            stdout.println(TEXT.text("convert.nothingWritten", ReadReport.problemCount(result)));
            return FAILED;
        }
        Dataset dataset = result.dataset().get();
        try {
            DatasetWriter.save(dataset, out);
        } catch (SafeFile.SaveFailedException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            return FAILED;
        }
        stdout.println(TEXT.text("convert.wrote", out, ReadReport.contents(dataset)));
        return OK;
    }
}
