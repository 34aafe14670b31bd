package nl.samenplan.client.ui;

import static nl.samenplan.base.ui.SvgMarkup.esc;
import static nl.samenplan.base.ui.SvgMarkup.format;
import static nl.samenplan.base.ui.SvgMarkup.num;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A mantelzorger's burden over time as a small line chart, SVG markup for {@code com.vaadin.flow.component.Svg}.
 * Pure string building; every text is escaped here, because {@code Svg} does not sanitise. x: the check-in dates
 * (spaced by time), y: 0-10, the threshold a dashed line. Every point carries its score as text, and a point at or
 * above the threshold is a larger, outlined square instead of a dot, so colour is never the only signal. The title
 * and description say all the scores in words for a screen reader.
 */
public final class BurdenTrendSvg {

    /** One check-in: its date and its score 0-10. */
    public record Point(LocalDate on, int score) {
    }

    /** The words of the chart: a title, the description (all scores in text), and the threshold's label. */
    public record Labels(String title, String description, String thresholdLabel) {
    }

    /** At most this many check-ins are drawn, the latest. */
    static final int MAX_POINTS = 10;

    private static final int WIDTH = 340;
    private static final int HEIGHT = 170;
    private static final int LEFT = 30;
    private static final int RIGHT = 20;
    private static final int TOP = 18;
    private static final int BOTTOM = 30;
    private static final String INK = "#1f2933";
    private static final String LINE = "hsl(168, 62%, 26%)";
    private static final String HIGH = "#c53030";
    private static final String GRID = "#cbd2d9";
    private static final String FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d-M");
    private static final AtomicLong IDS = new AtomicLong();

    private BurdenTrendSvg() {
    }

    /** The chart of these check-ins (oldest first; only the last {@value #MAX_POINTS} are drawn). */
    public static String render(List<Point> all, int threshold, Labels labels) {
        List<Point> points = all.size() > MAX_POINTS ? all.subList(all.size() - MAX_POINTS, all.size()) : all;
        String id = "burden-trend-" + IDS.incrementAndGet();
        StringBuilder svg = new StringBuilder();
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " class=\"burden-trend\" aria-labelledby=\"%s-title\" aria-describedby=\"%s-desc\""
                + " font-family=\"%s\">", WIDTH, HEIGHT, id, id, FONT));
        svg.append(format("<title id=\"%s-title\">%s</title>", id, esc(labels.title())));
        svg.append(format("<desc id=\"%s-desc\">%s</desc>", id, esc(labels.description())));
        for (int value : new int[] {0, 5, 10}) {
            svg.append(format("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"1\"/>",
                    num(LEFT), num(y(value)), num(WIDTH - RIGHT), num(y(value)), GRID));
            svg.append(format("<text x=\"%s\" y=\"%s\" font-size=\"11\" text-anchor=\"end\" fill=\"%s\""
                    + " aria-hidden=\"true\">%d</text>", num(LEFT - 6), num(y(value) + 4), INK, value));
        }
        svg.append(format("<line class=\"threshold\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\""
                + " stroke-width=\"1.5\" stroke-dasharray=\"6 4\"/>", num(LEFT), num(y(threshold)),
                num(WIDTH - RIGHT), num(y(threshold)), HIGH));
        svg.append(format("<text x=\"%s\" y=\"%s\" font-size=\"11\" text-anchor=\"end\" fill=\"%s\""
                + " aria-hidden=\"true\">%s</text>", num(WIDTH - RIGHT), num(y(threshold) - 4), HIGH,
                esc(labels.thresholdLabel())));
        if (points.isEmpty()) {
            return svg.append("</svg>").toString();
        }
        double[] xs = xs(points);
        if (points.size() > 1) {
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < points.size(); i++) {
                path.append(i == 0 ? "" : " ").append(num(xs[i])).append(',').append(num(y(points.get(i).score())));
            }
            svg.append(format("<polyline points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\""
                    + " stroke-linejoin=\"round\"/>", path, LINE));
        }
        for (int i = 0; i < points.size(); i++) {
            Point p = points.get(i);
            double x = xs[i];
            double y = y(p.score());
            boolean high = p.score() >= threshold;
            if (high) {
                svg.append(format("<rect class=\"point high\" x=\"%s\" y=\"%s\" width=\"10\" height=\"10\""
                        + " fill=\"%s\" stroke=\"%s\" stroke-width=\"2\"/>", num(x - 5), num(y - 5), HIGH, INK));
            } else {
                svg.append(format("<circle class=\"point\" cx=\"%s\" cy=\"%s\" r=\"4\" fill=\"%s\"/>", num(x), num(y),
                        LINE));
            }
            svg.append(format("<text class=\"score\" x=\"%s\" y=\"%s\" font-size=\"12\" font-weight=\"%s\""
                    + " text-anchor=\"middle\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"3\" paint-order=\"stroke\""
                    + " aria-hidden=\"true\">%d</text>", num(x), num(y - 9), high ? "700" : "400", INK, p.score()));
            svg.append(format("<text class=\"date\" x=\"%s\" y=\"%s\" font-size=\"10\" text-anchor=\"middle\""
                    + " fill=\"%s\" aria-hidden=\"true\">%s</text>", num(x), num(HEIGHT - BOTTOM + 16), INK,
                    esc(SHORT.format(p.on()))));
        }
        return svg.append("</svg>").toString();
    }

    /** Spaced by time between the first and the last date; one check-in, or all on one day, are spread evenly. */
    private static double[] xs(List<Point> points) {
        double left = LEFT + 14;
        double width = WIDTH - RIGHT - 14 - left;
        long first = points.get(0).on().toEpochDay();
        long span = points.get(points.size() - 1).on().toEpochDay() - first;
        double[] xs = new double[points.size()];
        for (int i = 0; i < points.size(); i++) {
            if (points.size() == 1) {
                xs[i] = left + width / 2;
            } else if (span == 0) {
                xs[i] = left + width * i / (points.size() - 1);
            } else {
                xs[i] = left + width * (points.get(i).on().toEpochDay() - first) / span;
            }
        }
        return xs;
    }

    private static double y(int score) {
        return TOP + (HEIGHT - TOP - BOTTOM) * (10 - score) / 10.0;
    }
}
