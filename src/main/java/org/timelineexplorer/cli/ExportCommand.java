package org.timelineexplorer.cli;

import javafx.scene.image.WritableImage;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.PictureSize;
import org.timelineexplorer.export.PngFiles;
import org.timelineexplorer.model.Dataset;
import picocli.CommandLine.Mixin;
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
import static org.timelineexplorer.cli.CommandLine.TEXT;

/**
 * What every export command is: the options {@code --data}, {@code --out}, {@code --width}, {@code --height} and
 * {@code --scale} with the same names, meanings and checks (an export adds its own to these), then the dataset read,
 * the picture drawn without a window and saved, with the same messages and exit codes. The sizes follow
 * {@link PictureSize}: the whole picture, bands included. A map or a PDF export is one more subclass.
 */
abstract class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DataOption data;

    @Option(names = "--out", order = DataOption.ORDER + 1, paramLabel = "OUT.png", required = true)
    Path out;

    @Option(names = "--width", order = DataOption.ORDER + 2, paramLabel = "W")
    String width;

    @Option(names = "--height", order = DataOption.ORDER + 3, paramLabel = "H")
    String height;

    @Option(names = "--scale", order = DataOption.ORDER + 4, paramLabel = "S")
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
        Path target = CommandLine.outFile(out, ".png", command);
        PictureSize size = size(command);
        Optional<Callable<WritableImage>> picture = data.load(command.getErr())
                .flatMap(dataset -> picture(dataset, size, stylesheets, command.getErr()));
        return picture.isEmpty() ? FAILED : save(target, picture.get(), command.getOut(), command.getErr());
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
            throw new ParameterException(command, TEXT.text("export.scale", scale));
        }
        try {
            return new PictureSize(w, h, s);
        } catch (IllegalArgumentException tooLarge) {
            throw new ParameterException(command, TEXT.text("export.tooLarge", tooLarge.getMessage()));
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
        throw new ParameterException(command, TEXT.text("export.side", name, value));
    }

    /** Draws {@code picture} without a window and writes it to {@code target}; no partial file is ever left. */
    private static int save(Path target, Callable<WritableImage> picture, PrintWriter out, PrintWriter err) {
        Optional<BufferedImage> drawn = Offscreen.draw(() -> ImageExport.toOpaqueRgb(picture.call()), TEXT.text("draw.picture"),
                err);
        if (drawn.isEmpty()) {
            return FAILED;
        }
        BufferedImage image = drawn.get();
        try {
            PngFiles.write(image, target);
        } catch (PngFiles.PngWriteException e) {
            err.println(PROGRAM + ": " + e.getMessage());
            return FAILED;
        }
        out.println(TEXT.text("export.saved", target, image.getWidth(), image.getHeight()));
        return OK;
    }
}
