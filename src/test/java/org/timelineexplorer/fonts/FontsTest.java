package org.timelineexplorer.fonts;

import javafx.scene.text.Font;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.timelineexplorer.export.FxForTests;
import org.timelineexplorer.export.FxThread;

import java.io.InputStream;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FontsTest {

    @BeforeAll
    static void startFx() throws Exception {
        FxForTests.start();
    }

    @Test
    void theBundledFilesAndTheirLicenceAreInTheJar() throws Exception {
        for (String file : Fonts.FILES) {
            try (InputStream in = Fonts.class.getResourceAsStream(file)) {
                assertNotNull(in, file);
                byte[] head = in.readNBytes(4);
                assertEquals(List.of(0, 1, 0, 0), List.of((int) head[0], (int) head[1], (int) head[2], (int) head[3]),
                        file + " is a TrueType font");
            }
        }
        try (InputStream in = Fonts.class.getResourceAsStream("LICENSE-DejaVu.txt")) {
            assertNotNull(in, "the fonts' licence ships with them");
            String licence = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(licence.contains("Bitstream Vera Fonts Copyright") && licence.contains("Arev Fonts Copyright"));
        }
        try (InputStream in = Fonts.class.getResourceAsStream("LICENSE-TimelineArabic.txt")) {
            assertNotNull(in, "the Arabic font's licence ships with it");
            String licence = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(licence.contains("SIL Open Font License, Version 1.1") && licence.contains("Google")
                    && licence.contains("LICENSE-DejaVu.txt"));
        }
    }

    @Test
    void theFamilyIsRegisteredWithEveryStyleTheStylesheetsUse() throws Exception {
        Fonts.load();
        assertTrue(Font.getFamilies().contains(Fonts.FAMILY));
        List<String> names = Font.getFontNames(Fonts.FAMILY);
        for (String style : List.of("DejaVu Sans", "DejaVu Sans Bold", "DejaVu Sans Oblique")) {
            assertTrue(names.contains(style), style + " in " + names);
        }
        assertEquals("DejaVu Sans Bold", Fonts.bold(20).getName());
        assertEquals("DejaVu Sans", Fonts.regular(11).getName());
        assertEquals(java.util.Set.of("Timeline Explorer Arabic", "Timeline Explorer Arabic Bold"),
                java.util.Set.copyOf(Font.getFontNames(Fonts.ARABIC_FAMILY)));
        // Bold is really another face: the same words take more room.
        double[] widths = FxThread.call(() -> new double[] {width(Fonts.regular(20)), width(Fonts.bold(20))});
        assertNotEquals(widths[0], widths[1]);
    }

    private static double width(Font font) {
        Text text = new Text("United States and Iraq since 2003");
        text.setFont(font);
        return text.getLayoutBounds().getWidth();
    }
}
