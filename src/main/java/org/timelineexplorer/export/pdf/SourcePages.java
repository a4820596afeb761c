package org.timelineexplorer.export.pdf;

import org.timelineexplorer.model.Source;

import java.io.IOException;
import java.util.List;

/**
 * The last page of every kind: the dataset's credit in full, then each source the shown events (and the charts)
 * cite, once, with its address, so that a student can look up where a date or a figure comes from.
 */
final class SourcePages {

    private SourcePages() {
    }

    static void write(PageFlow flow, Typesetter type, HandoutContent content) throws IOException {
        flow.newPage();
        flow.paragraph(type, type.title, "Sources", 0);
        flow.space(4);
        String credit = content.dataset().credit();
        if (!credit.isBlank()) {
            flow.paragraph(type, type.body, credit, 0);
            flow.space(8);
        }
        List<Source> sources = content.sources();
        if (sources.isEmpty()) {
            flow.paragraph(type, type.body, "The events shown cite no sources.", 0);
            return;
        }
        for (Source source : sources) {
            List<String> name = type.lines(type.body, source.name(), flow.width());
            List<String> address = type.lines(type.small, source.url().toString(), flow.width());
            float height = name.size() * type.body.leading() + address.size() * type.small.leading() + 5;
            flow.block(height, (stream, x, top) -> {
                float y = HandoutPages.drawLines(type, stream, type.body, name, x, top);
                HandoutPages.drawLines(type, stream, type.small, address, x, y);
            });
        }
    }
}
