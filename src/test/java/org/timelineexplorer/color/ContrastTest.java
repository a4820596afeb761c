package org.timelineexplorer.color;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    private static double[] rgb(int hex) {
        return new double[] {(hex >> 16 & 0xFF) / 255.0, (hex >> 8 & 0xFF) / 255.0, (hex & 0xFF) / 255.0};
    }

    private static double contrast(double[] a, double[] b) {
        return Contrast.ratio(Contrast.relativeLuminance(a[0], a[1], a[2]),
                Contrast.relativeLuminance(b[0], b[1], b[2]));
    }

    /** The bundled "Protests and escalation" era is black: on the dark and high-contrast pages it needs an edge. */
    @Test
    void aBlackEraOnADarkPageGetsAGreyEdgeThatJustReachesThreeToOne() {
        for (int page : new int[] {0x1C1D1F, 0x000000}) {
            double[] edge = Contrast.edge(rgb(0x000000), rgb(page));
            assertTrue(contrast(edge, rgb(page)) >= Contrast.EDGE_RATIO,
                    "the edge shows on #" + Integer.toHexString(page));
            assertTrue(contrast(edge, rgb(page)) < Contrast.EDGE_RATIO + 0.05, "and is no lighter than it must be");
            assertEquals(edge[0], edge[1], 1e-9, "black mixed towards white is a grey");
            assertEquals(edge[1], edge[2], 1e-9);
        }
    }

    @Test
    void aYellowEraOnWhiteGetsADarkerEdgeOfItsOwnHue() {
        double[] yellow = rgb(0xF0E442);
        double[] edge = Contrast.edge(yellow, rgb(0xFFFFFF));
        assertTrue(contrast(edge, rgb(0xFFFFFF)) >= Contrast.EDGE_RATIO);
        assertTrue(edge[0] < yellow[0] && edge[1] < yellow[1], "towards black");
        assertEquals(yellow[0] / yellow[1], edge[0] / edge[1], 1e-9, "the same hue, darker");
    }

    @Test
    void anEraThatShowsKeepsItsOwnColourAsItsEdge() {
        double[] blue = rgb(0x0072B2);
        double[] vermilion = rgb(0xD55E00);
        assertArrayEquals(blue, Contrast.edge(blue, rgb(0xFFFFFF)), 1e-12, "blue on white: 5.1 to 1");
        assertArrayEquals(vermilion, Contrast.edge(vermilion, rgb(0x1C1D1F)), 1e-12, "vermilion on the dark page");
    }
}
