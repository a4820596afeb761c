package org.timelineexplorer.export;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PngFilesTest {

    private static final BufferedImage IMAGE = new BufferedImage(20, 10, BufferedImage.TYPE_INT_RGB);

    @Test
    void writesAndReplaces(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("chart.png");
        Files.writeString(target, "old");
        PngFiles.write(IMAGE, target);
        byte[] bytes = Files.readAllBytes(target);
        assertArrayEquals(new byte[]{(byte) 0x89, 'P', 'N', 'G'}, java.util.Arrays.copyOf(bytes, 4));
        assertEquals(1, listing(dir), "no temporary file is left");
    }

    @Test
    void unwritableFolderGivesAMessageAndLeavesNothing(@TempDir Path dir) throws IOException {
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            // Root ignores permission bits; /sys refuses new files even to root.
            Path folder = Files.isWritable(locked) ? Path.of("/sys") : locked;
            assumeTrue(Files.isDirectory(folder), "no folder that refuses writing");
            String name = "timeline-explorer-test-" + ProcessHandle.current().pid() + ".png";
            PngFiles.PngWriteException e = assertThrows(PngFiles.PngWriteException.class,
                    () -> PngFiles.write(IMAGE, folder.resolve(name)));
            assertTrue(e.getMessage().contains("may not write to the folder " + folder), e.getMessage());
            assertFalse(Files.exists(folder.resolve(name)));
            assertEquals(0, listing(locked));
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void failureWhileWritingLeavesNoPartialFile(@TempDir Path dir) {
        Path target = dir.resolve("chart.png");
        PngFiles.PngWriteException e = assertThrows(PngFiles.PngWriteException.class,
                () -> PngFiles.write(target, out -> {
                    out.write(new byte[1000]);
                    throw new IOException("No space left on device");
                }));
        assertTrue(e.getMessage().contains("the disk is full"), e.getMessage());
        assertTrue(e.getMessage().contains("chart.png"), e.getMessage());
        assertEquals(0, listing(dir), "neither the target nor a temporary file exists");
    }

    @Test
    void failureKeepsTheOldFile(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("chart.png");
        Files.writeString(target, "old");
        assertThrows(PngFiles.PngWriteException.class, () -> PngFiles.write(target, out -> {
            throw new IOException("No space left on device");
        }));
        assertEquals("old", Files.readString(target));
        assertEquals(1, listing(dir));
    }

    @Test
    void missingFolderIsNamed(@TempDir Path dir) {
        PngFiles.PngWriteException e = assertThrows(PngFiles.PngWriteException.class,
                () -> PngFiles.write(IMAGE, dir.resolve("nowhere/chart.png")));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void badNameIsExplained(@TempDir Path dir) {
        String name = "x".repeat(300) + ".png";
        PngFiles.PngWriteException e = assertThrows(PngFiles.PngWriteException.class,
                () -> PngFiles.write(IMAGE, dir.resolve(name)));
        assertTrue(e.getMessage().contains("refuses this file name"), e.getMessage());
        assertEquals(0, listing(dir));
    }

    @Test
    void newFilesAreReadableByOthers(@TempDir Path dir) throws IOException {
        Path target = dir.resolve("chart.png");
        PngFiles.write(IMAGE, target);
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(target)));
    }

    private static long listing(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
