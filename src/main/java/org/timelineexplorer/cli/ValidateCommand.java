package org.timelineexplorer.cli;

import org.timelineexplorer.io.DatasetOpener;
import org.timelineexplorer.io.LoadResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static org.timelineexplorer.cli.CommandLine.FAILED;
import static org.timelineexplorer.cli.CommandLine.OK;
import static org.timelineexplorer.cli.CommandLine.PROGRAM;
import static org.timelineexplorer.cli.CommandLine.TEXT;

/** {@code validate FILE}: every problem of a dataset or TimelineJS file, the way editors jump to them. */
@Command(name = "validate", mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** A list, so that "exactly one" is our message rather than two of picocli's. */
    @Parameters(paramLabel = "FILE", arity = "0..*", descriptionKey = "validate.file")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        if (files.size() != 1) {
            throw new ParameterException(spec.commandLine(), TEXT.text("validate.oneFile"));
        }
        Path file = files.get(0);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(file)) {
            err.println(PROGRAM + ": " + TEXT.text("file.missing", file));
            return FAILED;
        }
        if (Files.isDirectory(file)) {
            err.println(PROGRAM + ": " + TEXT.text("file.folder", file));
            return FAILED;
        }
        if (!Files.isReadable(file)) {
            err.println(PROGRAM + ": " + TEXT.text("file.denied", file));
            return FAILED;
        }
        LoadResult result = DatasetOpener.open(file);
        ReadReport.printProblems(result, file.toString(), out);
        int warnings = result.warnings().size();
        if (result.dataset().isPresent()) {
            out.println(TEXT.text("validate.valid", ReadReport.contents(result.dataset().get()), warnings));
            return OK;
        }
        out.println(ReadReport.problemCount(result));
        return FAILED;
    }
}
