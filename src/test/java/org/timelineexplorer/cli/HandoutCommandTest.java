package org.timelineexplorer.cli;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.timelineexplorer.export.FxForTests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.timelineexplorer.cli.CommandLineTest.run;

/** {@code handout}: the PDFs from the command line, with the exit codes every command has. */
class HandoutCommandTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxForTests.start();
    }

    @Test
    void writesACardSortOnLandscapeLetter(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("cards.pdf");
        CommandLineTest.Run run = run("handout", "--data", CommandLineTest.BUNDLED.toString(), "--out", out.toString(),
                "--kind", "cards", "--paper", "letter", "--landscape");
        assertEquals(0, run.code(), run.toString());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertTrue(run.out().matches("saved .*cards\\.pdf \\(card sort, " + pdf.getNumberOfPages()
                    + " pages, US Letter landscape\\)\\R"), run.out());
            assertEquals(PDRectangle.LETTER.getHeight(), pdf.getPage(0).getMediaBox().getWidth(), 0.1);
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("Answer key") && text.contains("Sources"), "key and sources");
        }
        try (var listing = Files.list(dir)) {
            assertEquals(List.of(out), listing.toList(), "no temporary file is left");
        }
    }

    @Test
    void theHandoutHasTheChartsAskedFor(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("handout.pdf");
        CommandLineTest.Run run = run("handout", "--out", out.toString(), "--series", "us-deaths");
        assertEquals(0, run.code(), run.toString());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertTrue(text.contains("904 deaths (2007)"), "the deaths chart's figure");
            assertFalse(text.contains("165,000 troops"), "a chart not asked for");
            assertEquals(PDRectangle.A4.getWidth(), pdf.getPage(0).getMediaBox().getWidth(), 0.1, "A4 portrait");
        }
    }

    @Test
    void wrongChoicesAreUsageErrorsAndNoFileIsWritten(@TempDir Path dir) {
        Path out = dir.resolve("x.pdf");
        CommandLineTest.Run kind = run("handout", "--out", out.toString(), "--kind", "quiz");
        assertEquals(2, kind.code(), kind.toString());
        assertTrue(kind.err().startsWith("timeline-explorer: --kind must be handout, poster, cards, got \"quiz\""),
                kind.err());
        assertTrue(kind.err().contains("Usage:"), kind.err());
        CommandLineTest.Run paper = run("handout", "--out", out.toString(), "--paper", "a5");
        assertEquals(2, paper.code());
        assertTrue(paper.err().contains("--paper must be a4, a3, letter, got \"a5\""), paper.err());
        CommandLineTest.Run png = run("handout", "--out", dir.resolve("x.png").toString());
        assertEquals(2, png.code());
        assertTrue(png.err().contains("--out must name a .pdf file"), png.err());
        CommandLineTest.Run missing = run("handout");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("--out is required"), missing.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aMissingDatasetOrSeriesFailsWithExitOne(@TempDir Path dir) {
        Path out = dir.resolve("x.pdf");
        CommandLineTest.Run data = run("handout", "--data", dir.resolve("none.json").toString(), "--out",
                out.toString());
        assertEquals(1, data.code(), data.toString());
        assertTrue(data.err().contains("there is no such file"), data.err());
        CommandLineTest.Run series = run("handout", "--out", out.toString(), "--series", "nope");
        assertEquals(1, series.code(), series.toString());
        assertTrue(series.err().contains("no series \"nope\"; it has: us-troops"), series.err());
        assertTrue(data.noStackTrace() && series.noStackTrace());
        assertFalse(Files.exists(out));
    }
}
