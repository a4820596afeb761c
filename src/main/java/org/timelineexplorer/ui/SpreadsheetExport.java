package org.timelineexplorer.ui;

import org.timelineexplorer.io.DatasetWriter;
import org.timelineexplorer.model.AppState;
import org.timelineexplorer.model.Dataset;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

/**
 * File → Export → Spreadsheet (CSV): the open timeline in the app's own spreadsheet layout, for a teacher to edit in
 * her spreadsheet program and open again. Written safely in the background: a failure leaves an old file whole and
 * says why in a dialog.
 */
public final class SpreadsheetExport extends BackgroundExport<Path> {

    static final String SAVED = "Saved %s (%d events, %d eras, %d series)";

    public SpreadsheetExport(AppState state) {
        super(state, "Export as spreadsheet", "Spreadsheet (CSV)", ".csv", "spreadsheet-export",
                "The spreadsheet was not saved");
    }

    @Override
    Path write(Dataset dataset, URI location, Path file) throws Exception {
        DatasetWriter.save(dataset, file);
        return file;
    }

    @Override
    String savedMessage(Dataset dataset, Path file, Path written) {
        return String.format(Locale.ROOT, SAVED, written.getFileName(), dataset.events().size(), dataset.eras().size(),
                dataset.series().size());
    }
}
