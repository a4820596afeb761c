package org.timelineexplorer.export;

import org.timelineexplorer.i18n.Messages;
import javax.imageio.ImageIO;
import java.awt.image.RenderedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;
import java.util.Set;

/**
 * Writes PNG files safely: the image goes to a temporary file in the target folder, which is then moved over the
 * target in one step. A reader never sees half a file, and a failure (a folder that cannot be written, a full disk,
 * a name the system refuses) leaves nothing behind and throws a {@link PngWriteException} whose message a teacher can
 * read. Whether an existing file may be replaced is the caller's decision (the file chooser asks); this class replaces
 * it.
 */
public final class PngFiles {

    private static final Messages TEXT = Messages.of(PngFiles.class);

    private PngFiles() {
    }

    /** A write that failed, with a message in plain words naming the file. */
    public static final class PngWriteException extends IOException {
        public PngWriteException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Writes {@code image} as a PNG to {@code target}, replacing an existing file. */
    public static void write(RenderedImage image, Path target) throws PngWriteException {
        write(target, out -> {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer is available");
            }
        });
    }

    /** What produces a file's bytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes whatever {@code content} produces to {@code target} through a temporary file in the same folder. */
    public static void write(Path target, Content content) throws PngWriteException {
        Path absolute;
        try {
            absolute = target.toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw new PngWriteException(TEXT.text("save.badName", target), e);
        }
        Path folder = absolute.getParent();
        Path name = absolute.getFileName();
        if (folder == null || name == null) {
            throw new PngWriteException(TEXT.text("save.notAFile", target), null);
        }
        if (!Files.isDirectory(folder)) {
            throw new PngWriteException(TEXT.text("save.noFolder", name, folder), null);
        }
        if (Files.isDirectory(absolute)) {
            throw new PngWriteException(TEXT.text("save.folderNamed", absolute), null);
        }
        Path temporary = null;
        try {
            temporary = Files.createTempFile(folder, "." + name + ".", ".part");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                content.writeTo(out);
            }
            givePermissionsOf(absolute, temporary);
            move(temporary, absolute);
            temporary = null;
        } catch (IOException | RuntimeException e) {
            throw new PngWriteException(explain(e, absolute), e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // The original failure is the one to report; a leftover we cannot delete cannot be helped.
                }
            }
        }
    }

    /**
     * Temporary files are private to their owner; the finished file gets the permissions of the file it replaces, or
     * the usual owner-writes, everyone-reads for a new one, like any other file a program saves.
     */
    private static void givePermissionsOf(Path target, Path temporary) throws IOException {
        if (!Files.getFileStore(temporary).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.exists(target)
                ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--");
        Files.setPosixFilePermissions(temporary, permissions);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Turns an I/O failure into a sentence: what could not be done and the most likely reason. */
    static String explain(Exception e, Path target) {
        String reason = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        if (e instanceof AccessDeniedException || reason.contains("permission denied")
                || reason.contains("read-only file system")) {
            return TEXT.text("save.denied", target, target.getParent());
        }
        if (reason.contains("no space left") || reason.contains("disk full") || reason.contains("quota")) {
            return TEXT.text("save.diskFull", target);
        }
        if (e instanceof NoSuchFileException) {
            return TEXT.text("save.noFolder", target, target.getParent());
        }
        if (e instanceof InvalidPathException || reason.contains("file name too long")
                || reason.contains("invalid argument")) {
            return TEXT.text("save.refusedName", target);
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            // The system's own words, in the system's language.
            return TEXT.text("save.failed", target, fse.getReason());
        }
        return TEXT.text("save.failed", target, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
