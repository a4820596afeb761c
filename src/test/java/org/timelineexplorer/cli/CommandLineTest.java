package org.timelineexplorer.cli;

import org.timelineexplorer.i18n.Language;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.export.FxForTests;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.Pixels;
import org.timelineexplorer.io.BundledDataset;
import org.timelineexplorer.ui.ViewLoader;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class CommandLineTest {

    static final Path BUNDLED = Path.of("resources/us-iraq-since-2003.json");

    /** One run of the command line in this JVM, with what it printed. */
    record Run(int code, String out, String err) {
        boolean noStackTrace() {
            return !(out + err).contains("\tat ") && !(out + err).contains("Exception in");
        }
    }

    /** The export commands start JavaFX themselves; a test run must start it TestFX's way first. */
    @BeforeAll
    static void startFx() throws Exception {
        FxForTests.start();
    }

    static Run run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = CommandLine.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), List.of(ViewLoader.stylesheet()));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void validFileExitsZeroWithASummary() {
        Run run = run("validate", BUNDLED.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().matches("(?s)valid: \\d+ events, 8 eras, 3 series\\R"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void invalidFileListsEveryProblemAndExitsOne(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, """
                {
                  "title": "Bad",
                  "eras": [],
                  "events": [
                    { "id": "a", "date": "2003-02-30", "title": "No such day" },
                    { "id": "b", "date": "2004", "title": "" },
                    { "id": "c", "date": "2005", "title": "Fine", "colour": "red" }
                  ]
                }
                """);
        Run run = run("validate", file.toString());
        assertEquals(1, run.code(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.get(0).startsWith(file + ":5:"), lines.get(0));
        assertTrue(lines.get(0).contains(": events[0].date: "), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith(file + ":6:") && l.contains("events[1].title")), run.out());
        assertTrue(lines.stream().anyMatch(l -> l.contains("events[2].colour: warning: ")), run.out());
        assertEquals("2 errors, 1 warning", lines.get(lines.size() - 1));
        assertTrue(run.noStackTrace());
    }

    @Test
    void brokenJsonIsOneProblemNotAStackTrace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{ \"title\": \"x\",\n  \"events\": [ }");
        Run run = run("validate", file.toString());
        assertEquals(1, run.code());
        assertTrue(run.out().startsWith(file + ":2:"), run.out());
        assertTrue(run.out().endsWith("1 error, 0 warnings" + System.lineSeparator()), run.out());
        assertTrue(run.noStackTrace());
    }

    @Test
    void missingFileExitsOneWithAMessage(@TempDir Path dir) {
        Run run = run("validate", dir.resolve("nope.json").toString());
        assertEquals(1, run.code());
        assertEquals("timeline-explorer: " + dir.resolve("nope.json") + ": there is no such file", run.err().strip());
        assertEquals("", run.out());
    }

    /**
     * A file that cannot be read is one message and exit code 1, for validate and the exports alike. Tests run as
     * root on CI, and root reads any file whatever its permissions; so the unreadable file is one whose reading
     * fails for everyone: this process's memory seen as a file, which cannot be read from its start.
     */
    @Test
    void unreadableFileExitsOneWithAMessage(@TempDir Path dir) throws Exception {
        Run folder = run("validate", dir.toString());
        assertEquals(1, folder.code());
        assertTrue(folder.err().contains("this is a folder"), folder.err());

        Path memory = Path.of("/proc/self/mem");
        assumeTrue(Files.exists(memory), "a Linux machine, as CI is");
        Path failing = Files.createSymbolicLink(dir.resolve("secret.json"), memory);
        Run run = run("validate", failing.toString());
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.out().startsWith(failing + ":") && run.out().contains("the file cannot be read"), run.out());
        assertTrue(run.out().endsWith("1 error, 0 warnings" + System.lineSeparator()), run.out());
        assertTrue(run.noStackTrace());

        Path out = dir.resolve("chart.png");
        Run export = run("export-chart", "--data", failing.toString(), "--series", "us-troops", "--out",
                out.toString());
        assertEquals(1, export.code(), export.toString());
        assertTrue(export.err().contains(failing + " does not open:") && export.err().contains("cannot be read"),
                export.err());
        assertFalse(Files.exists(out), "no picture, and no part of one");
        Files.delete(failing);

        // Without the permission to read, as a user who is not root meets it.
        Path locked = Files.writeString(dir.resolve("locked.json"), "{}");
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        if (!Files.isReadable(locked)) {
            Run denied = run("validate", locked.toString());
            assertEquals(1, denied.code());
            assertTrue(denied.err().contains("may not be read"), denied.err());
        }
    }

    @Test
    void timelineJsFileValidatesWithWarnings() throws Exception {
        Path sample = Path.of(getClass().getResource("/org/timelineexplorer/io/timelinejs-sample.json").toURI());
        Run run = run("validate", sample.toString());
        assertEquals(0, run.code(), run.toString());
        assertTrue(run.out().contains(": events[2].background: warning: "), run.out());
        assertTrue(run.out().lines().reduce((a, b) -> b).orElseThrow()
                .matches("valid: 4 events, 2 eras, 0 series \\(\\d+ warnings\\)"), run.out());
    }

    @Test
    void usageErrorsExitTwoWithTheUsage() {
        for (String[] args : List.of(new String[]{"frobnicate"}, new String[]{"validate"},
                new String[]{"validate", "a.json", "b.json"}, new String[]{"--bogus"},
                new String[]{"export-chart", "--out", "x.png"}, new String[]{"export-chart", "--series", "a", "--out", "x.jpg"},
                new String[]{"export-chart", "--series", "a", "--out", "x.png", "--scale", "9"},
                new String[]{"export-timeline", "--out", "x.png", "--width", "wide"},
                new String[]{"export-timeline", "--out", "x.png", "--from", "2010", "--to", "2003"},
                new String[]{"export-timeline", "--out", "x.png", "--from", "2003-13"},
                new String[]{"--data"})) {
            Run run = run(args);
            assertEquals(2, run.code(), String.join(" ", args));
            assertTrue(run.err().startsWith("timeline-explorer: "), run.err());
            assertTrue(run.err().contains("Usage:"), run.err());
            assertFalse(run.err().contains("Unmatched") || run.err().contains("Missing required"),
                    "our words, not the parser's: " + run.err());
            assertTrue(run.noStackTrace());
        }
    }

    @Test
    void helpAndVersion() {
        Run help = run("--help");
        assertEquals(0, help.code());
        for (String command : List.of("validate", "export-chart", "export-timeline", "handout", "generate-completion")) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " in\n" + help.out());
        }
        Run version = run("--version");
        assertEquals(0, version.code());
        assertEquals("Timeline Explorer development", version.out().strip());
        assertEquals(0, run("-h").code());
    }

    /** Every export command takes the same options, each with its own default size. */
    @Test
    void theExportCommandsShareTheirOptions() {
        Run chart = run("export-chart", "--help");
        Run timeline = run("export-timeline", "--help");
        assertEquals(0, chart.code());
        assertEquals(0, timeline.code());
        for (String option : List.of("--data=FILE", "--out=OUT.png", "--width=W", "--height=H", "--scale=S")) {
            assertTrue(chart.out().contains(option) && timeline.out().contains(option), option);
        }
        // The help wraps its lines where it likes.
        String chartHelp = chart.out().replaceAll("\\s+", " ");
        String timelineHelp = timeline.out().replaceAll("\\s+", " ");
        assertTrue(chartHelp.contains("width, from 100 to 10000 (default: 960)")
                && chartHelp.contains("from 100 to 10000 (default: 540)"), chartHelp);
        assertTrue(timelineHelp.contains("width, from 100 to 10000 (default: 1600)")
                && timelineHelp.contains("from 100 to 10000 (default: 600)"), timelineHelp);
    }

    @Test
    void aPictureTooLargeToDrawIsAUsageError(@TempDir Path dir) {
        Run run = run("export-timeline", "--out", dir.resolve("huge.png").toString(), "--width", "10000",
                "--height", "10000", "--scale", "4");
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("timeline-explorer: --width, --height and --scale: the picture would be "
                + "40000 × 40000 pixels"), run.err());
        assertFalse(Files.exists(dir.resolve("huge.png")));
    }

    /** {@code generate-completion} prints a bash completion script that completes the commands and options. */
    @Test
    void completionScriptKnowsTheCommandsAndOptions() {
        Run run = run("generate-completion");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("complete -F"), "a bash completion script");
        for (String word : List.of("validate", "export-chart", "export-timeline", "--series", "--scale")) {
            assertTrue(run.out().contains(word), word);
        }
    }

    @Test
    void noCommandAsksForTheWindow(@TempDir Path dir) throws Exception {
        assertEquals(CommandLine.START_GUI, run().code());
        assertEquals(CommandLine.START_GUI, run("--measure-startup").code());
        Path data = Files.writeString(dir.resolve("mine.json"), "{}");
        assertEquals(CommandLine.START_GUI, run("--data", data.toString()).code());
        DataChoice mine = new DataChoice.DataFile(data);
        assertEquals(Optional.of(mine), CommandLine.data(List.of("--data", data.toString())));
        assertEquals(Optional.of(mine), CommandLine.data(List.of("--data=" + data)));
        assertEquals(Optional.empty(), CommandLine.data(List.of()));

        Run missing = run("--data", dir.resolve("gone.json").toString());
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("there is no such file"));
    }

    /** {@code --lang} starts the window in a language of ours; an unknown one leaves the choice to the window. */
    @Test
    void langChoosesTheWindowsLanguage() {
        assertEquals(CommandLine.START_GUI, run("--lang", "fr").code());
        assertEquals(Optional.of(Language.FRENCH), CommandLine.language(List.of("--lang", "fr")));
        assertEquals(Optional.of(Language.ARABIC), CommandLine.language(List.of("--data", "iraq-through-the-ages",
                "--lang=ar-IQ")));
        assertEquals(Optional.empty(), CommandLine.language(List.of("--lang", "tlh")));
        assertEquals(Optional.empty(), CommandLine.language(List.of("--data", "iraq-through-the-ages")));
    }

    /** {@code --data NAME} takes a bundled dataset by its id, for the window as for every export. */
    @Test
    void aBundledDatasetIsNamedByItsId(@TempDir Path dir) throws Exception {
        assertEquals(CommandLine.START_GUI, run("--data", "iraq-through-the-ages").code());
        assertEquals(Optional.of(new DataChoice.Bundled(BundledDataset.IRAQ_THROUGH_THE_AGES)),
                CommandLine.data(List.of("--data=iraq-through-the-ages")));

        Path byName = dir.resolve("by-name.png");
        Path byFile = dir.resolve("by-file.png");
        Run named = run("export-chart", "--data", "us-iraq-since-2003", "--series", "us-troops", "--out",
                byName.toString(), "--width", "640", "--height", "360", "--scale", "1");
        assertEquals(0, named.code(), named.toString());
        Run filed = run("export-chart", "--data", BUNDLED.toString(), "--series", "us-troops", "--out",
                byFile.toString(), "--width", "640", "--height", "360", "--scale", "1");
        assertEquals(0, filed.code(), filed.toString());
        BufferedImage fromName = Pixels.read(byName);
        BufferedImage fromFile = Pixels.read(byFile);
        assertEquals(640, fromName.getWidth());
        assertTrue(Pixels.colour(fromName, 0x0072B2, 0, 360).count() > 100, "the troops are drawn");
        for (int y = 0; y < 360; y++) {
            for (int x = 0; x < 640; x++) {
                assertEquals(fromFile.getRGB(x, y), fromName.getRGB(x, y), "the same picture as from the file, at "
                        + x + "," + y);
            }
        }
    }

    /** An unknown name is a usage error that lists the names there are, before anything is drawn or opened. */
    @Test
    void anUnknownDatasetNameListsTheKnownOnes(@TempDir Path dir) {
        Path out = dir.resolve("never.png");
        for (Run run : List.of(run("export-timeline", "--data", "iraq-ages", "--out", out.toString()),
                run("--data", "iraq-ages"))) {
            assertEquals(2, run.code(), run.toString());
            assertTrue(run.err().startsWith("timeline-explorer: --data: \"iraq-ages\" is neither a file nor a bundled"
                    + " dataset; the bundled datasets are: us-iraq-since-2003, iraq-through-the-ages"), run.err());
            assertTrue(run.err().contains("Usage:"), "the usage follows");
            assertTrue(run.noStackTrace());
        }
        assertFalse(Files.exists(out));
        Run missingFile = run("export-timeline", "--data", dir.resolve("gone.json").toString(), "--out",
                out.toString());
        assertEquals(1, missingFile.code(), "a file name that is not there is still a missing file");
        assertTrue(missingFile.err().contains("gone.json: there is no such file"), missingFile.err());
    }

    /** {@code --help} of the window and of every export says that {@code --data} takes a bundled dataset's name. */
    @Test
    void helpNamesTheBundledDatasets() {
        for (String[] help : List.of(new String[] {"--help"}, new String[] {"export-chart", "--help"},
                new String[] {"export-timeline", "--help"})) {
            Run run = run(help);
            assertEquals(0, run.code());
            assertTrue(run.out().contains("--data=FILE|NAME"), run.out());
            String list = String.format("Bundled datasets, for --data NAME:%n"
                    + "  us-iraq-since-2003       United States and Iraq since 2003 (the default)%n"
                    + "  iraq-through-the-ages    Iraq through the ages%n");
            assertEquals(1, run.out().split(java.util.regex.Pattern.quote(list), -1).length - 1,
                    "the list, once: " + run.out());
        }
        assertFalse(run("validate", "--help").out().contains("Bundled datasets"), "validate takes no --data");
    }

    @Test
    void exportChartWritesAPngOfTheAskedSize(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("troops.png");
        Run run = run("export-chart", "--data", BUNDLED.toString(), "--series", "us-troops", "--out", out.toString(),
                "--width", "800", "--height", "450", "--scale", "2");
        assertEquals(0, run.code(), run.toString());
        BufferedImage image = Pixels.read(out);
        assertEquals(1600, image.getWidth(), "--width is the whole picture's, times the scale");
        assertEquals(900, image.getHeight(), "--height too: the title and credit bands are inside it");
        assertEquals("saved " + out + " (1600 x 900 pixels)", run.out().strip());
        int titleBottom = (int) (ImageExport.TITLE_BAND * 2);
        int footerTop = 900 - (int) (ImageExport.FOOTER_BAND * 2);
        assertTrue(Pixels.ink(image, 0, titleBottom).width() > 300, "the title band holds the title");
        assertTrue(Pixels.ink(image, footerTop + 4, 900).width() > 1000, "the credit band holds the credit");
        Pixels.Found line = Pixels.colour(image, 0x0072B2, 0, 900);
        assertTrue(line.count() > 1000 && line.minY() > titleBottom && line.maxY() < footerTop,
                "the troops are drawn in the first series' colour, between the bands: " + line);
        keep(out);
    }

    @Test
    void exportChartOfAnUnknownSeriesNamesTheKnownOnes(@TempDir Path dir) {
        Run run = run("export-chart", "--series", "us-troops,nope", "--out", dir.resolve("x.png").toString());
        assertEquals(1, run.code());
        assertTrue(run.err().contains("no series \"nope\"; it has: "), run.err());
        assertFalse(Files.exists(dir.resolve("x.png")));
    }

    @Test
    void exportTimelineWritesAPng(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("timeline.png");
        Run run = run("export-timeline", "--from", "2003", "--to", "2011-12", "--out", out.toString(),
                "--width", "1200", "--height", "500", "--scale", "1");
        assertEquals(0, run.code(), run.toString());
        BufferedImage image = Pixels.read(out);
        assertEquals(1200, image.getWidth());
        assertEquals(500, image.getHeight());
        assertTrue(Pixels.ink(image, 0, (int) ImageExport.TITLE_BAND).width() > 200, "the dataset's title");
        keep(out);
        Path whole = dir.resolve("whole.png");
        assertEquals(0, run("export-timeline", "--out", whole.toString()).code());
        BufferedImage wholeImage = Pixels.read(whole);
        assertEquals(1600 * 2, wholeImage.getWidth(), "the timeline defaults to 1600 x 600 at 2x, as charts do");
        assertEquals(600 * 2, wholeImage.getHeight());
        keep(whole);
    }

    @Test
    void exportIntoAFolderThatRefusesWritingFailsCleanly(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        Path target = (Files.isWritable(folder) ? Path.of("/sys") : folder).resolve("te-cli-test.png");
        Run run = run("export-chart", "--series", "us-troops", "--out", target.toString(), "--scale", "1");
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        assertEquals(1, run.code(), run.toString());
        assertTrue(run.err().contains("Cannot save " + target + ": you may not write to the folder"), run.err());
        assertFalse(Files.exists(target));
        assertTrue(run.noStackTrace());
    }

    private static void keep(Path file) throws Exception {
        String keep = System.getProperty("export.keep");
        if (keep != null) {
            Files.copy(file, Path.of(keep, file.getFileName().toString()),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
