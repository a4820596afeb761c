package org.timelineexplorer.cli;

import javafx.scene.image.WritableImage;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.HeadlessFx;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.PictureSize;
import org.timelineexplorer.export.Pictures;
import org.timelineexplorer.export.PngFiles;
import org.timelineexplorer.io.DatasetOpener;
import org.timelineexplorer.io.DatasetReader;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.io.Problem;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.FigureSeries;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.TimeRange;

import java.awt.image.BufferedImage;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The program's command line. With no command it asks for the window (optionally with {@code --data FILE});
 * {@code validate}, {@code export-chart} and {@code export-timeline} run without a window and end with an exit code:
 * 0 done, 1 failed (a bad or missing file, a write that failed), 2 the command line itself was wrong (the usage is
 * printed). No stack trace is ever printed for a problem with the user's files.
 */
public final class CommandLine {

    /** Not an exit code: {@link #run} returns it when the window should start. */
    public static final int START_GUI = -1;
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;

    static final String PROGRAM = "timeline-explorer";

    public static final String USAGE_TEXT = """
            Usage:
              java -jar timeline-explorer.jar [--data FILE]
                  Start the app, opening FILE instead of the bundled dataset.
              java -jar timeline-explorer.jar validate FILE
                  Check a dataset (or TimelineJS) file and list every problem as FILE:LINE:COLUMN: PATH: message.
                  Exit code 0 when the file opens (warnings allowed), 1 when it does not.
              java -jar timeline-explorer.jar export-chart [--data FILE] --series ID[,ID...] --out OUT.png
                                                         [--width W] [--height H] [--scale S]
                  Save a chart of the named figure series as a PNG, with title and source credit.
              java -jar timeline-explorer.jar export-timeline [--data FILE] [--from DATE] [--to DATE] --out OUT.png
                                                            [--width W] [--height H] [--scale S]
                  Save the timeline from DATE to DATE (YYYY, YYYY-MM or YYYY-MM-DD; default: all of it) as a PNG.
              java -jar timeline-explorer.jar --help | --version

            Sizes: W x H is the whole picture, the title band (48) and the credit band (40) inside it (chart
            960 x 540, timeline 1600 x 600 by default); S is 1, 2 or 3, or any number from 0.5 to 4 (default: 2,
            sharp on projectors and in slides). The PNG is W*S x H*S pixels: --width 1600 --height 900 --scale 2
            gives a 3200 x 1800 slide. Without --data the bundled dataset is used.
            """;

    /** What the command line asks for. */
    public sealed interface Command permits Gui, Help, Version, Validate, ExportChart, ExportTimeline {
    }

    /** Start the window, opening {@code data} when given; {@code passThrough} are flags the app reads itself. */
    public record Gui(Optional<Path> data, List<String> passThrough) implements Command {
    }

    public record Help() implements Command {
    }

    public record Version() implements Command {
    }

    public record Validate(Path file) implements Command {
    }

    /** Sizes are in layout pixels before {@code scale}. */
    public record ExportChart(Optional<Path> data, List<String> seriesIds, Path out, int width, int height,
                              double scale) implements Command {
    }

    public record ExportTimeline(Optional<Path> data, Optional<HistoricalDate> from, Optional<HistoricalDate> to,
                                 Path out, int width, int height, double scale) implements Command {
    }

    /** A command line that does not make sense; the message says why. */
    public static final class UsageException extends Exception {
        public UsageException(String message) {
            super(message);
        }
    }

    /** Flags the window reads itself, passed through untouched. */
    static final Set<String> GUI_FLAGS = Set.of("--measure-startup");

    private CommandLine() {
    }

    /**
     * Runs the command line: the Launcher's whole logic.
     *
     * @return an exit code (0, 1 or 2), or {@link #START_GUI} when the window should start; then
     * {@link #dataFile(List)} tells which file to open
     */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        Command command;
        try {
            command = parse(args);
        } catch (UsageException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            err.println();
            err.print(USAGE_TEXT);
            return USAGE;
        }
        try {
            if (command instanceof Gui gui) {
                if (gui.data().isPresent() && !Files.isRegularFile(gui.data().get())) {
                    err.println(PROGRAM + ": " + gui.data().get() + ": there is no such file");
                    return FAILED;
                }
                return START_GUI;
            } else if (command instanceof Help) {
                out.print(USAGE_TEXT);
                return OK;
            } else if (command instanceof Version) {
                out.println("Timeline Explorer " + version());
                return OK;
            } else if (command instanceof Validate validate) {
                return validate(validate.file(), out, err);
            } else if (command instanceof ExportChart chart) {
                return exportChart(chart, out, err);
            } else if (command instanceof ExportTimeline timeline) {
                return exportTimeline(timeline, out, err);
            }
            throw new IllegalStateException("unhandled command " + command);
        } catch (RuntimeException | LinkageError e) {
            // A bug of ours, not the user's: say so in one line, without a stack trace.
            err.println(PROGRAM + ": unexpected failure: " + e);
            return FAILED;
        }
    }

    /**
     * The dataset file a window start asks for, read from the raw arguments (as the Application's
     * {@code getParameters().getRaw()} gives them): the value after {@code --data} or of {@code --data=FILE}.
     */
    public static Optional<Path> dataFile(List<String> rawArgs) {
        try {
            Command command = parse(rawArgs.toArray(String[]::new));
            return command instanceof Gui gui ? gui.data() : Optional.empty();
        } catch (UsageException e) {
            return Optional.empty();
        }
    }

    /** The version written in the jar's manifest, or "development" when run from classes. */
    public static String version() {
        return Optional.ofNullable(CommandLine.class.getPackage().getImplementationVersion()).orElse("development");
    }

    /** Reads the arguments into a command, checking every value. */
    public static Command parse(String[] args) throws UsageException {
        List<String> list = Arrays.asList(args);
        if (list.contains("--help") || list.contains("-h")) {
            return new Help();
        }
        if (list.contains("--version")) {
            return new Version();
        }
        if (list.isEmpty() || list.get(0).startsWith("-")) {
            return gui(list);
        }
        String name = list.get(0);
        List<String> rest = list.subList(1, list.size());
        return switch (name) {
            case "validate" -> {
                Options options = Options.of(rest, Set.of());
                if (options.positional.size() != 1) {
                    throw new UsageException("validate takes exactly one FILE");
                }
                yield new Validate(path(options.positional.get(0), "FILE"));
            }
            case "export-chart" -> {
                Options options = Options.of(rest, Set.of("--data", "--series", "--out", "--width", "--height", "--scale"));
                options.noPositional();
                List<String> ids = Arrays.stream(options.required("--series").split(","))
                        .map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
                if (ids.isEmpty()) {
                    throw new UsageException("--series needs at least one series id");
                }
                yield new ExportChart(options.path("--data"), ids, png(options.required("--out")),
                        options.size("--width", 960), options.size("--height", 540),
                        options.scale(ImageExport.DEFAULT_SCALE));
            }
            case "export-timeline" -> {
                Options options = Options.of(rest, Set.of("--data", "--from", "--to", "--out", "--width", "--height",
                        "--scale"));
                options.noPositional();
                Optional<HistoricalDate> from = options.date("--from");
                Optional<HistoricalDate> to = options.date("--to");
                if (from.isPresent() && to.isPresent() && to.get().lastDay().isBefore(from.get().firstDay())) {
                    throw new UsageException("--to " + to.get() + " is before --from " + from.get());
                }
                yield new ExportTimeline(options.path("--data"), from, to, png(options.required("--out")),
                        options.size("--width", 1600), options.size("--height", 600),
                        options.scale(ImageExport.DEFAULT_SCALE));
            }
            default -> throw new UsageException("unknown command \"" + name + "\"");
        };
    }

    private static Gui gui(List<String> args) throws UsageException {
        Optional<Path> data = Optional.empty();
        List<String> passThrough = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--data") || arg.startsWith("--data=")) {
                if (data.isPresent()) {
                    throw new UsageException("--data is given twice");
                }
                String value = arg.startsWith("--data=") ? arg.substring("--data=".length())
                        : i + 1 < args.size() ? args.get(++i) : null;
                if (value == null || value.isBlank()) {
                    throw new UsageException("--data needs a FILE");
                }
                data = Optional.of(path(value, "--data"));
            } else if (GUI_FLAGS.contains(arg)) {
                passThrough.add(arg);
            } else {
                throw new UsageException(arg.startsWith("-") ? "unknown option " + arg : "unknown command \"" + arg + "\"");
            }
        }
        return new Gui(data, List.copyOf(passThrough));
    }

    private static Path path(String value, String what) throws UsageException {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UsageException(what + ": \"" + value + "\" is not a usable file name");
        }
    }

    private static Path png(String value) throws UsageException {
        if (!value.toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new UsageException("--out must name a .png file, got \"" + value + "\"");
        }
        return path(value, "--out");
    }

    /** {@code --name value} and {@code --name=value} options, each at most once, and positional arguments. */
    private static final class Options {
        final Map<String, String> values = new LinkedHashMap<>();
        final List<String> positional = new ArrayList<>();

        static Options of(List<String> args, Set<String> known) throws UsageException {
            Options options = new Options();
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (!arg.startsWith("--")) {
                    options.positional.add(arg);
                    continue;
                }
                int equals = arg.indexOf('=');
                String name = equals < 0 ? arg : arg.substring(0, equals);
                if (!known.contains(name)) {
                    throw new UsageException("unknown option " + name);
                }
                String value = equals >= 0 ? arg.substring(equals + 1) : i + 1 < args.size() ? args.get(++i) : null;
                if (value == null || value.isBlank()) {
                    throw new UsageException(name + " needs a value");
                }
                if (options.values.put(name, value) != null) {
                    throw new UsageException(name + " is given twice");
                }
            }
            return options;
        }

        void noPositional() throws UsageException {
            if (!positional.isEmpty()) {
                throw new UsageException("unexpected argument \"" + positional.get(0) + "\"");
            }
        }

        String required(String name) throws UsageException {
            String value = values.get(name);
            if (value == null) {
                throw new UsageException(name + " is required");
            }
            return value;
        }

        Optional<Path> path(String name) throws UsageException {
            String value = values.get(name);
            return value == null ? Optional.empty() : Optional.of(CommandLine.path(value, name));
        }

        int size(String name, int fallback) throws UsageException {
            String value = values.get(name);
            if (value == null) {
                return fallback;
            }
            try {
                int size = Integer.parseInt(value);
                if (size >= 100 && size <= 10_000) {
                    return size;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException(name + " must be a whole number of pixels from 100 to 10000, got \"" + value + "\"");
        }

        double scale(double fallback) throws UsageException {
            String value = values.get("--scale");
            if (value == null) {
                return fallback;
            }
            try {
                double scale = Double.parseDouble(value.replaceFirst("(?i)x$", ""));
                if (scale >= 0.5 && scale <= 4) {
                    return scale;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new UsageException("--scale must be a number from 0.5 to 4 (1, 2 or 3 usually), got \"" + value + "\"");
        }

        Optional<HistoricalDate> date(String name) throws UsageException {
            String value = values.get(name);
            if (value == null) {
                return Optional.empty();
            }
            try {
                return Optional.of(HistoricalDate.parse(value));
            } catch (DateTimeException e) {
                throw new UsageException(name + ": " + e.getMessage());
            }
        }
    }

    // ---- validate ----

    static int validate(Path file, PrintStream out, PrintStream err) {
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
        String name = file.toString();
        for (Problem problem : result.problems()) {
            out.println(problem.isError() ? problem.format(name)
                    : new Problem(problem.severity(), problem.line(), problem.column(), problem.path(),
                    "warning: " + problem.message()).format(name));
        }
        int errors = result.errors().size();
        int warnings = result.warnings().size();
        if (result.dataset().isPresent()) {
            Dataset dataset = result.dataset().get();
            out.println("valid: " + count(dataset.events().size(), "event") + ", " + count(dataset.eras().size(), "era")
                    + ", " + dataset.series().size() + " series"
                    + (warnings > 0 ? " (" + count(warnings, "warning") + ")" : ""));
            return OK;
        }
        out.println(count(errors, "error") + ", " + count(warnings, "warning"));
        return FAILED;
    }

    static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    // ---- export ----

    /** The dataset asked for, or the bundled one; on failure the problems are printed and empty returned. */
    private static Optional<Dataset> load(Optional<Path> data, PrintStream err) {
        if (data.isPresent() && !Files.isRegularFile(data.get())) {
            err.println(PROGRAM + ": " + data.get() + ": there is no such file");
            return Optional.empty();
        }
        LoadResult result = data.map(DatasetOpener::open).orElseGet(() -> new DatasetReader().readBundled());
        if (result.dataset().isEmpty()) {
            String name = data.map(Path::toString).orElse(DatasetReader.BUNDLED_RESOURCE);
            err.println(PROGRAM + ": " + name + " does not open:");
            result.errors().forEach(p -> err.println(p.format(name)));
            err.println("(run: java -jar timeline-explorer.jar validate " + name + ")");
        }
        return result.dataset();
    }

    static int exportChart(ExportChart command, PrintStream out, PrintStream err) {
        Optional<Dataset> loaded = load(command.data(), err);
        if (loaded.isEmpty()) {
            return FAILED;
        }
        Dataset dataset = loaded.get();
        List<FigureSeries> series = new ArrayList<>();
        for (String id : command.seriesIds()) {
            Optional<FigureSeries> found = dataset.series(id);
            if (found.isEmpty()) {
                err.println(PROGRAM + ": this dataset has no series \"" + id + "\"; it has: "
                        + (dataset.series().isEmpty() ? "none"
                        : dataset.series().stream().map(FigureSeries::id).collect(Collectors.joining(", "))));
                return FAILED;
            }
            series.add(found.get());
        }
        PictureSize size = new PictureSize(command.width(), command.height(), command.scale());
        return render(command.out(), out, err, () -> Pictures.chart(dataset, series, size, stylesheet()));
    }

    static int exportTimeline(ExportTimeline command, PrintStream out, PrintStream err) {
        Optional<Dataset> loaded = load(command.data(), err);
        if (loaded.isEmpty()) {
            return FAILED;
        }
        Dataset dataset = loaded.get();
        TimeRange span = dataset.span();
        double start = command.from().map(d -> (double) d.firstDay().toEpochDay()).orElse(span.start());
        double end = command.to().map(d -> (double) d.lastDay().toEpochDay() + 1).orElse(span.end());
        if (!(end > start)) {
            err.println(PROGRAM + ": the range from " + command.from().map(Object::toString).orElse("the start")
                    + " to " + command.to().map(Object::toString).orElse("the end") + " is empty");
            return FAILED;
        }
        TimeRange range = command.from().isEmpty() && command.to().isEmpty()
                ? dataset.overview() : new TimeRange(start, end);
        PictureSize size = new PictureSize(command.width(), command.height(), command.scale());
        return render(command.out(), out, err, () -> Pictures.timeline(dataset, range, size, stylesheet()));
    }

    /** The app's stylesheet, so that pictures from the command line look as they do in the window. */
    private static List<String> stylesheet() {
        return List.of(org.timelineexplorer.ui.ViewLoader.stylesheet());
    }

    private static int render(Path target, PrintStream out, PrintStream err,
                              java.util.concurrent.Callable<WritableImage> picture) {
        BufferedImage image;
        try {
            HeadlessFx.ensureStarted();
            image = ImageExport.toOpaqueRgb(FxThread.call(picture));
        } catch (IllegalStateException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            return FAILED;
        } catch (Exception e) {
            err.println(PROGRAM + ": could not draw the picture: " + e);
            return FAILED;
        }
        try {
            PngFiles.write(image, target);
        } catch (PngFiles.PngWriteException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            return FAILED;
        }
        out.println("saved " + target + " (" + image.getWidth() + " x " + image.getHeight() + " pixels)");
        return OK;
    }
}
