package org.timelineexplorer.data;

/**
 * How a colour looks to someone with a full colour-vision deficiency, by the simulation of Machado, Oliveira and
 * Fernandes (2009) at severity 1, and the CIELAB ΔE76 distance between two colours as they see them. The matrices
 * act on linear RGB, as in the paper.
 */
final class ColourVision {

    enum Deficiency {
        PROTANOPIA(new double[][] {
                {0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}),
        DEUTERANOPIA(new double[][] {
                {0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}),
        TRITANOPIA(new double[][] {
                {1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}});

        private final double[][] matrix;

        Deficiency(double[][] matrix) {
            this.matrix = matrix;
        }
    }

    private ColourVision() {
    }

    /** ΔE76 between two {@code #RRGGBB} colours as seen with {@code deficiency}. */
    static double distance(String colour, String other, Deficiency deficiency) {
        double[] a = lab(simulate(linear(colour), deficiency));
        double[] b = lab(simulate(linear(other), deficiency));
        return Math.sqrt(Math.pow(a[0] - b[0], 2) + Math.pow(a[1] - b[1], 2) + Math.pow(a[2] - b[2], 2));
    }

    private static double[] linear(String hex) {
        double[] rgb = new double[3];
        for (int i = 0; i < 3; i++) {
            double c = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            rgb[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
        return rgb;
    }

    private static double[] simulate(double[] rgb, Deficiency deficiency) {
        double[] out = new double[3];
        for (int i = 0; i < 3; i++) {
            double sum = 0;
            for (int j = 0; j < 3; j++) {
                sum += deficiency.matrix[i][j] * rgb[j];
            }
            out[i] = Math.max(0, Math.min(1, sum));
        }
        return out;
    }

    /** CIELAB under D65 from linear sRGB. */
    private static double[] lab(double[] rgb) {
        double x = (0.4124564 * rgb[0] + 0.3575761 * rgb[1] + 0.1804375 * rgb[2]) / 0.95047;
        double y = 0.2126729 * rgb[0] + 0.7151522 * rgb[1] + 0.0721750 * rgb[2];
        double z = (0.0193339 * rgb[0] + 0.1191920 * rgb[1] + 0.9503041 * rgb[2]) / 1.08883;
        double fx = f(x);
        double fy = f(y);
        double fz = f(z);
        return new double[] {116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)};
    }

    private static double f(double t) {
        return t > 216.0 / 24389 ? Math.cbrt(t) : (24389.0 / 27 * t + 16) / 116;
    }
}
