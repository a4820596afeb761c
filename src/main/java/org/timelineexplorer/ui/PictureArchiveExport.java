package org.timelineexplorer.ui;

import org.timelineexplorer.i18n.Messages;
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

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    public PictureArchiveExport(AppState state) {
        super(state, TEXTS.text("archive.chooser.title"), TEXTS.text("archive.chooser.kind"), ".zip",
                "picture-archive-export", TEXTS.text("archive.failed"));
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
        String saved = String.valueOf(file.getFileName());
        return leftOut.isEmpty() ? TEXTS.text("saved", saved)
                : TEXTS.text("archive.saved.left.out", saved, leftOut.size(), String.join("; ", leftOut));
    }
}
