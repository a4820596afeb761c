package org.timelineexplorer.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.ReadOnlyFileSystemException;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Locale;

import org.timelineexplorer.i18n.Messages;

/**
 * Writes a file so that a failure at any moment (a full disk, a read-only folder, the power going) leaves the old
 * file whole: the bytes go to a temporary file in the same folder, are flushed to the disk, and only then is the
 * temporary file moved over the old one, atomically where the file system can. The old version is kept beside it
 * as {@code NAME.bak} ({@code lesson.json.bak}). No temporary file is left behind, whatever happens.
 */
public final class SafeFile {

    private static final Messages WORDS = Messages.of(SafeFile.class);

    /** Where the bytes go once the temporary file is open; a test may stand in a channel that fails. */
    interface Writing {
        Writing CHANNEL = (channel, bytes) -> {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        };

        void write(FileChannel channel, byte[] bytes) throws IOException;
    }

    /** Saving failed; the message says why in plain words, and the old file is as it was. */
    public static final class SaveFailedException extends IOException {
        private static final long serialVersionUID = 1L;

        SaveFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private SafeFile() {
    }

    /** Writes {@code bytes} to {@code target}, keeping the old {@code target} as {@code target.bak}. */
    public static void write(Path target, byte[] bytes) throws SaveFailedException {
        write(target, bytes, Writing.CHANNEL);
    }

    /**
     * Writes {@code bytes} to {@code target} as safely as {@link #write(Path, byte[])}, keeping no {@code .bak}: for
     * files the app keeps for itself (recovery files), whose old version is of no use once the new one is whole.
     */
    public static void replace(Path target, byte[] bytes) throws SaveFailedException {
        write(target, bytes, Writing.CHANNEL, false);
    }

    static void write(Path target, byte[] bytes, Writing writing) throws SaveFailedException {
        write(target, bytes, writing, true);
    }

    private static void write(Path target, byte[] bytes, Writing writing, boolean keepBackup)
            throws SaveFailedException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        String name = absolute.getFileName().toString();
        Path temporary = null;
        try {
            if (Files.isDirectory(absolute)) {
                throw new SaveFailedException(WORDS.text("save.isFolder", absolute.toString()), null);
            }
            temporary = Files.createTempFile(folder, "." + name + ".", ".saving");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                writing.write(channel, bytes);
                // On the disk before the move: a power cut then leaves the old file or the new, never half of one.
                channel.force(true);
            }
            if (keepBackup && Files.exists(absolute)) {
                Files.copy(absolute, folder.resolve(name + ".bak"), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.COPY_ATTRIBUTES);
            }
            move(temporary, absolute);
            temporary = null;
        } catch (SaveFailedException e) {
            throw e;
        } catch (IOException | ReadOnlyFileSystemException | SecurityException e) {
            throw new SaveFailedException(reason(absolute, e), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException | RuntimeException e) {
                    // The save has failed already and says so; a temporary file that cannot go changes nothing.
                }
            }
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String reason(Path target, Exception e) {
        String name = target.getFileName().toString();
        String folder = String.valueOf(target.getParent());
        String system = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || e instanceof ReadOnlyFileSystemException
                || e instanceof SecurityException || system.contains("read-only")) {
            return WORDS.text("save.readOnly", name, folder);
        }
        if (system.contains("no space") || system.contains("disk full") || system.contains("quota")) {
            return WORDS.text("save.diskFull", name, folder);
        }
        if (e instanceof NoSuchFileException) {
            return WORDS.text("save.noFolder", name, folder);
        }
        String detail = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
        return WORDS.text("save.other", name, folder, detail);
    }
}
