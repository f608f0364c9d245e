package dev.tandem.model.evaluation;

import java.util.List;
import java.util.Locale;

/** The report's two pictures, as SVG: plain text, readable in any browser and on GitHub. */
final class Charts {

    private static final int SIZE = 360;
    private static final int MARGIN = 48;

    /** One bin of the reliability diagram: mean confidence, accuracy, and how many predictions fell in it. */
    record Bin(double confidence, double accuracy, int count) {
    }

    /** One point of the coverage–precision curve. */
    record Point(double coverage, double precision) {
    }

    static String reliability(List<Bin> bins, String title) {
        StringBuilder svg = open(title, "confidence", "accuracy");
        svg.append(line(0, 0, 1, 1, "#999", "4 4"));
        double width = 1.0 / bins.size();
        for (int i = 0; i < bins.size(); i++) {
            Bin bin = bins.get(i);
            if (bin.count() == 0) {
                continue;
            }
            double x = i * width;
            svg.append(String.format(Locale.ROOT,
                    "<rect x='%.1f' y='%.1f' width='%.1f' height='%.1f' fill='#4a7fb5' opacity='0.8'><title>%d predictions, confidence %.3f, accuracy %.3f</title></rect>%n",
                    px(x) + 1, py(bin.accuracy()), width * SIZE - 2, bin.accuracy() * SIZE, bin.count(),
                    bin.confidence(), bin.accuracy()));
        }
        return close(svg);
    }

    static String coveragePrecision(List<Point> points, double targetPrecision, String title) {
        StringBuilder svg = open(title, "coverage (share of messages answered)", "precision");
        svg.append(line(0, targetPrecision, 1, targetPrecision, "#c0392b", "6 3"));
        StringBuilder path = new StringBuilder();
        for (Point point : points) {
            path.append(path.isEmpty() ? "M" : " L")
                    .append(String.format(Locale.ROOT, "%.1f %.1f", px(point.coverage()), py(point.precision())));
        }
        svg.append("<path d='").append(path).append("' fill='none' stroke='#4a7fb5' stroke-width='2'/>\n");
        return close(svg);
    }

    private static StringBuilder open(String title, String xLabel, String yLabel) {
        int total = SIZE + 2 * MARGIN;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif' font-size='12'>%n",
                total, total));
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='20' font-size='14'>%s</text>%n", MARGIN, title));
        svg.append(String.format(Locale.ROOT,
                "<rect x='%d' y='%d' width='%d' height='%d' fill='none' stroke='#333'/>%n", MARGIN, MARGIN, SIZE, SIZE));
        for (int tick = 0; tick <= 10; tick += 2) {
            double v = tick / 10.0;
            svg.append(String.format(Locale.ROOT, "<text x='%.1f' y='%d' text-anchor='middle'>%.1f</text>%n",
                    px(v), MARGIN + SIZE + 16, v));
            svg.append(String.format(Locale.ROOT, "<text x='%d' y='%.1f' text-anchor='end'>%.1f</text>%n",
                    MARGIN - 6, py(v) + 4, v));
        }
        svg.append(String.format(Locale.ROOT, "<text x='%d' y='%d' text-anchor='middle'>%s</text>%n",
                MARGIN + SIZE / 2, MARGIN + SIZE + 36, xLabel));
        svg.append(String.format(Locale.ROOT,
                "<text x='14' y='%d' text-anchor='middle' transform='rotate(-90 14 %d)'>%s</text>%n",
                MARGIN + SIZE / 2, MARGIN + SIZE / 2, yLabel));
        return svg;
    }

    private static String close(StringBuilder svg) {
        return svg.append("</svg>\n").toString();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dashes) {
        return String.format(Locale.ROOT,
                "<line x1='%.1f' y1='%.1f' x2='%.1f' y2='%.1f' stroke='%s' stroke-dasharray='%s'/>%n",
                px(x1), py(y1), px(x2), py(y2), colour, dashes);
    }

    private static double px(double x) {
        return MARGIN + x * SIZE;
    }

    private static double py(double y) {
        return MARGIN + (1 - y) * SIZE;
    }

    private Charts() {
    }
}
