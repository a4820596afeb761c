package org.timelineexplorer.export.pdf;

import org.timelineexplorer.i18n.Messages;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.timelineexplorer.export.ImageExport;
import org.timelineexplorer.export.PngFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Calendar;

/**
 * Makes the PDFs: a {@linkplain HandoutKind handout, poster or card sort} of {@link HandoutContent} on the paper
 * chosen, each ending with its sources and carrying the dataset's credit and the page number on every page. Text is
 * text (selectable, searchable) in the app's embedded DejaVu Sans; pictures are the ones {@link HandoutPictures} drew
 * at 300 dpi. Runs on any thread. Printing prints this same document, so print and PDF never differ.
 */
public final class Handouts {

    private static final Messages TEXT = Messages.of(Handouts.class);

    private Handouts() {
    }

    /** The document; the caller saves or prints it, then closes it. */
    public static PDDocument document(HandoutContent content, HandoutOptions options) throws IOException {
        PDDocument document = new PDDocument();
        try {
            Typesetter type = new Typesetter(document);
            var size = options.paper().page(options.landscapePages());
            switch (options.kind()) {
                case HANDOUT -> {
                    try (PageFlow flow = new PageFlow(document, size)) {
                        HandoutPages.write(document, flow, type, content, size);
                    }
                }
                case POSTER -> PosterPages.write(document, type, content.poster().orElseThrow(
                        () -> new IllegalArgumentException("a poster needs its timeline picture")),
                        PosterLayout.of(options.paper()));
                case CARDS -> CardPages.write(document, type, content, size);
            }
            try (PageFlow flow = new PageFlow(document, size)) {
                SourcePages.write(flow, type, content);
            }
            String credit = content.dataset().credit();
            PageFooters.stamp(document, type, credit.isBlank() ? ImageExport.defaultCredit() : credit);
            describe(document, content, options);
            return document;
        } catch (IOException | RuntimeException e) {
            document.close();
            throw e;
        }
    }

    /**
     * Makes the document and writes it to {@code target} safely, as every export is written: through a temporary
     * file moved over the target, so that a failure leaves no partial file.
     *
     * @return the number of pages written
     */
    public static int write(HandoutContent content, HandoutOptions options, Path target)
            throws PngFiles.PngWriteException {
        try (PDDocument document = document(content, options)) {
            PngFiles.write(target, document::save);
            return document.getNumberOfPages();
        } catch (IOException e) {
            if (e instanceof PngFiles.PngWriteException written) {
                throw written;
            }
            throw new PngFiles.PngWriteException(TEXT.text("pdf.failed", e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw new PngFiles.PngWriteException(TEXT.text("pdf.failed", e.getCause().getMessage()), e);
        }
    }

    private static void describe(PDDocument document, HandoutContent content, HandoutOptions options) {
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(content.dataset().title() + " (" + options.kind().label() + ")");
        info.setSubject(content.dataset().summary());
        info.setCreator("Timeline Explorer");
        info.setCreationDate(Calendar.getInstance());
    }
}
