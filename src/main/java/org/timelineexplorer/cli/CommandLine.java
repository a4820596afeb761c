package org.timelineexplorer.cli;

import org.timelineexplorer.i18n.Language;
import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.model.HistoricalDate;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.UsageMessageSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

/**
 * The program's command line, read by picocli. With no command it asks for the window (optionally with
 * {@code --data FILE} or {@code --data NAME}, a bundled dataset; see {@link DataChoice}); {@code validate},
 * {@code convert}, {@code export-chart}, {@code export-timeline}, {@code export-map} and {@code handout} run without
 * a window and end with an exit code: 0 done, 1 failed (a bad or missing file, a write that failed), 2 the command
 * line itself was wrong (the message and the command's usage are printed). {@code --help} and {@code --version} work
 * everywhere, and {@code generate-completion} prints a bash and zsh completion script. No stack trace is ever printed
 * for a problem with the user's files.
 *
 * <p>Every word printed, usage and messages alike, comes from this package's {@code messages*.properties}, in the
 * language {@code --lang} names anywhere on the line, or else the system's: picocli reads the usage from the same
 * bundle, its keys qualified by the command's name ({@code timeline-explorer.validate.usage.description}).
 */
public final class CommandLine {

    /** Not an exit code: {@link #run} returns it when the window should start. */
    public static final int START_GUI = -1;
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    static final String PROGRAM = "timeline-explorer";
    /** What {@code --data} takes, in every command's usage. */
    static final String DATA_LABEL = "FILE|NAME";
    private static final String BUNDLED_SECTION = "bundledDatasets";
    /** The command line's texts, in the language of the command being run. */
    static final Messages TEXT = Messages.of(CommandLine.class);

    private CommandLine() {
    }

    /**
     * Runs the command line: the Launcher's whole logic.
     *
     * @param pictureStylesheets the look the exports draw pictures in, the app's stylesheet, so that a picture from
     *                           the command line looks as one from the window
     * @return an exit code (0, 1 or 2), or {@link #START_GUI} when the window should start; then
     * {@link #data(List)} tells which dataset to open
     */
    public static int run(String[] args, PrintStream out, PrintStream err, List<String> pictureStylesheets) {
        return run(args, out, err, () -> pictureStylesheets);
    }

    /**
     * {@link #run(String[], PrintStream, PrintStream, List)} with the stylesheets asked for once the command's
     * language is in use, since the window's look depends on it (in Arabic, the Arabic face).
     */
    public static int run(String[] args, PrintStream out, PrintStream err,
                          Supplier<List<String>> pictureStylesheets) {
        if (startsWindowQuietly(args)) {
            return START_GUI;
        }
        Language before = Messages.language();
        Messages.use(languageAsked(args).orElse(Language.forSystem(Locale.getDefault())));
        try {
            return runCommand(args, out, err, pictureStylesheets.get());
        } finally {
            Messages.use(before);
        }
    }

    private static int runCommand(String[] args, PrintStream out, PrintStream err, List<String> pictureStylesheets) {
        picocli.CommandLine parser = parser(pictureStylesheets);
        parser.setOut(new PrintWriter(out, true));
        parser.setErr(new PrintWriter(err, true));
        parser.setParameterExceptionHandler(CommandLine::usageError);
        parser.setExecutionExceptionHandler((e, command, parsed) -> {
            // A bug of ours, not the user's: say so in one line, without a stack trace.
            command.getErr().println(PROGRAM + ": " + TEXT.text("unexpectedFailure", e));
            return FAILED;
        });
        try {
            return parser.execute(args);
        } catch (LinkageError e) {
            err.println(PROGRAM + ": " + TEXT.text("unexpectedFailure", e));
            return FAILED;
        } finally {
            parser.getOut().flush();
            parser.getErr().flush();
        }
    }

    /**
     * The dataset a window start asks for, read from the raw arguments (as the Application's
     * {@code getParameters().getRaw()} gives them): the value of {@code --data FILE|NAME} or {@code --data=FILE|NAME}.
     */
    public static Optional<DataChoice> data(List<String> rawArgs) {
        return windowStart(rawArgs).map(start -> start.data);
    }

    /**
     * The interface language a window start asks for with {@code --lang TAG} ("fr", "ar", "en"), from the raw
     * arguments as {@link #data(List)} reads them; empty when none is asked for, or when the tag names a language
     * the app does not have (the window then chooses as it would without it).
     */
    public static Optional<Language> language(List<String> rawArgs) {
        return windowStart(rawArgs).flatMap(start -> Language.forTag(start.language));
    }

    /** The window's start options in the raw arguments; empty for none, or for a command's or a mistake. */
    private static Optional<Start> windowStart(List<String> rawArgs) {
        if (rawArgs.isEmpty()) {
            return Optional.empty();
        }
        picocli.CommandLine parser = windowStartParser();
        try {
            parser.parseArgs(rawArgs.toArray(String[]::new));
            return Optional.of(parser.getCommand());
        } catch (ParameterException e) {
            return Optional.empty(); // a command's arguments, or arguments that start nothing
        }
    }

    /**
     * The language {@code --lang TAG} or {@code --lang=TAG} asks for, wherever it stands among {@code args} (before
     * or after a command, as picocli's inherited option takes it), read before picocli so that the usage it prints
     * is already in that language. Empty without one, or for a tag of a language the app does not have.
     */
    private static Optional<Language> languageAsked(String[] args) {
        for (int i = 0; i < args.length && !args[i].equals("--"); i++) {
            if (args[i].equals("--lang") && i + 1 < args.length) {
                return Language.forTag(args[i + 1]);
            }
            if (args[i].startsWith("--lang=")) {
                return Language.forTag(args[i].substring("--lang=".length()));
            }
        }
        return Optional.empty();
    }

    /**
     * Whether {@code args} start the window with nothing to print first, told by the window's own options alone: the
     * commands' options, which picocli reads by reflection over six classes and which load the export and PDF
     * code, are then never read, and the window starts sooner. Anything else (a command, {@code --help}, a mistake)
     * goes through the whole command line.
     */
    private static boolean startsWindowQuietly(String[] args) {
        if (args.length == 0) {
            return true; // as a desktop's menu starts the app: picocli itself takes a tenth of a second to load
        }
        picocli.CommandLine parser = windowStartParser();
        try {
            ParseResult parsed = parser.parseArgs(args);
            Start start = parser.getCommand();
            return !parsed.isUsageHelpRequested() && !parsed.isVersionHelpRequested() && start.startsQuietly();
        } catch (ParameterException e) {
            return false;
        }
    }

    /** The window's start alone, without the commands: it reads {@code --data} and what the window takes. */
    private static picocli.CommandLine windowStartParser() {
        return new picocli.CommandLine(new Start()).registerConverter(DataChoice.class, DataChoice::of);
    }

    /** The version written in the jar's manifest, or "development" when run from classes. */
    public static String version() {
        return Optional.ofNullable(CommandLine.class.getPackage().getImplementationVersion()).orElse("development");
    }

    private static picocli.CommandLine parser(List<String> pictureStylesheets) {
        picocli.CommandLine parser = new picocli.CommandLine(new Start())
                .addSubcommand(new ValidateCommand())
                .addSubcommand(new ConvertCommand())
                .addSubcommand(new ExportChartCommand(pictureStylesheets))
                .addSubcommand(new ExportTimelineCommand(pictureStylesheets))
                .addSubcommand(new ExportMapCommand(pictureStylesheets))
                .addSubcommand(new HandoutCommand(pictureStylesheets))
                .addSubcommand(new AutoComplete.GenerateCompletion())
                .registerConverter(HistoricalDate.class, HistoricalDate::parse)
                .registerConverter(DataChoice.class, DataChoice::of);
        parser.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        parser.setResourceBundle(TEXT.bundle());
        List<picocli.CommandLine> commands = new ArrayList<>(List.of(parser));
        commands.addAll(parser.getSubcommands().values());
        commands.stream().filter(command -> command.getCommandSpec().findOption("--data") != null)
                .forEach(CommandLine::listBundledDatasets);
        return parser;
    }

    /**
     * Adds the bundled datasets, which {@code --data NAME} takes, to {@code command}'s usage, above its footer. A
     * section rather than completion candidates, so that shell completion of {@code --data} still offers files.
     */
    private static void listBundledDatasets(picocli.CommandLine command) {
        // On the command's own usage: CommandLine's setters would pass the section on to every subcommand.
        UsageMessageSpec usage = command.getCommandSpec().usageMessage();
        List<String> keys = new ArrayList<>(usage.sectionKeys());
        keys.add(keys.indexOf(UsageMessageSpec.SECTION_KEY_FOOTER_HEADING), BUNDLED_SECTION);
        usage.sectionKeys(keys);
        usage.sectionMap().put(BUNDLED_SECTION, help -> {
            StringBuilder text = new StringBuilder(String.format("%n%s%n", TEXT.text("bundledDatasets")));
            for (BundledDataset bundled : BundledDataset.ALL) {
                text.append(String.format("  %-24s %s%s%n", bundled.id(), bundled.title(),
                        bundled == BundledDataset.US_IRAQ ? " " + TEXT.text("bundledDatasets.default") : ""));
            }
            return text.toString();
        });
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
                return TEXT.text("usage.unknownOption", arg.replaceFirst("=.*", ""));
            }
            boolean atTop = e.getCommandLine().getParent() == null;
            return TEXT.text(atTop ? "usage.unknownCommand" : "usage.unexpectedArgument", arg);
        }
        if (e instanceof OverwrittenOptionException overwritten) {
            return TEXT.text("usage.givenTwice", name(overwritten.getOverwritten()));
        }
        if (e.getArgSpec() != null && e.getCause() instanceof InvalidPathException) {
            return TEXT.text("usage.badFileName", name(e.getArgSpec()), e.getValue());
        }
        if (e.getArgSpec() != null && e.getCause() instanceof DateTimeException date) {
            return name(e.getArgSpec()) + ": " + date.getMessage();
        }
        if (e.getArgSpec() != null && e.getCause() instanceof DataChoice.UnknownName unknown) {
            return name(e.getArgSpec()) + ": " + unknown.getMessage();
        }
        if (e instanceof MissingParameterException missing && !missing.getMissing().isEmpty()) {
            ArgSpec arg = missing.getMissing().get(0);
            String name = name(arg);
            boolean given = args.stream().anyMatch(a -> a.equals(name) || a.startsWith(name + "="));
            return !given ? TEXT.text("usage.required", name)
                    : arg.paramLabel().startsWith("FILE") ? TEXT.text("usage.needsFile", name, arg.paramLabel())
                    : TEXT.text("usage.needsValue", name);
        }
        return e.getMessage();
    }

    private static String name(ArgSpec arg) {
        return arg instanceof OptionSpec option ? option.longestName() : arg.paramLabel();
    }

    /** {@code out}, when its name ends in {@code extension} (".png"); else a usage error saying so. */
    static Path outFile(Path out, String extension, picocli.CommandLine command) {
        if (!out.toString().toLowerCase(Locale.ROOT).endsWith(extension)) {
            throw new ParameterException(command, TEXT.text("usage.outExtension", extension, out));
        }
        return out;
    }


    /** With no command: start the window. */
    @Command(name = PROGRAM, mixinStandardHelpOptions = true, versionProvider = Version.class)
    static final class Start implements Callable<Integer> {

        @Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Option(names = "--data", paramLabel = DATA_LABEL)
        DataChoice data;

        /** Every command's, as the window's: {@link #languageAsked} reads it before picocli does. */
        @Option(names = "--lang", paramLabel = "LANGUAGE", scope = ScopeType.INHERIT)
        String language;

        /** Read by the window itself; allowed here so that it passes through. */
        @Option(names = "--measure-startup", hidden = true)
        boolean measureStartup;

        /** The window starts as asked: no {@code --data}, or one that names a dataset there is. */
        boolean startsQuietly() {
            return data == null || !data.name().isEmpty() && data.missing().isEmpty();
        }

        @Override
        public Integer call() {
            if (startsQuietly()) {
                return START_GUI;
            }
            if (data.name().isEmpty()) {
                throw new ParameterException(spec.commandLine(), TEXT.text("usage.needsFile", "--data", DATA_LABEL));
            }
            spec.commandLine().getErr().println(PROGRAM + ": " + data.missing().orElseThrow());
            return FAILED;
        }
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Timeline Explorer " + version()};
        }
    }
}
