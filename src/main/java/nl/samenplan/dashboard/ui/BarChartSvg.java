package nl.samenplan.dashboard.ui;

import static nl.samenplan.base.ui.SvgMarkup.esc;
import static nl.samenplan.base.ui.SvgMarkup.format;
import static nl.samenplan.base.ui.SvgMarkup.num;

import java.util.List;

/**
 * A bar chart as SVG markup for {@code com.vaadin.flow.component.Svg}, built on the server (no chart library): one
 * bar per category, stacked when there are several series. Every text is escaped here. role="img" with an aria-label
 * that says all the numbers; each series also has a pattern-free legend with its name, and each bar its total as
 * text, so colour is never the only signal.
 */
public final class BarChartSvg {

    /** A series: its name, colour and a value per category. */
    public record Series(String name, String color, List<Long> values) {
    }

    private static final int WIDTH = 560;
    private static final int HEIGHT = 240;
    private static final int LEFT = 36;
    private static final int RIGHT = 10;
    private static final int TOP = 24;
    private static final int BOTTOM = 40;
    private static final String INK = "#1f2933";
    private static final String GRID = "#cbd2d9";
    private static final String FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";

    /** The colours of up to five series, dark to light; readable on white. */
    public static final List<String> COLORS = List.of("hsl(168, 62%, 26%)", "hsl(168, 45%, 42%)", "hsl(40, 80%, 45%)",
            "hsl(210, 50%, 45%)", "hsl(0, 60%, 42%)");

    private BarChartSvg() {
    }

    public static String render(String ariaLabel, List<String> categories, List<Series> series) {
        long max = 1;
        for (int c = 0; c < categories.size(); c++) {
            max = Math.max(max, total(series, c));
        }
        StringBuilder svg = new StringBuilder(format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\""
                + " role=\"img\" aria-label=\"%s\" class=\"bar-chart\" font-family=\"%s\">", WIDTH, HEIGHT,
                esc(ariaLabel), FONT));
        double plotHeight = HEIGHT - TOP - BOTTOM;
        for (long tick : new long[] {0, max / 2, max}) {
            double y = TOP + plotHeight * (1 - (double) tick / max);
            svg.append(format("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\"/>", num(LEFT), num(y),
                    num(WIDTH - RIGHT), num(y), GRID));
            svg.append(format("<text x=\"%s\" y=\"%s\" font-size=\"10\" text-anchor=\"end\" fill=\"%s\""
                    + " aria-hidden=\"true\">%d</text>", num(LEFT - 4), num(y + 3), INK, tick));
        }
        double slot = (WIDTH - LEFT - RIGHT) / (double) Math.max(1, categories.size());
        double bar = Math.min(48, slot * 0.7);
        for (int c = 0; c < categories.size(); c++) {
            double x = LEFT + slot * c + (slot - bar) / 2;
            double base = TOP + plotHeight;
            for (Series s : series) {
                long value = s.values().get(c);
                double h = plotHeight * value / max;
                if (h > 0) {
                    svg.append(format("<rect x=\"%s\" y=\"%s\" width=\"%s\" height=\"%s\" fill=\"%s\"/>", num(x),
                            num(base - h), num(bar), num(h), s.color()));
                }
                base -= h;
            }
            svg.append(format("<text x=\"%s\" y=\"%s\" font-size=\"10\" text-anchor=\"middle\" fill=\"%s\""
                    + " aria-hidden=\"true\">%d</text>", num(x + bar / 2), num(base - 3), INK, total(series, c)));
            svg.append(format("<text x=\"%s\" y=\"%s\" font-size=\"10\" text-anchor=\"middle\" fill=\"%s\""
                    + " aria-hidden=\"true\">%s</text>", num(x + bar / 2), num(HEIGHT - BOTTOM + 14), INK,
                    esc(categories.get(c))));
        }
        if (series.size() > 1) {
            double lx = LEFT;
            for (Series s : series) {
                svg.append(format("<rect x=\"%s\" y=\"%s\" width=\"10\" height=\"10\" fill=\"%s\"/>", num(lx),
                        num(HEIGHT - 14), s.color()));
                svg.append(format("<text x=\"%s\" y=\"%s\" font-size=\"10\" fill=\"%s\" aria-hidden=\"true\">%s</text>",
                        num(lx + 13), num(HEIGHT - 5), INK, esc(s.name())));
                lx += 16 + 6.2 * s.name().length();
            }
        }
        return svg.append("</svg>").toString();
    }

    private static long total(List<Series> series, int category) {
        return series.stream().mapToLong(s -> s.values().get(category)).sum();
    }
}
