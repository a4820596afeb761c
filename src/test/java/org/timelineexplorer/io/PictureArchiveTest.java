package org.timelineexplorer.io;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.HistoricalDate;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.TimelineEvent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A timeline with its pictures in one zip: written, opened again, and hostile zips refused. */
class PictureArchiveTest {

    @TempDir
    Path folder;

    private static TimelineEvent event(String id, Picture picture) {
        return new TimelineEvent(id, HistoricalDate.parse("2003"), null, "Event " + id, "", "", null, List.of(), null,
                null, List.of(), picture);
    }

    private static Dataset dataset(Picture... pictures) {
        List<TimelineEvent> events = new java.util.ArrayList<>();
        for (int i = 0; i < pictures.length; i++) {
            events.add(event("e" + i, pictures[i]));
        }
        return new Dataset("Shared", "", "", List.of(), events, List.of());
    }

    @Test
    void aZipHoldsTheJsonAndItsPicturesAndOpensLikeTheJson() throws IOException {
        Path pictures = Files.createDirectories(folder.resolve("class/pictures"));
        Files.createDirectories(folder.resolve("shared"));
        byte[] first = {1, 2, 3};
        byte[] outside = {4, 5};
        Files.write(pictures.resolve("one.png"), first);
        Files.write(folder.resolve("shared/one.png"), outside);
        Dataset dataset = dataset(Picture.ofFile("pictures/one.png", "First", "", "The first"),
                Picture.ofFile("../shared/one.png", "", "", "Beside the class folder"),
                Picture.ofFile("pictures/gone.png", "", "", "Not there"),
                Picture.ofUrl(URI.create("https://example.org/w.png"), "", "", "On the web"));
        PictureArchive.Written written = PictureArchive.write(dataset,
                folder.resolve("class/timeline.json").toUri());
        assertEquals(List.of("pictures/gone.png: there is no such file"), written.leftOut());
        Path zip = folder.resolve("shared.zip");
        Files.write(zip, written.bytes());

        LoadResult result = DatasetOpener.open(zip);
        assertEquals(List.of(), result.problems());
        List<TimelineEvent> events = result.dataset().orElseThrow().events();
        assertEquals("pictures/one.png", events.get(0).picture().file());
        assertEquals("pictures/one-2.png", events.get(1).picture().file(), "a path that climbs out is moved in");
        assertEquals("pictures/gone.png", events.get(2).picture().file());
        assertEquals(dataset.events().get(3), events.get(3));
        URI location = DatasetOpener.location(zip);
        assertArrayEquals(first, readAll(PicturePaths.resolve(location, "pictures/one.png").orElseThrow()));
        assertArrayEquals(outside, readAll(PicturePaths.resolve(location, "pictures/one-2.png").orElseThrow()));
    }

    private static byte[] readAll(URI address) throws IOException {
        try (InputStream in = address.toURL().openStream()) {
            return in.readAllBytes();
        }
    }

    private Path zip(String name, ZipWriting writing) throws IOException {
        Path zip = folder.resolve(name);
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            writing.write(out);
        }
        return zip;
    }

    private interface ZipWriting {
        void write(ZipOutputStream out) throws IOException;
    }

    private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
        out.putNextEntry(new ZipEntry(name));
        out.write(bytes);
        out.closeEntry();
    }

    private static final byte[] JSON = NativeJson.bytes(dataset(Picture.ofFile("a.png", "", "", "A")));

    private static String onlyProblem(Path zip) {
        LoadResult result = DatasetOpener.open(zip);
        assertFalse(result.isLoaded());
        assertEquals(1, result.problems().size(), result.problems().toString());
        Problem problem = result.problems().get(0);
        assertTrue(result.source().startsWith(zip.toString()), "named by the zip (and its entry)");
        return problem.message();
    }

    @Test
    void anEntryThatClimbsOutOrIsAbsoluteIsRefused() throws IOException {
        assertEquals("the zip’s entry \"../x.png\" would lie outside the zip (an absolute path or ..); the zip is "
                + "refused", onlyProblem(zip("climbs.zip", out -> {
                    entry(out, PictureArchive.DATASET, JSON);
                    entry(out, "../x.png", new byte[]{1});
                })));
        assertTrue(onlyProblem(zip("absolute.zip", out -> {
            entry(out, PictureArchive.DATASET, JSON);
            entry(out, "/etc/x.png", new byte[]{1});
        })).contains("\"/etc/x.png\" would lie outside the zip"));
        assertTrue(onlyProblem(zip("deep.zip", out -> {
            entry(out, PictureArchive.DATASET, JSON);
            entry(out, "pictures/../../x.png", new byte[]{1});
        })).contains("outside the zip"));
    }

    @Test
    void aZipWithTooManyEntriesIsRefusedBeforeAnyIsRead() throws IOException {
        assertEquals("the zip holds 2,001 files; Timeline Explorer opens zips of at most 2,000",
                onlyProblem(zip("many.zip", out -> {
                    entry(out, PictureArchive.DATASET, JSON);
                    for (int i = 0; i < PictureArchive.MAX_ENTRIES; i++) {
                        entry(out, "pictures/" + i + ".png", new byte[0]);
                    }
                })));
    }

    @Test
    void aBombIsStoppedAtTheLimitWhateverItsEntrySays() throws IOException {
        Path bomb = zip("bomb.zip", out -> {
            out.putNextEntry(new ZipEntry(PictureArchive.DATASET));
            byte[] spaces = new byte[1024 * 1024];
            java.util.Arrays.fill(spaces, (byte) ' ');
            out.write("{\"title\": \"".getBytes(StandardCharsets.US_ASCII));
            for (int i = 0; i < 80; i++) {
                out.write(spaces);
            }
            out.closeEntry();
        });
        assertTrue(Files.size(bomb) < 1024 * 1024, "a small file that inflates to 80 MiB");
        assertEquals(DatasetReader.tooLarge(), onlyProblem(bomb));
    }

    @Test
    void aZipWithoutTheDatasetSaysWhatItNeeds() throws IOException {
        assertTrue(onlyProblem(zip("empty.zip", out -> entry(out, "other.json", JSON)))
                .startsWith("the zip has no timeline.json at its top"));
        Path notZip = folder.resolve("not.zip");
        try (OutputStream out = Files.newOutputStream(notZip)) {
            out.write("not a zip".getBytes(StandardCharsets.US_ASCII));
        }
        assertTrue(onlyProblem(notZip).startsWith("the file is not a zip that can be read"));
    }

    @Test
    void savingIntoAnotherFolderKeepsPicturesPointingAtTheSameFiles() {
        Dataset dataset = dataset(Picture.ofFile("pictures/a.png", "", "", "A"),
                Picture.ofFile("../shared/b.png", "", "", "B"),
                Picture.ofUrl(URI.create("https://example.org/c.png"), "", "", "C"));
        Path from = folder.resolve("term1/history");
        Dataset moved = PicturePaths.rebase(dataset, from, folder.resolve("term2"));
        assertEquals("../term1/history/pictures/a.png", moved.events().get(0).picture().file());
        assertEquals("../term1/shared/b.png", moved.events().get(1).picture().file());
        assertEquals(dataset.events().get(2), moved.events().get(2));
        assertEquals(dataset, PicturePaths.rebase(moved, folder.resolve("term2"), from));
    }
}
