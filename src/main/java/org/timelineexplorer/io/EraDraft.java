package org.timelineexplorer.io;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.timelineexplorer.model.Dataset;
import org.timelineexplorer.model.Era;

/**
 * An era as a teacher types it into a form: its dates as the README teaches them ("2003-03-20", "44 BC") and its
 * colour as {@code #RRGGBB}. It is checked by the loader itself (see {@link Drafts}), as the one era of a file with
 * the open dataset's way of naming years.
 */
public record EraDraft(String id, String title, String summary, String start, String end, String color) {

    private static final String ERA_PATH = "eras[0]";

    /** The form filled with {@code era}. */
    public static EraDraft of(Era era) {
        return new EraDraft(era.id(), era.title(), era.summary(), era.start().toIsoString(), era.end().toIsoString(),
                era.color());
    }

    /** Checks the draft as an era of {@code context}, written in its way of naming years. */
    public Drafts.Checked<Era> check(Dataset context) {
        ObjectNode file = Drafts.frame(context, false);
        ObjectNode era = Drafts.item(file, "eras", id, title);
        Drafts.putIfGiven(era, "summary", summary);
        era.put("start", start.strip());
        era.put("end", end.strip());
        era.put("color", color.strip());
        return Drafts.read(file, ERA_PATH, dataset -> dataset.eras().get(0));
    }
}
