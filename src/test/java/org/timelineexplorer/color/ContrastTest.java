package org.timelineexplorer.color;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContrastTest {

    @Test
    void blackOnWhiteIsTwentyOneToOne() {
        assertEquals(0, Contrast.relativeLuminance(0, 0, 0), 1e-12);
        assertEquals(1, Contrast.relativeLuminance(1, 1, 1), 1e-12);
        assertEquals(21, Contrast.ratio(0, 1), 1e-12);
        assertEquals(21, Contrast.ratio(1, 0), 1e-12, "in either order");
        assertEquals(1, Contrast.ratio(0.3, 0.3), 1e-12);
    }

    /** The Okabe-Ito colours the bundled eras use, where plain luminance and WCAG disagree on the green. */
    @Test
    void textOnTheEraColoursIsWhicheverContrastsMore() {
        assertFalse(Contrast.blackReadsBetter(0x00 / 255.0, 0x72 / 255.0, 0xB2 / 255.0), "white on blue #0072B2");
        assertTrue(Contrast.blackReadsBetter(0xE6 / 255.0, 0x9F / 255.0, 0x00 / 255.0), "black on orange #E69F00");
        assertTrue(Contrast.blackReadsBetter(0x00 / 255.0, 0x9E / 255.0, 0x73 / 255.0),
                "black on green #009E73: 6.1 to 1, where white gives 3.4");
        assertFalse(Contrast.blackReadsBetter(0.2, 0.2, 0.2), "white on dark grey");
    }
}
