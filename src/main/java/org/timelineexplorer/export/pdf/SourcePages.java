package org.timelineexplorer.export.pdf;

import org.timelineexplorer.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.timelineexplorer.model.Source;

import java.io.IOException;
import java.util.List;

/**
 * The last page of every kind: the dataset's credit in full, then each source the shown events (and the charts)
 * cite, once, with its address (a link in a PDF viewer), so that a student can look up where a date or a figure
 * comes from.
 */
final class SourcePages {

    private static final Messages TEXT = Messages.of(SourcePages.class);

    private SourcePages() {
    }

    static void write(PageFlow flow, Typesetter type, HandoutContent content) throws IOException {
        flow.newPage();
        flow.paragraph(type, type.title, TEXT.text("sources.title"), 0);
        flow.space(4);
        String credit = content.dataset().credit();
        if (!credit.isBlank()) {
            flow.paragraph(type, type.body, credit, 0);
            flow.space(8);
        }
        List<Source> sources = content.sources();
        if (sources.isEmpty()) {
            flow.paragraph(type, type.body, TEXT.text("sources.none"), 0);
            return;
        }
        for (Source source : sources) {
            List<String> name = type.lines(type.body, source.name(), flow.width());
            List<String> address = type.lines(type.small, source.url().toString(), flow.width());
            float height = name.size() * type.body.leading() + address.size() * type.small.leading() + 5;
            flow.block(height, (stream, x, top) -> {
                float y = HandoutPages.drawLines(type, stream, type.body, name, x, flow.width(), top);
                HandoutPages.drawLines(type, stream, type.small, address, x, flow.width(), y);
                link(flow.page(), source, new PDRectangle(x, top - height + 5, flow.width(), height - 5));
            });
        }
    }

    /** Makes {@code area} open the source's address when clicked in a PDF viewer. */
    private static void link(PDPage page, Source source, PDRectangle area) throws IOException {
        PDActionURI open = new PDActionURI();
        open.setURI(source.url().toString());
        PDAnnotationLink link = new PDAnnotationLink();
        link.setAction(open);
        link.setRectangle(area);
        PDBorderStyleDictionary noBorder = new PDBorderStyleDictionary();
        noBorder.setWidth(0);
        link.setBorderStyle(noBorder);
        page.getAnnotations().add(link);
    }
}
