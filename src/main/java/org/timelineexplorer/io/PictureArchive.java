package org.timelineexplorer.io;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.TimelineEvent;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * A timeline with its pictures in one zip, to share it (File → Export → Timeline with pictures): {@value #DATASET}
 * at the top in our JSON format and each picture file at its relative path, so the zip opens as the JSON did. A zip
 * is opened through the same limits as any file, and more, since anyone may send one: at most
 * {@value #MAX_ENTRIES} entries, no entry whose path is absolute or climbs out of the archive with {@code ..}, and
 * the dataset's bytes counted as they are inflated (a small zip may hold gigabytes of zeros), never trusting the
 * sizes it declares. Its pictures are read from inside the zip when shown, each through the picture limits.
 */
public final class PictureArchive {

    private static final Messages WORDS = Messages.of(PictureArchive.class);

    /** The name of the dataset inside the zip. */
    public static final String DATASET = "timeline.json";
    static final int MAX_ENTRIES = 2_000;

    /** What writing the zip gave: its bytes, and the pictures that could not be put in it, with why. */
    public record Written(byte[] bytes, List<String> leftOut) {
    }

    private PictureArchive() {
    }

    /** Whether {@code file} is read as an archive: by its name, as the other formats are by their contents. */
    public static boolean isArchive(Path file) {
        return String.valueOf(file.getFileName()).toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
    }

    /** Where the pictures of the dataset inside {@code zip} are found: beside {@value #DATASET}, inside the zip. */
    static URI location(Path zip) {
        return URI.create("jar:" + zip.toAbsolutePath().toUri() + "!/" + DATASET);
    }

    /**
     * The zip of {@code dataset}, whose pictures' files are read beside {@code location} (where it was read from).
     * A picture whose path climbs out of the dataset's folder is put in {@code pictures/} and its path changed; one
     * that cannot be read is left out of the zip (its event keeps its alt text) and named in {@link Written#leftOut}.
     */
    public static Written write(Dataset dataset, URI location) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        Map<String, String> renamed = new HashMap<>();
        List<String> leftOut = new ArrayList<>();
        List<TimelineEvent> events = new ArrayList<>(dataset.events().size());
        for (TimelineEvent event : dataset.events()) {
            Picture picture = event.picture();
            if (picture == null || picture.isWeb()) {
                events.add(event);
                continue;
            }
            String inZip = renamed.computeIfAbsent(picture.file(), file -> PicturePaths.isInside(file) ? file
                    : uniqueName(files, "pictures/" + file.substring(file.lastIndexOf('/') + 1)));
            if (!files.containsKey(inZip)) {
                try {
                    files.put(inZip, readPicture(location, picture.file()));
                } catch (IOException e) {
                    leftOut.add(picture.file() + ": " + (e.getMessage() == null ? WORDS.text("picture.unreadable") : e.getMessage()));
                    files.put(inZip, null);
                }
            }
            events.add(event.withPicture(picture.atFile(inZip)));
        }
        Dataset shared = dataset.withEvents(events);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(DATASET));
            zip.write(NativeJson.bytes(shared));
            zip.closeEntry();
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                if (file.getValue() != null) {
                    zip.putNextEntry(new ZipEntry(file.getKey()));
                    zip.write(file.getValue());
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing into memory cannot fail", e);
        }
        return new Written(out.toByteArray(), List.copyOf(leftOut));
    }

    private static String uniqueName(Map<String, byte[]> taken, String name) {
        String unique = name;
        for (int n = 2; taken.containsKey(unique); n++) {
            int dot = name.lastIndexOf('.');
            unique = dot > name.lastIndexOf('/') ? name.substring(0, dot) + "-" + n + name.substring(dot)
                    : name + "-" + n;
        }
        return unique;
    }

    private static byte[] readPicture(URI location, String file) throws IOException {
        URI address = PicturePaths.resolve(location, file)
                .orElseThrow(() -> new IOException(WORDS.text("picture.noFolder")));
        try (InputStream in = address.toURL().openStream()) {
            byte[] bytes = in.readNBytes(DatasetReader.MAX_BYTES + 1);
            if (bytes.length > DatasetReader.MAX_BYTES) {
                throw new IOException(WORDS.text("picture.tooLarge"));
            }
            return bytes;
        } catch (java.io.FileNotFoundException | java.nio.file.NoSuchFileException e) {
            throw new IOException(WORDS.text("file.missing"), e);
        }
    }

    /**
     * Reads the dataset in {@code zip} after checking the whole archive's list of entries; a zip that breaks a
     * limit is one problem saying which, and nothing of it is read.
     */
    static LoadResult read(Path zip, DatasetReader reader, OpeningProgress progress) throws IOException {
        String name = zip.toString();
        try (ZipFile archive = new ZipFile(zip.toFile())) {
            if (archive.size() > MAX_ENTRIES) {
                return DatasetOpener.failure(name, WORDS.text("zip.tooManyFiles", archive.size(), MAX_ENTRIES));
            }
            ZipEntry dataset = null;
            for (Enumeration<? extends ZipEntry> entries = archive.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (!PicturePaths.isInside(entry.getName().endsWith("/")
                        ? entry.getName().substring(0, entry.getName().length() - 1) : entry.getName())) {
                    return DatasetOpener.failure(name, WORDS.text("zip.outside", Text.quote(entry.getName())));
                }
                if (entry.getName().equals(DATASET)) {
                    dataset = entry;
                }
            }
            if (dataset == null) {
                return DatasetOpener.failure(name, WORDS.text("zip.noDataset", DATASET));
            }
            try (InputStream in = archive.getInputStream(dataset)) {
                // DatasetReader stops after MAX_BYTES inflated bytes, whatever size the entry declares.
                return reader.read(in, -1, name + "!/" + DATASET, progress);
            }
        } catch (ZipException e) {
            return DatasetOpener.failure(name, WORDS.text("zip.unreadable", e.getMessage()));
        }
    }
}
