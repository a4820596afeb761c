package org.timelineexplorer.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Time to the first frame: {@code mvn -B -q -Pbenchmark verify -Dbenchmark=startup}, after
 * {@code mvn -B -Pinstaller package} (for the app image) and {@code mvn package} (for the jar). Starts, in turns,
 * a bare JavaFX window with {@code java} (see {@link BareWindow}), the installed app image's launcher, the jar with
 * {@code java -jar}, and, with {@code BENCHMARK_MAVEN=1}, {@code mvn javafx:run}; {@code BENCHMARK_RUNS} rounds
 * (10 unless set). Prints, for each, the median and range of two clocks: from the JVM's start, as
 * {@code --measure-startup} prints it, and from the moment the benchmark started the process, which counts the
 * native launcher (and Maven) too; and each one's ratio to the bare window's median.
 *
 * <p>Needs a display: it uses {@code DISPLAY} if set, and otherwise starts Xvfb with a window manager (fluxbox)
 * itself. The app image's first start makes its class-data-sharing archive; one start before the rounds makes sure
 * the archive is there, as it is for a teacher from the second start on.
 */
final class StartupBenchmark {

    private static final Pattern FIRST_FRAME = Pattern.compile("startup: first frame (\\d+) ms after JVM start");
    private static final Path TARGET = Path.of("target").toAbsolutePath();
    private static final Path IMAGE = TARGET.resolve("installer-work/image/timeline-explorer");

    private StartupBenchmark() {
    }

    /** One way of starting a window, and its figures. */
    private record Contender(String name, List<String> command, List<Double> fromJvm, List<Double> fromSpawn) {
        Contender(String name, List<String> command) {
            this(name, command, new ArrayList<>(), new ArrayList<>());
        }
    }

    static void run() throws Exception {
        if (!Files.isDirectory(IMAGE) || !Files.isDirectory(TARGET.resolve("installer-work/javafx"))) {
            System.out.println("no app image: build it first with mvn -B -Pinstaller package");
            return;
        }
        int runs = Integer.parseInt(System.getenv().getOrDefault("BENCHMARK_RUNS", "10"));
        List<Contender> contenders = contenders();
        List<Process> display = new ArrayList<>();
        Map<String, String> environment = new LinkedHashMap<>();
        if (System.getenv("DISPLAY") == null) {
            environment.put("DISPLAY", startDisplay(display));
        }
        try {
            prepareArchive(environment);
            for (int round = 0; round < runs; round++) {
                for (Contender contender : contenders) {
                    long[] times = start(contender.command(), environment, null);
                    contender.fromJvm().add((double) times[0]);
                    contender.fromSpawn().add((double) times[1]);
                }
            }
        } finally {
            display.forEach(Process::destroy);
        }
        print(contenders, runs);
    }

    private static List<Contender> contenders() throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<Contender> contenders = new ArrayList<>();
        String javafx;
        try (Stream<Path> jars = Files.list(TARGET.resolve("installer-work/javafx"))) {
            javafx = String.join(File.pathSeparator, jars.map(Path::toString).sorted().toList());
        }
        contenders.add(new Contender("bare window, java", List.of(java, "--module-path", javafx, "--add-modules",
                "javafx.controls", "-cp", TARGET.resolve("test-classes") + File.pathSeparator
                        + TARGET.resolve("classes"), BareWindow.class.getName())));
        contenders.add(new Contender("app image", List.of(IMAGE.resolve("bin/timeline-explorer").toString(),
                "--measure-startup")));
        contenders.add(new Contender("java -jar", List.of(java, "-jar",
                TARGET.resolve("timeline-explorer.jar").toString(), "--measure-startup")));
        if ("1".equals(System.getenv("BENCHMARK_MAVEN"))) {
            contenders.add(new Contender("mvn javafx:run", List.of("mvn", "-B", "-q", "javafx:run",
                    "-Djavafx.args=--measure-startup")));
        }
        return contenders;
    }

    /** Xvfb and a window manager on a free display, as a teacher's desktop has one. */
    private static String startDisplay(List<Process> started) throws IOException, InterruptedException {
        for (int number = 90; number < 110; number++) {
            if (Files.exists(Path.of("/tmp/.X11-unix/X" + number))) {
                continue;
            }
            String display = ":" + number;
            started.add(new ProcessBuilder("Xvfb", display, "-screen", "0", "1920x1080x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
            for (int i = 0; i < 100 && !Files.exists(Path.of("/tmp/.X11-unix/X" + number)); i++) {
                Thread.sleep(50);
            }
            ProcessBuilder windowManager = new ProcessBuilder("fluxbox").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD);
            windowManager.environment().put("DISPLAY", display);
            started.add(windowManager.start());
            Thread.sleep(1000);
            return display;
        }
        throw new IllegalStateException("no free X display between :90 and :109");
    }

    /** Starts the app image until its class-data-sharing archive exists, as after a teacher's first start. */
    private static void prepareArchive(Map<String, String> environment) throws Exception {
        Path archive = IMAGE.resolve("lib/app/timeline-explorer.jsa");
        for (int attempt = 0; attempt < 3 && !Files.exists(archive); attempt++) {
            start(List.of(IMAGE.resolve("bin/timeline-explorer").toString(), "--measure-startup"), environment,
                    archive);
        }
        if (!Files.exists(archive)) {
            throw new IllegalStateException("the app image made no archive: " + archive);
        }
    }

    /**
     * Starts one window and ends it at its first frame, or once {@code awaited} exists if that is not null; returns
     * its first frame in ms after its JVM's start and after the process's spawn.
     */
    private static long[] start(List<String> command, Map<String, String> environment, Path awaited)
            throws Exception {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        long spawned = System.nanoTime();
        Process process = builder.start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            StringBuilder seen = new StringBuilder();
            for (String line; (line = output.readLine()) != null; ) {
                Matcher frame = FIRST_FRAME.matcher(line);
                if (frame.find()) {
                    long fromSpawn = (System.nanoTime() - spawned) / 1_000_000;
                    for (int i = 0; awaited != null && i < 600 && !Files.exists(awaited); i++) {
                        Thread.sleep(100);
                    }
                    return new long[] {Long.parseLong(frame.group(1)), fromSpawn};
                }
                seen.append(line).append('\n');
            }
            throw new IllegalStateException(String.join(" ", command) + " printed no first frame:\n" + seen);
        } finally {
            // Maven's JVM forks the app's: end it first. The app's own children live on, as when a teacher closes
            // the window: the JVM that makes the class-data-sharing archive after the first start.
            if (command.get(0).equals("mvn")) {
                process.descendants().forEach(ProcessHandle::destroy);
            }
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    private static void print(List<Contender> contenders, int runs) {
        System.out.printf(Locale.ROOT, "First frame, %d starts each in turns, load average now %.1f: median (range)"
                + " in ms, and the ratio of medians to the bare window's%n", runs, loadAverage());
        System.out.printf(Locale.ROOT, "%-20s %22s %7s %22s %7s%n", "", "from JVM start", "ratio", "from spawn",
                "ratio");
        double[] bareJvm = sorted(contenders.get(0).fromJvm());
        double[] bareSpawn = sorted(contenders.get(0).fromSpawn());
        for (Contender contender : contenders) {
            double[] jvm = sorted(contender.fromJvm());
            double[] spawn = sorted(contender.fromSpawn());
            System.out.printf(Locale.ROOT, "%-20s %22s %6.2fx %22s %6.2fx%n", contender.name(), figure(jvm),
                    median(jvm) / median(bareJvm), figure(spawn), median(spawn) / median(bareSpawn));
        }
    }

    private static String figure(double[] sorted) {
        return String.format(Locale.ROOT, "%.0f (%.0f–%.0f)", median(sorted), sorted[0], sorted[sorted.length - 1]);
    }

    private static double median(double[] sorted) {
        return TakingTurns.quantile(sorted, 0.5);
    }

    private static double[] sorted(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return sorted;
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
