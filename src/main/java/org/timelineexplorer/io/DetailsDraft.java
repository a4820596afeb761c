package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.EraStyle;

/**
 * A timeline's own fields as a teacher types them into a form: its title, summary and credit, and how its dates name
 * the years before AD 1. Checked by the loader itself (see {@link Drafts}) as a file with nothing else in it.
 */
public record DetailsDraft(String title, String summary, String credit, EraStyle eraStyle) {

    /** The form filled with {@code dataset}'s details. */
    public static DetailsDraft of(Dataset dataset) {
        return new DetailsDraft(dataset.title(), dataset.summary(), dataset.credit(), dataset.eraStyle());
    }

    /** Checks the draft; the dataset it gives has these details and nothing else. */
    public Drafts.Checked<Dataset> check() {
        ObjectNode file = Drafts.frame(Dataset.empty("Timeline"), false);
        file.put("title", title.strip());
        Drafts.putIfGiven(file, "summary", summary);
        Drafts.putIfGiven(file, "credit", credit);
        if (eraStyle != EraStyle.BC_AD) {
            file.put("eraStyle", eraStyle.jsonName());
        }
        return Drafts.read(file, "", dataset -> dataset);
    }
}
