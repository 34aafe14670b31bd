package nl.samenplan.plan.ui;

import static nl.samenplan.base.ui.SvgMarkup.esc;
import static nl.samenplan.base.ui.SvgMarkup.format;
import static nl.samenplan.base.ui.SvgMarkup.num;
import static nl.samenplan.base.ui.SvgMarkup.wrap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The spider web (radar chart) of a client's own 0-10 scores per life area, as SVG markup for
 * {@code com.vaadin.flow.component.Svg}. Pure string building: every text and attribute value is escaped here,
 * because {@code Svg} does not sanitise.
 *
 * <p>Guide polygons at 2, 4, 6, 8 and 10 (with their numbers), one spoke per life area from the top clockwise, the
 * previous scores as a grey dashed outline behind the current scores (filled in the primary colour, a dot per
 * point). Every label says its score in text ("Wonen 7", or "Wonen 5 → 7" with a previous score), so colour is
 * never the only signal; the arrow keeps the picture free of words in one language. Labels wrap on words (at most
 * two lines, longer ones end in "…" with the full text as tooltip and in the description); the fixed
 * {@code viewBox} keeps room for them on every side.
 *
 * <p>A {@code null} score means <em>not scored</em>: that life area gets no point and no dot, the outline runs
 * straight between the neighbouring scored areas, and the label shows "–". Running through the centre instead would
 * draw a 0, the worst possible score, which is the opposite of "not scored".
 *
 * <p>With fewer than 3 life areas the result is an empty picture of the same size (title and description only).
 */
public final class SpiderWebSvg {

    /** One life area; scores 0-10, {@code null} when not scored. */
    public record Axis(String label, Integer current, Integer previous) {
    }

    /** The words of the picture: its accessible title and the legend words for now and the previous time. */
    public record Labels(String title, String current, String previous) {
    }

    static final String PRIMARY = "hsl(168, 62%, 26%)";
    private static final String INK = "#1f2933";
    private static final String PREVIOUS = "#616e7c";
    private static final String FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";
    private static final int WIDTH = 760;
    private static final int HEIGHT = 540;
    private static final int CX = 380;
    private static final int CY = 250;
    private static final int RADIUS = 160;
    private static final int MAX_CHARS = 18;
    private static final int FONT_SIZE = 13;
    private static final int LINE = 16;
    private static final AtomicLong IDS = new AtomicLong();

    private SpiderWebSvg() {
    }

    public static String render(List<Axis> axes, Labels labels) {
        List<Axis> list = axes == null ? List.of() : axes.stream().map(a -> a == null ? new Axis("", null, null) : a)
                .toList();
        Labels words = labels == null ? new Labels("", "", "") : labels;
        String id = "spiderweb-" + IDS.incrementAndGet();
        StringBuilder svg = new StringBuilder(8000);
        svg.append(format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\""
                + " class=\"spider-web\" aria-labelledby=\"%s-title\" aria-describedby=\"%s-desc\" font-family=\"%s\">",
                WIDTH, HEIGHT, id, id, FONT));
        svg.append(format("<title id=\"%s-title\">%s</title>", id, esc(words.title())));
        svg.append(format("<desc id=\"%s-desc\">%s</desc>", id, esc(describe(list, words))));
        if (list.size() >= 3) {
            web(svg, list);
            legend(svg, text(words.current()), text(words.previous()));
        }
        return svg.append("</svg>").toString();
    }

    private static void web(StringBuilder svg, List<Axis> axes) {
        int n = axes.size();
        svg.append("<g class=\"guides\" fill=\"none\" stroke=\"#cbd2d9\" stroke-width=\"1\">");
        for (int level = 2; level <= 10; level += 2) {
            List<double[]> ring = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                ring.add(point(i, n, level));
            }
            svg.append(format("<polygon points=\"%s\"%s/>", points(ring), level == 10 ? " stroke=\"#9aa5b1\"" : ""));
        }
        for (int i = 0; i < n; i++) {
            double[] end = point(i, n, 10);
            svg.append(format("<line x1=\"%d\" y1=\"%d\" x2=\"%s\" y2=\"%s\"/>", CX, CY, num(end[0]), num(end[1])));
        }
        // the scale numbers sit halfway along the guide edge between the last spoke and the first, clear of both;
        // with 3 or 4 spokes those edges come too close to the centre, so then just right of the top spoke
        svg.append("</g><g class=\"scale\" font-size=\"10\" fill=\"#52606d\" text-anchor=\"middle\" stroke=\"#fff\""
                + " stroke-width=\"3\" paint-order=\"stroke\">");
        double half = n < 5 ? 0 : Math.PI / n;
        for (int level = 2; level <= 10; level += 2) {
            double r = RADIUS * level / 10.0 * Math.cos(half);
            double angle = angle(0, n) - half;
            svg.append(format("<text x=\"%s\" y=\"%s\">%d</text>", num(CX + r * Math.cos(angle) + (n < 5 ? 10 : 0)),
                    num(CY + r * Math.sin(angle) + 3.5), level));
        }
        svg.append("</g>");
        List<double[]> previous = new ArrayList<>();
        List<double[]> current = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (axes.get(i).previous() != null) {
                previous.add(point(i, n, clamp(axes.get(i).previous())));
            }
            if (axes.get(i).current() != null) {
                current.add(point(i, n, clamp(axes.get(i).current())));
            }
        }
        if (previous.size() >= 2) {
            svg.append(format("<polygon class=\"previous\" points=\"%s\" fill=\"none\" stroke=\"%s\" stroke-width=\"2\""
                    + " stroke-dasharray=\"6 4\"/>", points(previous), PREVIOUS));
        }
        if (current.size() >= 2) {
            svg.append(format("<polygon class=\"current\" points=\"%s\" fill=\"%s\" fill-opacity=\"0.25\" stroke=\"%s\""
                    + " stroke-width=\"2.5\" stroke-linejoin=\"round\"/>", points(current), PRIMARY, PRIMARY));
        }
        svg.append(format("<g class=\"points\" fill=\"%s\" stroke=\"#fff\" stroke-width=\"1.5\">", PRIMARY));
        for (double[] p : current) {
            svg.append(format("<circle cx=\"%s\" cy=\"%s\" r=\"4.5\"/>", num(p[0]), num(p[1])));
        }
        svg.append(format("</g><g class=\"labels\" font-size=\"%d\" fill=\"%s\">", FONT_SIZE, INK));
        for (int i = 0; i < n; i++) {
            label(svg, axes.get(i), i, n);
        }
        svg.append("</g>");
    }

    /** The label outside the web, on the side its spoke points to; the score in bold on its last line. */
    private static void label(StringBuilder svg, Axis axis, int i, int n) {
        String text = text(axis.label());
        List<String> lines = wrap(text, MAX_CHARS);
        boolean shortened = lines.size() > 2;
        if (shortened) {
            lines = List.of(lines.get(0), lines.get(1) + "…");
        }
        String score = axis.previous() == null ? score(axis.current())
                : score(axis.previous()) + " → " + score(axis.current());
        boolean ownLine = lines.isEmpty() || lines.get(lines.size() - 1).length() + 1 + score.length() > MAX_CHARS + 4;
        int count = lines.size() + (ownLine ? 1 : 0);
        double cos = Math.cos(angle(i, n));
        double sin = Math.sin(angle(i, n));
        double x = CX + (RADIUS + 14) * cos;
        double block = count * LINE;
        // centred beside the spoke, pushed up above the top spokes and down below the bottom ones
        double top = CY + (RADIUS + 14) * sin - block / 2 + sin * (block / 2 + 4);
        String anchor = Math.abs(cos) < 0.25 ? "middle" : cos > 0 ? "start" : "end";
        svg.append(format("<text class=\"axis-label\" text-anchor=\"%s\">", anchor));
        if (shortened) {
            svg.append(format("<title>%s</title>", esc(text)));
        }
        for (int l = 0; l < count; l++) {
            svg.append(format("<tspan x=\"%s\" y=\"%s\">%s", num(x), num(top + l * LINE + FONT_SIZE - 2),
                    l < lines.size() ? esc(lines.get(l)) : ""));
            if (l == count - 1) {
                svg.append(format("%s<tspan class=\"score\" font-weight=\"700\">%s</tspan>", ownLine ? "" : " ",
                        esc(score)));
            }
            svg.append("</tspan>");
        }
        svg.append("</text>");
    }

    private static void legend(StringBuilder svg, String now, String before) {
        double x = (WIDTH - (36 + textWidth(now) + 28 + 36 + textWidth(before))) / 2;
        double y = HEIGHT - 22;
        double next = x + 36 + textWidth(now) + 28;
        svg.append(format("<g class=\"legend\" font-size=\"%d\" fill=\"%s\">", FONT_SIZE, INK));
        svg.append(format("<rect x=\"%s\" y=\"%s\" width=\"28\" height=\"14\" fill=\"%s\" fill-opacity=\"0.25\""
                + " stroke=\"%s\" stroke-width=\"2.5\"/>", num(x), num(y - 7), PRIMARY, PRIMARY));
        svg.append(format("<text x=\"%s\" y=\"%s\">%s</text>", num(x + 36), num(y + 4.5), esc(now)));
        svg.append(format("<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"2\""
                + " stroke-dasharray=\"6 4\"/>", num(next), num(y), num(next + 28), num(y), PREVIOUS));
        svg.append(format("<text x=\"%s\" y=\"%s\">%s</text></g>", num(next + 36), num(y + 4.5), esc(before)));
    }

    /** "Title. Wonen: Nu 7, Vorige keer 5. …" for screen readers. */
    private static String describe(List<Axis> axes, Labels words) {
        StringBuilder text = new StringBuilder(text(words.title()));
        for (Axis axis : axes) {
            text.append(text.length() == 0 ? "" : ". ").append(text(axis.label())).append(": ")
                    .append(text(words.current())).append(' ').append(score(axis.current())).append(", ")
                    .append(text(words.previous())).append(' ').append(score(axis.previous()));
        }
        return text.toString();
    }

    private static String score(Integer value) {
        return value == null ? "–" : Integer.toString(clamp(value));
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(10, value));
    }

    private static double angle(int i, int n) {
        return -Math.PI / 2 + i * 2 * Math.PI / n;
    }

    private static double[] point(int i, int n, int score) {
        double r = RADIUS * score / 10.0;
        return new double[] {CX + r * Math.cos(angle(i, n)), CY + r * Math.sin(angle(i, n))};
    }

    private static String points(List<double[]> points) {
        StringBuilder text = new StringBuilder();
        for (double[] p : points) {
            text.append(text.length() == 0 ? "" : " ").append(num(p[0])).append(',').append(num(p[1]));
        }
        return text.toString();
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }

    private static double textWidth(String text) {
        return text.length() * FONT_SIZE * 0.6;
    }
}
