package org.timelineexplorer.io;

import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Picture;
import org.timelineexplorer.model.TimelineEvent;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Pictures' relative paths: where they point from the dataset's location, whether they stay inside its folder, and
 * how they change when the dataset is saved into another folder. Pure functions, for any thread.
 */
public final class PicturePaths {

    private PicturePaths() {
    }

    /**
     * {@code file} (a relative path with {@code /}) beside {@code datasetLocation}, which may be a {@code file:}
     * address or a {@code jar:} one (a bundled dataset, a zip); empty without a location.
     */
    public static Optional<URI> resolve(URI datasetLocation, String file) {
        if (datasetLocation == null) {
            return Optional.empty();
        }
        String location = datasetLocation.toString();
        try {
            String encoded = new URI(null, null, file, null).getRawPath();
            return Optional.of(URI.create(location.substring(0, location.lastIndexOf('/') + 1) + encoded));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Relative, with no {@code ..} that climbs above where it starts: inside the dataset's folder or a zip. */
    public static boolean isInside(String path) {
        if (!PictureReader.isRelativePath(path)) {
            return false;
        }
        int depth = 0;
        for (String part : path.split("/", -1)) {
            depth += part.equals("..") ? -1 : part.isEmpty() || part.equals(".") ? 0 : 1;
            if (depth < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * The dataset as saved from {@code fromDir} into {@code toDir}: each picture file's relative path changed so
     * that it points at the same file from the new folder (web pictures are unchanged). A path that cannot be made
     * relative (another drive) stays as it was.
     */
    public static Dataset rebase(Dataset dataset, Path fromDir, Path toDir) {
        Path from = fromDir.toAbsolutePath().normalize();
        Path to = toDir.toAbsolutePath().normalize();
        if (from.equals(to)) {
            return dataset;
        }
        List<TimelineEvent> events = dataset.events().stream().map(event -> {
            Picture picture = event.picture();
            if (picture == null || picture.isWeb()) {
                return event;
            }
            try {
                Path target = from.resolve(picture.file()).normalize();
                String relative = to.relativize(target).toString().replace(java.io.File.separatorChar, '/');
                return event.withPicture(picture.atFile(relative));
            } catch (IllegalArgumentException e) {
                return event;
            }
        }).toList();
        return dataset.withEvents(events);
    }
}
