import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Builds Timeline Explorer's installers with the JDK's own {@code jlink} and {@code jpackage}: run by
 * {@code mvn -B -Pinstaller package}, after Maven has put the app's jar and its libraries in
 * {@code target/installer-work/input} and the JavaFX jars of this platform in {@code target/installer-work/javafx}.
 *
 * <ol>
 *   <li>draws the icon at the sizes each platform wants (PNG, Windows ICO, macOS ICNS);</li>
 *   <li>links a runtime of only the modules the app uses, JavaFX's included, from the modular JavaFX jars (no
 *       jmods needed); JavaFX's native libraries go beside the JDK's, where JavaFX looks first, instead of being
 *       unpacked into the user's home at every first start;</li>
 *   <li>makes the app image with {@code jpackage}, its launcher told to use the class-data-sharing archive
 *       {@code lib/app/timeline-explorer.jsa} when it is there (the JVM ignores a missing or stale one);</li>
 *   <li>records the classes a real start of that image loads up to its first frame, under Xvfb, or with the
 *       headless platform where there is none, and keeps those worth their room in the archive
 *       ({@code timeline-explorer.classlist}, shipped in the image);</li>
 *   <li>makes the archive once to check that the image with it stays under the size limit;</li>
 *   <li>packs the installers of this platform into {@code target/installer}: on Linux the portable image as
 *       {@code .tar.gz} and a {@code .deb}, on Windows an {@code .msi}, on macOS a {@code .dmg}.</li>
 * </ol>
 * The archive itself is made where the app is installed, by the runtime it runs on: JDK 17 refuses an archive
 * whose jars have moved, so it cannot travel in a package. The {@code .deb} makes it when it is installed; the
 * portable image and the other systems make it at their first start, in the background (see the app's
 * {@code StartupArchive}).
 *
 * <p>Run as a single-file program: {@code java src/packaging/Installers.java PROJECT_DIR TARGET VERSION}.
 */
public final class Installers {

    static final String NAME = "timeline-explorer";
    static final String TITLE = "Timeline Explorer";
    static final String MAIN_CLASS = "org.timelineexplorer.app.Launcher";
    static final String DESCRIPTION = "A classroom timeline of events, eras and figures";
    static final String VENDOR = "Timeline Explorer";
    /** Fixed, so that a newer .msi replaces the older one instead of installing beside it. */
    static final String WINDOWS_UPGRADE_UUID = "5b0f0b52-4a51-4a8e-9a53-6e1f2f6c9d0e";
    /**
     * The installed image with the start-up archive it makes must stay below this (issue 17); the build fails above
     * it.
     */
    static final long SIZE_LIMIT_BYTES = 90L * 1000 * 1000;

    /**
     * The JDK modules the app needs (found with jdeps): prefs for the settings, logging, desktop for PNG writing
     * through javafx.swing, management for {@code --measure-startup}, net.http for events' web pictures, sql for
     * Jackson; unsupported for the libraries' fast paths. JavaFX's come from its own jars.
     */
    static final List<String> MODULES = List.of("java.base", "java.desktop", "java.logging", "java.management", "java.prefs",
            "java.net.http", "java.sql", "jdk.unsupported", "javafx.controls", "javafx.fxml", "javafx.swing");

    /**
     * The JavaFX internals the libraries on the class path reach: ControlsFX's controls and the headless Monocle
     * platform that {@code export-chart} and {@code export-timeline} render with when there is no display.
     */
    static final List<String> EXPORTS = List.of(
            "javafx.base/com.sun.javafx.event", "javafx.base/com.sun.javafx.collections",
            "javafx.base/com.sun.javafx.runtime", "javafx.base/com.sun.javafx.logging",
            "javafx.controls/com.sun.javafx.scene.control.behavior", "javafx.controls/com.sun.javafx.scene.control",
            "javafx.graphics/com.sun.javafx.scene", "javafx.graphics/com.sun.javafx.scene.traversal",
            "javafx.graphics/com.sun.glass.ui", "javafx.graphics/com.sun.glass.events",
            "javafx.graphics/com.sun.glass.ui.delegate", "javafx.graphics/com.sun.glass.utils",
            "javafx.graphics/com.sun.javafx.tk", "javafx.graphics/com.sun.javafx.util");

    /**
     * The classes the start-up archive holds: those the JavaFX thread would otherwise read and verify before the
     * first frame, JavaFX's (linked into the runtime, yet loaded by the application's class loader, which verifies),
     * with the JDK classes they need. Left out, to keep the installed app under the size limit: the rest of the JDK's
     * classes, which load without verification from the runtime's image; the lambdas (4 kB each in the archive); the
     * libraries; the app's own classes, which grow with every feature (the 1.1 MB of them a start loads took 2.7 MB
     * of archive, and with them the installed app passed the limit), so that the archive's size depends on JavaFX
     * alone; and JavaFX's charts, the one package of it the first frame can wait longest for (the chart pane is one
     * of several below the timeline). See README, "Start-up", for what each part costs and gains. The app's
     * {@code Launcher} alone goes in: with a class from the app's jar in it, the JVM checks the archive against the
     * jars, so a new version of the app (another jar, another class list) is not served the old version's archive.
     */
    static final List<String> ARCHIVED_CLASSES = List.of("javafx/", "com/sun/javafx/", "com/sun/prism/",
            "com/sun/glass/", "com/sun/scenario/", "com/sun/marlin/", "com/sun/pisces/", "com/sun/openpisces/",
            "org/timelineexplorer/app/Launcher");
    static final List<String> NOT_ARCHIVED = List.of("javafx/scene/chart/");

    enum Os {
        LINUX, WINDOWS, MAC;

        static Os current() {
            String name = System.getProperty("os.name").toLowerCase(Locale.ROOT);
            return name.startsWith("windows") ? WINDOWS : name.startsWith("mac") ? MAC : LINUX;
        }

        /** Where a runtime image keeps native libraries, and where JavaFX looks for its own first. */
        String nativeDir() {
            return this == WINDOWS ? "bin" : "lib";
        }

        String nativeSuffix() {
            return switch (this) {
                case LINUX -> ".so";
                case WINDOWS -> ".dll";
                case MAC -> ".dylib";
            };
        }
    }

    private final Os os = Os.current();
    private final Path project;
    private final Path packaging;
    private final Path work;
    private final Path out;
    private final String version;

    private Installers(Path project, Path target, String projectVersion) {
        this.project = project;
        this.packaging = project.resolve("src/packaging");
        this.work = target.resolve("installer-work");
        this.out = target.resolve("installer");
        // jpackage wants numbers only: 0.1.0-SNAPSHOT is packaged as 0.1.0.
        this.version = projectVersion.replaceFirst("-.*", "");
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: java src/packaging/Installers.java PROJECT_DIR TARGET VERSION");
            System.exit(2);
        }
        Path project = Path.of(args[0]).toAbsolutePath();
        new Installers(project, Path.of(args[1]).toAbsolutePath(), args[2]).build();
    }

    private void build() throws IOException, InterruptedException {
        long started = System.nanoTime();
        deleteTree(out);
        for (String stale : List.of("icons", "runtime", "image")) {
            deleteTree(work.resolve(stale));
        }
        Files.createDirectories(out);
        Path icon = Icons.write(work.resolve("icons"), os);
        Path runtime = linkRuntime();
        Path image = appImage(runtime, icon);
        stripNativeSymbols(image);
        Path classList = recordStartClasses(image);
        keepArchivedClasses(classList);
        long size = sizeOf(image);
        long archive = trialArchiveSize(image, classList);
        System.out.printf("installer: app image %s, %.1f MB, and %.1f MB of start-up archive where it is installed%n",
                image, size / 1e6, archive / 1e6);
        if (size + archive > SIZE_LIMIT_BYTES) {
            throw new IllegalStateException("the app image and its start-up archive take "
                    + (size + archive) / 1_000_000 + " MB, above the " + SIZE_LIMIT_BYTES / 1_000_000 + " MB limit");
        }
        switch (os) {
            case LINUX -> {
                tarGz(image);
                installer("deb", image, icon);
            }
            case WINDOWS -> installer("msi", image, icon);
            case MAC -> installer("dmg", image, icon);
        }
        try (Stream<Path> made = Files.list(out)) {
            made.sorted().forEach(p -> System.out.printf("installer: %s (%.1f MB)%n", p, p.toFile().length() / 1e6));
        }
        System.out.printf("installer: done in %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    private Path linkRuntime() throws IOException {
        Path runtime = work.resolve("runtime");
        List<String> args = new ArrayList<>(List.of(
                "--module-path", work.resolve("javafx").toString(),
                "--add-modules", String.join(",", MODULES),
                "--no-header-files", "--no-man-pages", "--compress=2",
                // JavaFX's jars carry their native libraries as resources; they are copied out below instead. The
                // XML parser's messages in ten other languages go too: the app shows no XML parser's message.
                "--exclude-resources=glob:**" + os.nativeSuffix() + ",glob:/java.xml/**_??.properties,"
                        + "glob:/java.xml/**_??_??.properties",
                "--output", runtime.toString()));
        // On Linux the JVM's own library carries its symbols too (4 MB): strip them with the classes' debug data.
        args.addAll(os == Os.LINUX
                ? List.of("--strip-java-debug-attributes", "--strip-native-debug-symbols=exclude-debuginfo-files")
                : List.of("--strip-debug"));
        run("jlink", args);
        copyJavaFxNatives(runtime.resolve(os.nativeDir()));
        return runtime;
    }

    private void copyJavaFxNatives(Path into) throws IOException {
        try (Stream<Path> jars = Files.list(work.resolve("javafx"))) {
            for (Path jar : jars.filter(p -> p.toString().endsWith(".jar")).toList()) {
                try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(jar))) {
                    for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                        if (!entry.getName().contains("/") && entry.getName().endsWith(os.nativeSuffix())) {
                            Files.copy(zip, into.resolve(entry.getName()), StandardCopyOption.REPLACE_EXISTING);
                        }
                    }
                }
            }
        }
    }

    private Path appImage(Path runtime, Path icon) throws IOException {
        Path images = work.resolve("image");
        List<String> args = new ArrayList<>(List.of("--type", "app-image"));
        args.addAll(common(icon));
        args.addAll(List.of(
                "--input", work.resolve("input").toString(),
                "--main-jar", NAME + "-app.jar",
                "--main-class", MAIN_CLASS,
                "--runtime-image", runtime.toString(),
                "--dest", images.toString()));
        for (String option : javaOptions()) {
            args.addAll(List.of("--java-options", option));
        }
        if (os == Os.WINDOWS) {
            // The window's launcher has no console; the command line gets a launcher of its own that has one.
            Path console = work.resolve("console-launcher.properties");
            Files.writeString(console, "win-console=true\n");
            args.addAll(List.of("--add-launcher", NAME + "-cli=" + console));
        }
        if (os == Os.MAC) {
            args.addAll(fileAssociation());
        }
        run("jpackage", args);
        return images.resolve(os == Os.MAC ? NAME + ".app" : NAME);
    }

    /** The JVM options every start of the installed app gets, written into the launcher's configuration. */
    private List<String> javaOptions() {
        List<String> options = new ArrayList<>();
        EXPORTS.forEach(p -> options.add("--add-exports=" + p + "=ALL-UNNAMED"));
        options.add("-XX:SharedArchiveFile=$APPDIR/" + NAME + ".jsa");
        options.add("-Dtimeline-explorer.cds.archive=$APPDIR/" + NAME + ".jsa");
        options.add("-Dtimeline-explorer.cds.classlist=$APPDIR/" + NAME + ".classlist");
        if (os == Os.LINUX) {
            // jpackage puts the icon beside the app folder; the window shows it too.
            options.add("-Dtimeline-explorer.icon=$APPDIR/../" + NAME + ".png");
        }
        return options;
    }

    private List<String> common(Path icon) {
        return List.of("--name", NAME, "--app-version", version, "--icon", icon.toString(),
                "--description", DESCRIPTION, "--vendor", VENDOR,
                "--copyright", "MIT licence, see the LICENSE file");
    }

    private List<String> fileAssociation() {
        return List.of("--file-associations", packaging.resolve("timeline-file.properties").toString());
    }

    /**
     * Starts the image's own launcher once, as a user would, and keeps the list of classes it loaded up to its first
     * frame in the image. A start under Xvfb loads the desktop toolkit's classes; without Xvfb (a build machine
     * without it, Windows, macOS) the desktop itself, or else the headless platform, which loads a few others.
     */
    private Path recordStartClasses(Path image) throws IOException, InterruptedException {
        Path classList = appDir(image).resolve(NAME + ".classlist");
        List<String> command = new ArrayList<>();
        boolean xvfb = os == Os.LINUX && onPath("xvfb-run");
        if (xvfb) {
            command.addAll(List.of("xvfb-run", "--auto-servernum"));
        }
        command.add(launcher(image).toString());
        command.add("--measure-startup");
        ProcessBuilder start = new ProcessBuilder(command).redirectErrorStream(true);
        Path prefs = Files.createDirectories(work.resolve("start-prefs"));
        String options = "-XX:DumpLoadedClassList=" + classList + " -Djava.util.prefs.userRoot=" + prefs
                + " -Dtimeline-explorer.quit-after-first-frame=true";
        if (!xvfb && os == Os.LINUX && System.getenv("DISPLAY") == null) {
            options += " -Dglass.platform=Monocle -Dmonocle.platform=Headless -Dprism.order=sw";
        }
        start.environment().put("JAVA_TOOL_OPTIONS", options);
        Process process = start.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0 || !output.contains("startup:")) {
            process.destroyForcibly();
            throw new IllegalStateException("the app image did not start (" + String.join(" ", command) + "):\n"
                    + output);
        }
        System.out.println("installer: " + Files.readAllLines(classList).size() + " classes of a start"
                + (xvfb ? " under Xvfb" : "") + " listed in " + classList);
        return classList;
    }

    private Path appDir(Path image) {
        return image.resolve(switch (os) {
            case LINUX -> "lib/app";
            case WINDOWS -> "app";
            case MAC -> "Contents/app";
        });
    }

    private Path launcher(Path image) {
        return os == Os.MAC ? image.resolve("Contents/MacOS/" + NAME)
                : image.resolve(os == Os.WINDOWS ? NAME + ".exe" : "bin/" + NAME);
    }

    /**
     * Keeps in the start's class list only the classes worth their room in the archive (see
     * {@link #ARCHIVED_CLASSES}): every class costs it about 7.5 kB and every lambda 4 kB, and the whole list made
     * a 39 MB archive, which with the 65 MB image is above the size limit.
     */
    private static void keepArchivedClasses(Path classList) throws IOException {
        List<String> all = Files.readAllLines(classList);
        List<String> kept = all.stream()
                .filter(line -> line.startsWith("#")
                        || (ARCHIVED_CLASSES.stream().anyMatch(line::startsWith) && NOT_ARCHIVED.stream().noneMatch(line::startsWith)))
                .toList();
        Files.write(classList, kept);
        System.out.println("installer: " + kept.stream().filter(line -> !line.startsWith("#")).count() + " of "
                + all.stream().filter(line -> !line.startsWith("#")).count()
                + " classes and lambdas of the start kept for its archive");
    }

    /**
     * Makes the start-up archive once, as the {@code .deb} does when it is installed, to know the room it takes
     * there, and removes it: it would not fit the place the image is unpacked to.
     */
    private long trialArchiveSize(Path image, Path classList) throws IOException, InterruptedException {
        Path archive = appDir(image).resolve(NAME + ".jsa");
        ProcessBuilder dump = new ProcessBuilder(launcher(image).toString()).redirectErrorStream(true);
        dump.environment().put("JAVA_TOOL_OPTIONS", "-Xshare:dump -XX:SharedClassListFile=" + classList);
        Process process = dump.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.isRegularFile(archive)) {
            process.destroyForcibly();
            throw new IllegalStateException("the start-up archive could not be made:\n" + output);
        }
        long size = Files.size(archive);
        Files.delete(archive);
        return size;
    }

    /**
     * On Linux the JDK's libraries keep their symbol tables (libjvm.so alone 4 MB of its 24), which only a crash
     * report's stack reads; {@code jlink --strip-native-debug-symbols} leaves them, having no debug data to strip.
     * {@code strip} comes with binutils, which the {@code .deb}'s dpkg-dev needs anyway.
     */
    private void stripNativeSymbols(Path image) throws IOException, InterruptedException {
        if (os != Os.LINUX || !onPath("strip")) {
            return;
        }
        List<String> command = new ArrayList<>(List.of("strip", "--strip-unneeded"));
        try (Stream<Path> files = Files.walk(image)) {
            files.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".so") || p.getParent().getFileName().toString().equals("bin"))
                    .forEach(p -> command.add(p.toString()));
        }
        long before = sizeOf(image);
        if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
            throw new IllegalStateException("strip failed");
        }
        System.out.printf("installer: stripped the native libraries' symbols, %.1f MB less%n",
                (before - sizeOf(image)) / 1e6);
    }

    private void tarGz(Path image) throws IOException, InterruptedException {
        Path archive = out.resolve(NAME + "-" + version + "-linux-x64.tar.gz");
        Process tar = new ProcessBuilder("tar", "-czf", archive.toString(), "-C", image.getParent().toString(),
                image.getFileName().toString()).inheritIO().start();
        if (tar.waitFor() != 0) {
            throw new IllegalStateException("tar failed");
        }
    }

    private void installer(String type, Path image, Path icon) throws IOException {
        List<String> args = new ArrayList<>(List.of("--type", type, "--app-image", image.toString(),
                "--dest", out.toString(), "--license-file", project.resolve("LICENSE").toString()));
        args.addAll(common(icon));
        args.addAll(fileAssociation());
        switch (os) {
            case LINUX -> args.addAll(List.of("--linux-shortcut", "--linux-menu-group", "Education",
                    "--linux-app-category", "education",
                    "--resource-dir", packaging.resolve("linux").toString()));
            case WINDOWS -> args.addAll(List.of("--win-per-user-install", "--win-menu", "--win-menu-group", TITLE,
                    "--win-shortcut", "--win-upgrade-uuid", WINDOWS_UPGRADE_UUID));
            case MAC -> args.addAll(List.of("--mac-package-name", TITLE));
        }
        run("jpackage", args);
    }

    private static void run(String tool, List<String> args) {
        System.out.println("installer: " + tool + " " + String.join(" ", args));
        ToolProvider provider = ToolProvider.findFirst(tool)
                .orElseThrow(() -> new IllegalStateException(tool + " is missing: build with a full JDK 17"));
        int exit = provider.run(System.out, System.err, args.toArray(String[]::new));
        if (exit != 0) {
            throw new IllegalStateException(tool + " failed with exit code " + exit);
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static long sizeOf(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            // Folders too, as `du -sb` counts them: the packaging check measures the installed app that way.
            return files.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                p.toFile().setWritable(true);
                Files.delete(p);
            }
        }
    }

    /**
     * The app's icon, drawn here rather than kept as pictures: a timeline on a blue tile, an axis with three events
     * in the Okabe–Ito colours the app draws eras in. Lines and dots grow thicker, relative to the tile, as the icon
     * gets smaller, so that the 16-pixel one still reads as a timeline.
     */
    static final class Icons {

        private static final Color TILE = new Color(0x0072B2);
        private static final Color AXIS = Color.WHITE;
        private static final Color[] EVENTS = {new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7)};

        static Path write(Path dir, Os os) throws IOException {
            Files.createDirectories(dir);
            Path png = dir.resolve(NAME + ".png");
            ImageIO.write(draw(256), "png", png.toFile());
            Path ico = dir.resolve(NAME + ".ico");
            Files.write(ico, ico(List.of(16, 24, 32, 48, 64, 256)));
            Path icns = dir.resolve(NAME + ".icns");
            Files.write(icns, icns());
            return switch (os) {
                case LINUX -> png;
                case WINDOWS -> ico;
                case MAC -> icns;
            };
        }

        static BufferedImage draw(int size) {
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
            Graphics2D g = image.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.scale(size / 100.0, size / 100.0);
            // At 16 px a 1-unit line would be a sixth of a pixel: strokes scale up as the icon gets smaller.
            double weight = Math.max(1, 48.0 / size);
            g.setColor(TILE);
            g.fill(new RoundRectangle2D.Double(4, 4, 92, 92, 22, 22));
            g.setColor(AXIS);
            g.setStroke(new BasicStroke((float) (5 * weight), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(new Line2D.Double(16, 70, 84, 70));
            double[][] events = {{28, 46}, {50, 30}, {72, 52}};
            for (int i = 0; i < events.length; i++) {
                double x = events[i][0];
                double y = events[i][1];
                g.setColor(AXIS);
                g.setStroke(new BasicStroke((float) (3 * weight), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(new Line2D.Double(x, y, x, 70));
                double r = 8 * Math.min(weight, 1.4);
                g.setColor(EVENTS[i]);
                g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
                g.setColor(AXIS);
                g.setStroke(new BasicStroke((float) (2.5 * weight)));
                g.draw(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
            }
            g.dispose();
            return image;
        }

        private static byte[] png(int size) {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ImageIO.write(draw(size), "png", bytes);
                return bytes.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** A Windows icon file holding one PNG per size, as Windows Vista and later read them. */
        static byte[] ico(List<Integer> sizes) {
            List<byte[]> images = sizes.stream().map(Icons::png).toList();
            int offset = 6 + 16 * images.size();
            ByteBuffer header = ByteBuffer.allocate(offset).order(ByteOrder.LITTLE_ENDIAN);
            header.putShort((short) 0).putShort((short) 1).putShort((short) images.size());
            for (int i = 0; i < images.size(); i++) {
                int size = sizes.get(i);
                header.put((byte) (size >= 256 ? 0 : size)).put((byte) (size >= 256 ? 0 : size));
                header.put((byte) 0).put((byte) 0).putShort((short) 1).putShort((short) 32);
                header.putInt(images.get(i).length).putInt(offset);
                offset += images.get(i).length;
            }
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            file.writeBytes(header.array());
            images.forEach(file::writeBytes);
            return file.toByteArray();
        }

        /** A macOS icon file holding PNGs at the sizes Finder and the Dock use, 16 to 1024 pixels. */
        static byte[] icns() throws IOException {
            String[][] types = {{"icp4", "16"}, {"icp5", "32"}, {"icp6", "64"}, {"ic07", "128"}, {"ic08", "256"},
                {"ic09", "512"}, {"ic10", "1024"}};
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            DataOutputStream entries = new DataOutputStream(body);
            for (String[] type : types) {
                byte[] png = png(Integer.parseInt(type[1]));
                entries.write(type[0].getBytes(StandardCharsets.US_ASCII));
                entries.writeInt(8 + png.length);
                entries.write(png);
            }
            ByteArrayOutputStream file = new ByteArrayOutputStream();
            DataOutputStream header = new DataOutputStream(file);
            header.write("icns".getBytes(StandardCharsets.US_ASCII));
            header.writeInt(8 + body.size());
            header.write(body.toByteArray());
            return file.toByteArray();
        }
    }
}
