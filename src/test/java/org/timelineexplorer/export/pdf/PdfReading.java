package org.timelineexplorer.export.pdf;

import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetGraphicsStateParameters;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads back what a PDF shows, as a reader's PDF viewer would: its text, where each run of it is, its images. */
final class PdfReading {

    private PdfReading() {
    }

    /** A run of text as drawn: its characters, size, and box in PDF coordinates (origin at the bottom left). */
    record Run(String text, float size, float left, float bottom, float right, float top) {
    }

    /** An image as placed: its pixels' size and the size and place it is drawn at, in points. */
    record Placement(PDImageXObject image, float x, float y, float width, float height) {
        double dpi() {
            return image.getWidth() / (width / 72.0);
        }
    }

    /** The text of page {@code index} (from 0), as copying it from a viewer gives it. */
    static String text(PDDocument document, int index) {
        try {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(index + 1);
            stripper.setEndPage(index + 1);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The whole document's text with every run of white space as one space, so that wrapped titles read whole. */
    static String flatText(PDDocument document) {
        try {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The runs of text on page {@code index}, in the order they are drawn: characters of one size on one baseline,
     * drawn one after another.
     */
    static List<Run> runs(PDDocument document, int index) {
        List<TextPosition> characters = new ArrayList<>();
        try {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    characters.add(text);
                }
            };
            stripper.setStartPage(index + 1);
            stripper.setEndPage(index + 1);
            stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        float pageHeight = document.getPage(index).getMediaBox().getHeight();
        List<Run> runs = new ArrayList<>();
        List<TextPosition> run = new ArrayList<>();
        for (TextPosition character : characters) {
            if (!run.isEmpty()) {
                TextPosition last = run.get(run.size() - 1);
                if (last.getFontSize() != character.getFontSize() || last.getYDirAdj() != character.getYDirAdj()
                        || character.getXDirAdj() < last.getXDirAdj()) {
                    runs.add(run(run, pageHeight));
                    run.clear();
                }
            }
            run.add(character);
        }
        if (!run.isEmpty()) {
            runs.add(run(run, pageHeight));
        }
        return runs;
    }

    private static Run run(List<TextPosition> positions, float pageHeight) {
        StringBuilder text = new StringBuilder();
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float bottom = Float.MAX_VALUE;
        float top = -Float.MAX_VALUE;
        for (TextPosition p : positions) {
            text.append(p.getUnicode());
            left = Math.min(left, p.getXDirAdj());
            right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            float baseline = pageHeight - p.getYDirAdj();
            bottom = Math.min(bottom, baseline);
            top = Math.max(top, baseline + p.getHeightDir());
        }
        return new Run(text.toString(), positions.get(0).getFontSize(), left, bottom, right, top);
    }

    /** The images drawn on {@code page}, with where and how large. */
    static List<Placement> images(PDPage page) {
        List<Placement> placements = new ArrayList<>();
        PDFStreamEngine engine = new PDFStreamEngine() {
            {
                addOperator(new Concatenate(this));
                addOperator(new DrawObject(this));
                addOperator(new SetGraphicsStateParameters(this));
                addOperator(new Save(this));
                addOperator(new Restore(this));
                addOperator(new SetMatrix(this));
            }

            @Override
            protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
                if ("Do".equals(operator.getName())) {
                    PDXObject object = getResources().getXObject((COSName) operands.get(0));
                    if (object instanceof PDImageXObject image) {
                        Matrix ctm = getGraphicsState().getCurrentTransformationMatrix();
                        placements.add(new Placement(image, ctm.getTranslateX(), ctm.getTranslateY(),
                                ctm.getScalingFactorX(), ctm.getScalingFactorY()));
                        return;
                    }
                }
                super.processOperator(operator, operands);
            }
        };
        try {
            engine.processPage(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return placements;
    }
}
