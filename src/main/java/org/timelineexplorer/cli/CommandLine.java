package org.timelineexplorer.cli;

import org.timelineexplorer.model.HistoricalDate;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * The program's command line, read by picocli. With no command it asks for the window (optionally with
 * {@code --data FILE}); {@code validate}, {@code export-chart}, {@code export-timeline} and {@code export-map} run without a window and
 * end with an exit code: 0 done, 1 failed (a bad or missing file, a write that failed), 2 the command line itself was
 * wrong (the message and the command's usage are printed). {@code --help} and {@code --version} work everywhere, and
 * {@code generate-completion} prints a bash and zsh completion script. No stack trace is ever printed for a problem
 * with the user's files.
 */
public final class CommandLine {

    /** Not an exit code: {@link #run} returns it when the window should start. */
    public static final int START_GUI = -1;
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    static final String PROGRAM = "timeline-explorer";

    private CommandLine() {
    }

    /**
     * Runs the command line: the Launcher's whole logic.
     *
     * @param pictureStylesheets the look the exports draw pictures in, the app's stylesheet, so that a picture from
     *                           the command line looks as one from the window
     * @return an exit code (0, 1 or 2), or {@link #START_GUI} when the window should start; then
     * {@link #dataFile(List)} tells which file to open
     */
    public static int run(String[] args, PrintStream out, PrintStream err, List<String> pictureStylesheets) {
        picocli.CommandLine parser = parser(pictureStylesheets);
        parser.setOut(new PrintWriter(out, true));
        parser.setErr(new PrintWriter(err, true));
        parser.setParameterExceptionHandler(CommandLine::usageError);
        parser.setExecutionExceptionHandler((e, command, parsed) -> {
            // A bug of ours, not the user's: say so in one line, without a stack trace.
            command.getErr().println(PROGRAM + ": unexpected failure: " + e);
            return FAILED;
        });
        try {
            return parser.execute(args);
        } catch (LinkageError e) {
            err.println(PROGRAM + ": unexpected failure: " + e);
            return FAILED;
        } finally {
            parser.getOut().flush();
            parser.getErr().flush();
        }
    }

    /**
     * The dataset file a window start asks for, read from the raw arguments (as the Application's
     * {@code getParameters().getRaw()} gives them): the value of {@code --data FILE} or {@code --data=FILE}.
     */
    public static Optional<Path> dataFile(List<String> rawArgs) {
        picocli.CommandLine parser = parser(List.of());
        try {
            ParseResult parsed = parser.parseArgs(rawArgs.toArray(String[]::new));
            Start start = parser.getCommand();
            return parsed.hasSubcommand() ? Optional.empty() : Optional.ofNullable(start.data);
        } catch (ParameterException e) {
            return Optional.empty();
        }
    }

    /** The version written in the jar's manifest, or "development" when run from classes. */
    public static String version() {
        return Optional.ofNullable(CommandLine.class.getPackage().getImplementationVersion()).orElse("development");
    }

    private static picocli.CommandLine parser(List<String> pictureStylesheets) {
        picocli.CommandLine parser = new picocli.CommandLine(new Start())
                .addSubcommand(new ValidateCommand())
                .addSubcommand(new ExportChartCommand(pictureStylesheets))
                .addSubcommand(new ExportTimelineCommand(pictureStylesheets))
                .addSubcommand(new ExportMapCommand(pictureStylesheets))
                .addSubcommand(new AutoComplete.GenerateCompletion())
                .registerConverter(HistoricalDate.class, HistoricalDate::parse);
        parser.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        return parser;
    }

    /** A command line that does not make sense: the reason in our words, then the command's usage; exit 2. */
    private static int usageError(ParameterException e, String[] args) {
        PrintWriter err = e.getCommandLine().getErr();
        err.println(PROGRAM + ": " + reason(e, List.of(args)));
        err.println();
        e.getCommandLine().usage(err);
        return USAGE;
    }

    private static String reason(ParameterException e, List<String> args) {
        if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String arg = unmatched.getUnmatched().get(0);
            if (arg.startsWith("-")) {
                return "unknown option " + arg.replaceFirst("=.*", "");
            }
            boolean atTop = e.getCommandLine().getParent() == null;
            return (atTop ? "unknown command \"" : "unexpected argument \"") + arg + "\"";
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return name(overwritten.getOverwritten()) + " is given twice";
        }
        if (e.getArgSpec() != null && e.getCause() instanceof InvalidPathException) {
            return name(e.getArgSpec()) + ": \"" + e.getValue() + "\" is not a usable file name";
        }
        if (e.getArgSpec() != null && e.getCause() instanceof DateTimeException date) {
            return name(e.getArgSpec()) + ": " + date.getMessage();
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            String name = name(arg);
            boolean given = args.stream().anyMatch(a -> a.equals(name) || a.startsWith(name + "="));
            return !given ? name + " is required"
                    : name + " needs " + ("FILE".equals(arg.paramLabel()) ? "a FILE" : "a value");
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** With no command: start the window. */
    @Command(name = PROGRAM, mixinStandardHelpOptions = true, versionProvider = Version.class,
            synopsisHeading = "Usage:%n",
            customSynopsis = {
                "  java -jar timeline-explorer.jar [--data FILE]       start the app",
                "  java -jar timeline-explorer.jar COMMAND [OPTIONS]   run COMMAND, no window",
                "  java -jar timeline-explorer.jar COMMAND --help      COMMAND's options"},
            description = {"", "Timeline Explorer: a classroom timeline of events, eras and figures."},
            optionListHeading = "%nOptions:%n", commandListHeading = "%nCommands:%n",
            footerHeading = "%n", footer = {"Exit codes: 0 done, 1 failed (the message says why), 2 the command line"
                    + " was wrong (the usage is printed)."})
    static final class Start implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", paramLabel = "FILE",
                description = "A dataset or TimelineJS file to open instead of the bundled dataset.")
        Path data;

        /** Read by the window itself; allowed here so that it passes through. */
        @Option(names = "--measure-startup", hidden = true)
        boolean measureStartup;

        @Override
        public Integer call() {
            if (data != null && data.toString().isEmpty()) {
                throw new ParameterException(spec.commandLine(), "--data needs a FILE");
            }
            if (data != null && !Files.isRegularFile(data)) {
                spec.commandLine().getErr().println(PROGRAM + ": " + data + ": there is no such file");
                return FAILED;
            }
            return START_GUI;
        }
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Timeline Explorer " + version()};
        }
    }
}
