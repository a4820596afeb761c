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
import static org.timelineexplorer.cli.CommandLine.count;

/** {@code validate FILE}: every problem of a dataset or TimelineJS file, the way editors jump to them. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Checks a dataset (or TimelineJS) file and lists every problem as "
                + "FILE:LINE:COLUMN: PATH: message, then a summary.",
                "Exit code 0 when the file opens (warnings allowed), 1 when it does not."})
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** A list, so that "exactly one" is our message rather than two of picocli's. */
    @Parameters(paramLabel = "FILE", arity = "0..*", description = "The file to check.")
    List<Path> files = List.of();

    @Override
    public Integer call() {
        if (files.size() != 1) {
            throw new ParameterException(spec.commandLine(), "validate takes exactly one FILE");
        }
        Path file = files.get(0);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(file)) {
            err.println(PROGRAM + ": " + file + ": there is no such file");
            return FAILED;
        }
        if (Files.isDirectory(file)) {
            err.println(PROGRAM + ": " + file + ": this is a folder, not a dataset file");
            return FAILED;
        }
        if (!Files.isReadable(file)) {
            err.println(PROGRAM + ": " + file + ": the file may not be read (permission denied)");
            return FAILED;
        }
        LoadResult result = DatasetOpener.open(file);
        ReadReport.printProblems(result, file.toString(), out);
        int warnings = result.warnings().size();
        if (result.dataset().isPresent()) {
            out.println("valid: " + ReadReport.contents(result.dataset().get())
                    + (warnings > 0 ? " (" + count(warnings, "warning") + ")" : ""));
            return OK;
        }
        out.println(ReadReport.problemCount(result));
        return FAILED;
    }
}
