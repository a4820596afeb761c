package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/** Saving leaves the old file whole whatever fails, keeps the previous version, and leaves no temporary file. */
class SafeFileTest {

    private static final byte[] OLD = "old\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] NEW = "new\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void theNewFileReplacesTheOldWhichIsKeptAsBak() throws IOException {
        Path file = folder.resolve("lesson.json");
        Files.write(file, OLD);
        SafeFile.write(file, NEW);
        assertEquals("new\n", Files.readString(file));
        assertEquals("old\n", Files.readString(folder.resolve("lesson.json.bak")));
        assertEquals(List.of("lesson.json", "lesson.json.bak"), names(folder));
    }

    @Test
    void aFirstSaveMakesNoBak() throws IOException {
        Path file = folder.resolve("new.json");
        SafeFile.write(file, NEW);
        assertEquals(List.of("new.json"), names(folder));
    }

    @Test
    void aFullDiskHalfwayLeavesTheOldFileAndNoTemporaryFile() throws IOException {
        Path file = folder.resolve("lesson.json");
        Files.write(file, OLD);
        SafeFile.SaveFailedException failed = assertThrows(SafeFile.SaveFailedException.class,
                () -> SafeFile.write(file, NEW, (channel, bytes) -> {
                    channel.write(java.nio.ByteBuffer.wrap(bytes, 0, 2));
                    throw new IOException("No space left on device");
                }));
        assertTrue(failed.getMessage().contains("the disk is full"), failed.getMessage());
        assertTrue(failed.getMessage().contains("the old file is unchanged"), failed.getMessage());
        assertEquals("old\n", Files.readString(file));
        assertEquals(List.of("lesson.json"), names(folder));
    }

    /** What a folder that became read-only (a USB stick's switch, a share) answers once the file is open. */
    @Test
    void aFolderThatRefusesTheWriteLeavesTheOldFileAndSaysSo() throws IOException {
        Path file = folder.resolve("lesson.json");
        Files.write(file, OLD);
        SafeFile.SaveFailedException failed = assertThrows(SafeFile.SaveFailedException.class,
                () -> SafeFile.write(file, NEW, (channel, bytes) -> {
                    throw new java.nio.file.AccessDeniedException(file.toString());
                }));
        assertTrue(failed.getMessage().contains("may not be written to"), failed.getMessage());
        assertEquals("old\n", Files.readString(file));
        assertEquals(List.of("lesson.json"), names(folder));
    }

    /** A real read-only folder; root may write in any folder, so this runs only for a user (not in CI, as root). */
    @Test
    void aFolderWithoutWritePermissionLeavesTheOldFile() throws IOException {
        Path file = folder.resolve("lesson.json");
        Files.write(file, OLD);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeFalse(Files.isWritable(folder), "running as root, who may write in any folder");
            SafeFile.SaveFailedException failed = assertThrows(SafeFile.SaveFailedException.class,
                    () -> SafeFile.write(file, NEW));
            assertTrue(failed.getMessage().contains("may not be written to"), failed.getMessage());
            assertEquals("old\n", Files.readString(file));
            assertEquals(List.of("lesson.json"), names(folder));
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
