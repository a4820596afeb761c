package org.timelineexplorer.cli;

import javafx.scene.image.WritableImage;
import org.timelineexplorer.export.FxThread;
import org.timelineexplorer.export.HeadlessFx;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.PictureSize;
import org.timelineexplorer.export.PngFiles;
import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.io.LoadResult;
import org.timelineexplorer.model.Dataset;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;

import static org.timelineexplorer.cli.CommandLine.FAILED;
import static org.timelineexplorer.cli.CommandLine.OK;
import static org.timelineexplorer.cli.CommandLine.PROGRAM;

/**
 * What every export command is: the options {@code --data}, {@code --out}, {@code --width}, {@code --height} and
 * {@code --scale} with the same names, meanings and checks (an export adds its own to these), then the dataset read,
 * the picture drawn without a window and saved, with the same messages and exit codes. The sizes follow
 * {@link PictureSize}: the whole picture, bands included. A map or a PDF export is one more subclass.
 */
abstract class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--data", order = 10, paramLabel = CommandLine.DATA_LABEL, description = "The dataset or"
            + " TimelineJS file, or a bundled dataset by NAME (listed below; default: the first).")
    DataChoice data;

    @Option(names = "--out", order = 11, paramLabel = "OUT.png", required = true,
            description = "The PNG to write; an existing file is replaced.")
    Path out;

    @Option(names = "--width", order = 12, paramLabel = "W",
            description = "The whole picture's width, from 100 to 10000 (default: ${DEFAULT-VALUE}).")
    String width;

    @Option(names = "--height", order = 13, paramLabel = "H", description = "The whole picture's height, the title "
            + "and credit bands included, from 100 to 10000 (default: ${DEFAULT-VALUE}).")
    String height;

    @Option(names = "--scale", order = 14, paramLabel = "S", description = "Pixels per picture pixel: 1, 2 or 3, or "
            + "any number from 0.5 to 4 (default: ${DEFAULT-VALUE}, sharp on projectors). The PNG is W*S x H*S pixels.")
    String scale;

    private final List<String> stylesheets;

    /**
     * @param defaults    the command's own default size, which its help shows
     * @param stylesheets the look the picture is drawn in
     */
    ExportCommand(PictureSize defaults, List<String> stylesheets) {
        width = Integer.toString(defaults.width());
        height = Integer.toString(defaults.height());
        scale = String.format(Locale.ROOT, "%.0f", defaults.scale());
        this.stylesheets = List.copyOf(stylesheets);
    }

    /** Checks the command's own options; throws a {@link ParameterException} saying what is wrong. */
    abstract void checkOptions(picocli.CommandLine command);

    /**
     * How to draw the picture of {@code dataset} at {@code size} in {@code stylesheets}, on the JavaFX thread; or
     * empty, once {@code err} says why, when this dataset cannot make it.
     */
    abstract Optional<Callable<WritableImage>> picture(Dataset dataset, PictureSize size, List<String> stylesheets,
                                                       PrintWriter err);

    @Override
    public final Integer call() {
        picocli.CommandLine command = spec.commandLine();
        checkOptions(command);
        Path target = outFile(command);
        PictureSize size = size(command);
        Optional<Callable<WritableImage>> picture = load(data, command.getErr())
                .flatMap(dataset -> picture(dataset, size, stylesheets, command.getErr()));
        return picture.isEmpty() ? FAILED : save(target, picture.get(), command.getOut(), command.getErr());
    }

    private Path outFile(picocli.CommandLine command) {
        if (!out.toString().toLowerCase(Locale.ROOT).endsWith(".png")) {
            throw new ParameterException(command, "--out must name a .png file, got \"" + out + "\"");
        }
        return out;
    }

    /** The size asked for, checked: a usage error says what is wrong with it. */
    private PictureSize size(picocli.CommandLine command) {
        int w = side("--width", width, command);
        int h = side("--height", height, command);
        double s;
        try {
            s = Double.parseDouble(scale.strip().replaceFirst("(?i)x$", ""));
        } catch (NumberFormatException e) {
            s = Double.NaN;
        }
        if (!(s >= PictureSize.MIN_SCALE && s <= PictureSize.MAX_SCALE)) {
            throw new ParameterException(command, "--scale must be a number from 0.5 to 4 (1, 2 or 3 usually), got \""
                    + scale + "\"");
        }
        try {
            return new PictureSize(w, h, s);
        } catch (IllegalArgumentException tooLarge) {
            throw new ParameterException(command, "--width, --height and --scale: " + tooLarge.getMessage());
        }
    }

    private static int side(String name, String value, picocli.CommandLine command) {
        try {
            int size = Integer.parseInt(value.strip());
            if (size >= PictureSize.MIN_SIDE && size <= PictureSize.MAX_SIDE) {
                return size;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ParameterException(command, name + " must be a whole number of pixels from 100 to 10000, got \""
                + value + "\"");
    }

    /**
     * The dataset asked for, or the first bundled one when {@code choice} is null; on failure the problems are printed
     * and empty returned. Every command that reads a dataset reads it so.
     */
    static Optional<Dataset> load(DataChoice choice, PrintWriter err) {
        DataChoice data = Optional.ofNullable(choice).orElse(new DataChoice.Bundled(BundledDataset.US_IRAQ));
        if (data.missing().isPresent()) {
            err.println(PROGRAM + ": " + data.missing().get());
            return Optional.empty();
        }
        LoadResult result = data.open();
        if (result.dataset().isEmpty()) {
            String name = data.name();
            err.println(PROGRAM + ": " + name + " does not open:");
            result.errors().forEach(p -> err.println(p.format(name)));
            if (data instanceof DataChoice.DataFile) {
                err.println("(run: java -jar timeline-explorer.jar validate " + name + ")");
            }
        }
        return result.dataset();
    }

    /** Draws {@code picture} without a window and writes it to {@code target}; no partial file is ever left. */
    private static int save(Path target, Callable<WritableImage> picture, PrintWriter out, PrintWriter err) {
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
