package org.timelineexplorer.io.recovery;

import org.timelineexplorer.io.SafeFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The folder of recovery files, one per running window: {@code NAME.recovery} beside {@code NAME.lock}, whose lock
 * the window holds for as long as it runs. A file whose lock another live process (or this one) holds belongs to a
 * window still running and is never offered; a lock nobody holds means its window ended without removing its file
 * (a crash, a power cut, {@code kill -9}), and the file is offered to restore.
 */
public final class RecoveryStore {

    /** The system property that puts the folder elsewhere (tests, a second profile). */
    public static final String FOLDER_PROPERTY = "timeline.recovery.dir";

    static final String FILE_SUFFIX = ".recovery";
    static final String LOCK_SUFFIX = ".lock";

    private static final Logger LOG = Logger.getLogger(RecoveryStore.class.getName());

    private final Path folder;

    public RecoveryStore(Path folder) {
        this.folder = Objects.requireNonNull(folder, "folder");
    }

    /**
     * The store of the user on this computer, {@code ~/.timeline-explorer/recovery}, or where the system property
     * {@value #FOLDER_PROPERTY} says.
     */
    public static RecoveryStore forUser() {
        String chosen = System.getProperty(FOLDER_PROPERTY);
        return new RecoveryStore(chosen != null && !chosen.isBlank() ? Path.of(chosen)
                : Path.of(System.getProperty("user.home"), ".timeline-explorer", "recovery"));
    }

    public Path folder() {
        return folder;
    }

    /** Takes a new file for this window and locks it until {@link Claim#close()}; nothing is written yet. */
    public Claim claim() throws IOException {
        Files.createDirectories(folder);
        String name = "window-" + ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Held held = Held.lock(folder.resolve(name + LOCK_SUFFIX))
                .orElseThrow(() -> new IOException("a new lock file is locked already: " + name));
        return new Claim(folder.resolve(name + FILE_SUFFIX), held);
    }

    /**
     * The files left by windows that ended without removing them, newest first, each locked now for the caller, who
     * restores, discards or releases every one. Files of running windows, and files that are not recovery files,
     * are left alone.
     */
    public List<Orphan> orphans() {
        List<Orphan> orphans = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return orphans;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + FILE_SUFFIX)) {
            for (Path file : files) {
                Optional<Held> held = Held.lock(lockOf(file));
                if (held.isEmpty()) {
                    continue; // its window is running
                }
                Optional<RecoveryFile> header = RecoveryFile.readHeader(file);
                if (header.isPresent()) {
                    orphans.add(new Orphan(header.get(), held.get()));
                } else {
                    // Gone between listing and locking, or not a recovery file: not ours to offer or remove.
                    held.get().release(false);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            LOG.log(Level.WARNING, "the recovery folder " + folder + " cannot be read", e);
        }
        orphans.sort(Comparator.comparing((Orphan orphan) -> orphan.file().written()).reversed());
        return orphans;
    }

    private static Path lockOf(Path file) {
        String name = file.getFileName().toString();
        return file.resolveSibling(name.substring(0, name.length() - FILE_SUFFIX.length()) + LOCK_SUFFIX);
    }

    /** A lock file and the lock held on it. */
    private record Held(Path path, FileChannel channel, FileLock lock) {

        /** The lock, if no process (this one included) holds it. */
        static Optional<Held> lock(Path path) throws IOException {
            FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                FileLock lock = channel.tryLock();
                if (lock != null) {
                    return Optional.of(new Held(path, channel, lock));
                }
            } catch (OverlappingFileLockException e) {
                // This process holds it: a window of ours.
            }
            channel.close();
            return Optional.empty();
        }

        /** Lets the lock go, deleting the lock file first when its recovery file is gone too. */
        void release(boolean deleteFile) throws IOException {
            try {
                if (deleteFile) {
                    Files.deleteIfExists(path);
                }
            } finally {
                channel.close(); // releases the lock
            }
        }
    }

    /** This window's recovery file: written as often as the work changes, removed when the work is saved. */
    public static final class Claim implements AutoCloseable {
        private final Path file;
        private final Held held;

        private Claim(Path file, Held held) {
            this.file = file;
            this.held = held;
        }

        public Path file() {
            return file;
        }

        /** Replaces the file with {@code bytes}, whole or not at all (see {@link RecoveryFile#bytes}). */
        public void write(byte[] bytes) throws IOException {
            SafeFile.replace(file, bytes);
        }

        /** The work is saved, or thrown away: nothing to recover. */
        public void remove() throws IOException {
            Files.deleteIfExists(file);
        }

        /** The window ends normally: its file and its lock go. */
        @Override
        public void close() throws IOException {
            try {
                remove();
            } finally {
                held.release(true);
            }
        }
    }

    /** A recovery file left by a window that ended without saving, locked by this process while it is offered. */
    public static final class Orphan {
        private final RecoveryFile file;
        private final Held held;

        private Orphan(RecoveryFile file, Held held) {
            this.file = file;
            this.held = held;
        }

        public RecoveryFile file() {
            return file;
        }

        /** Removes the file and its lock: restored into this window, or not wanted. */
        public void discard() throws IOException {
            try {
                Files.deleteIfExists(file.path());
            } finally {
                held.release(true);
            }
        }

        /** Leaves the file for a later start. */
        public void release() throws IOException {
            held.release(false);
        }
    }
}
