package org.timelineexplorer.ui;

import org.timelineexplorer.i18n.Messages;
import org.timelineexplorer.io.DatasetWriter;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;

import java.net.URI;
import java.nio.file.Path;

/**
 * File → Export → Spreadsheet (CSV): the open timeline in the app's own spreadsheet layout, for a teacher to edit in
 * her spreadsheet program and open again. Written safely in the background: a failure leaves an old file whole and
 * says why in a dialog.
 */
public final class SpreadsheetExport extends BackgroundExport<Path> {

    private static final Messages TEXTS = Messages.named(DraftForm.DIALOGS);

    public SpreadsheetExport(AppState state) {
        super(state, TEXTS.text("spreadsheet.chooser.title"), TEXTS.text("spreadsheet.chooser.kind"), ".csv",
                "spreadsheet-export", TEXTS.text("spreadsheet.failed"));
    }

    @Override
    Path write(Dataset dataset, URI location, Path file) throws Exception {
        DatasetWriter.save(dataset, file);
        return file;
    }

    @Override
    String savedMessage(Dataset dataset, Path file, Path written) {
        return TEXTS.text("spreadsheet.saved", String.valueOf(written.getFileName()), dataset.events().size(),
                dataset.eras().size(), dataset.series().size());
    }
}
