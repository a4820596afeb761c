package org.timelineexplorer.app;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The class-data-sharing archive that lets the installed app's window open sooner: the classes a start loads,
 * parsed and laid out once, mapped into memory at every start after.
 *
 * <p>The installer's launcher names the archive and the list of classes to put in it (system properties
 * {@value #ARCHIVE_PROPERTY} and {@value #CLASS_LIST_PROPERTY}, beside {@code -XX:SharedArchiveFile}). JDK 17 uses
 * an archive only where it was made, with the very jars it was made from, so it cannot come in the package: the
 * {@code .deb} makes it when it is installed, and where that did not happen (the portable image, Windows, macOS) or
 * the archive no longer fits (the folder moved, an update changed a jar), the JVM starts without it and this class
 * makes a new one after the first frame, in JVMs of their own, for the next start. Started any other
 * way ({@code java -jar}, {@code mvn javafx:run}) the app has no such properties and does nothing here.
 */
final class StartupArchive {

    static final String ARCHIVE_PROPERTY = "timeline-explorer.cds.archive";
    static final String CLASS_LIST_PROPERTY = "timeline-explorer.cds.classlist";

    /** Options of this JVM that the archive's JVM must not repeat: it dumps instead of reading or recording. */
    private static final List<String> NOT_REPEATED = List.of("-XX:SharedArchiveFile", "-Xshare",
            "-XX:SharedClassListFile", "-XX:DumpLoadedClassList", "-XX:ArchiveClassesAtExit", "-Xlog", "-D" + StartupClock.QUIT_PROPERTY, "-Djava.class.path");

    private StartupArchive() {
    }

    /**
     * Makes the archive in the background if the launcher asks for one that this start could not use: in a JVM of
     * its own, which lives on when the app is closed at once, as a first start often is.
     */
    static void makeIfMissing() {
        Optional<Path> archive = path(ARCHIVE_PROPERTY);
        Optional<Path> classList = path(CLASS_LIST_PROPERTY);
        if (archive.isEmpty() || classList.isEmpty() || inUse() || Boolean.getBoolean(StartupClock.QUIT_PROPERTY)
                || !Files.isRegularFile(classList.get()) || !Files.isWritable(archive.get().getParent())) {
            return;
        }
        List<String> maker = new ArrayList<>(List.of(java(System.getProperty("java.home")), "-Xshare:off",
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                StartupArchive.class.getName(), archive.get().toString()));
        maker.addAll(dumpCommand(System.getProperty("java.home"),
                ManagementFactory.getRuntimeMXBean().getInputArguments(), System.getProperty("java.class.path"),
                classList.get(), partial(archive.get())));
        try {
            new ProcessBuilder(maker).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException e) {
            // Only a slower next start: the app works the same without an archive.
        }
    }

    /**
     * The archive maker's JVM: runs the dump command it is given (which writes the archive under a name of its own)
     * and then puts the archive in its place, whole or not at all, so that a start at the same moment never maps
     * half an archive. Arguments: the archive, then the dump command.
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        Path archive = Path.of(args[0]);
        Path partial = partial(archive);
        try {
            Process dump = new ProcessBuilder(Arrays.asList(args).subList(1, args.length)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (dump.waitFor(10, TimeUnit.MINUTES) && dump.exitValue() == 0) {
                Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                dump.destroyForcibly();
            }
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static Path partial(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".partial");
    }

    private static String java(String javaHome) {
        return Path.of(javaHome, "bin", "java").toString();
    }

    /** True when this JVM maps a class-data-sharing archive; the app's runtime has no other than ours. */
    static boolean inUse() {
        return System.getProperty("java.vm.info", "").contains("sharing");
    }

    /** The command that writes the archive to {@code into}: this JVM's own options and class path, dumping. */
    static List<String> dumpCommand(String javaHome, List<String> jvmOptions, String classPath, Path classList,
                                    Path into) {
        List<String> command = new ArrayList<>();
        command.add(java(javaHome));
        jvmOptions.stream().filter(option -> NOT_REPEATED.stream().noneMatch(option::startsWith))
                .forEach(command::add);
        // The archive holds the class path's classes only for this exact class path.
        command.add("-Djava.class.path=" + classPath);
        command.add("-Xshare:dump");
        command.add("-XX:SharedClassListFile=" + classList);
        command.add("-XX:SharedArchiveFile=" + into);
        return command;
    }

    private static Optional<Path> path(String property) {
        return Optional.ofNullable(System.getProperty(property)).filter(p -> !p.isBlank()).map(Path::of);
    }
}
