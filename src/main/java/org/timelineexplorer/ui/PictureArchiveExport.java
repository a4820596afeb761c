package org.timelineexplorer.ui;

import org.timelineexplorer.io.PictureArchive;
import org.timelineexplorer.io.SafeFile;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * File → Export → Timeline with pictures: the open timeline and its picture files in one zip, for a colleague to
 * open as it is. Written safely in the background; pictures that could not be put in are named in the status.
 */
public final class PictureArchiveExport extends BackgroundExport<PictureArchive.Written> {

    public PictureArchiveExport(AppState state) {
        super(state, "Export timeline with pictures", "Timeline with pictures (zip)", ".zip",
                "picture-archive-export", "The timeline with pictures was not saved");
    }

    @Override
    PictureArchive.Written write(Dataset dataset, URI location, Path file) throws Exception {
        PictureArchive.Written written = PictureArchive.write(dataset, location);
        SafeFile.write(file, written.bytes());
        return written;
    }

    @Override
    String savedMessage(Dataset dataset, Path file, PictureArchive.Written written) {
        List<String> leftOut = written.leftOut();
        return "Saved " + file.getFileName() + (leftOut.isEmpty() ? ""
                : "; left out " + leftOut.size() + " picture" + (leftOut.size() == 1 ? "" : "s") + ": "
                + String.join("; ", leftOut));
    }
}
