package nl.samenplan.client.ui;

import static nl.samenplan.base.ui.SvgMarkup.esc;
import static nl.samenplan.base.ui.SvgMarkup.format;
import static nl.samenplan.base.ui.SvgMarkup.num;
import static nl.samenplan.base.ui.SvgMarkup.wrap;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The network picture ("onion") of a client, as SVG markup for {@code com.vaadin.flow.component.Svg}. Pure string
 * building: every text and attribute value is escaped here, because {@code Svg} does not sanitise.
 *
 * <p>The client in the centre; ring 1 the closest (partner, children), ring 2 neighbours, friends, members of a care
 * circle and others, ring 3 (outer) volunteers, general provisions and professionals. Those three kinds are always
 * drawn on ring 3, whatever ring they come with; network members keep their ring (1-3). The kind is also the shape:
 * circle (network), rounded square (volunteer), hexagon (general provision), diamond (professional). The colour is
 * the caregiver burden (grey unknown, green below threshold-2, amber from threshold-2, red from the threshold), always
 * repeated in text as "8/10" beside the name: dark text on a white halo under each node. A ring grows with its number
 * of nodes so that labels keep their room, and is turned so that its nodes do not line up with those of the inner
 * rings. The {@code viewBox} is fitted around everything.
 */
public final class NetworkPictureSvg {

    public enum Kind { NETWORK, VOLUNTEER, GENERAL_PROVISION, PROFESSIONAL }

    /** One person or organisation around the client; ring 1-3, burden 0-10 or {@code null} when unknown. */
    public record Node(String name, String relation, int ring, Integer burden, Kind kind) {
    }

    /** The words of the picture; a burden from {@code burdenThreshold} on is high (7 when not positive). */
    public record Labels(String title, String legendLow, String legendMid, String legendHigh, String legendNone,
            int burdenThreshold) {

        public Labels(String title, String legendLow, String legendMid, String legendHigh, String legendNone) {
            this(title, legendLow, legendMid, legendHigh, legendNone, 7);
        }
    }

    static final String PRIMARY = "hsl(168, 62%, 26%)";
    private static final String INK = "#1f2933";
    private static final String FONT = "system-ui, -apple-system, Segoe UI, Roboto, Helvetica, Arial, sans-serif";
    private static final String HALO =
            "stroke=\"#fff\" stroke-width=\"4\" stroke-linejoin=\"round\" paint-order=\"stroke\"";
    /** Fill and outline per burden level: unknown, low, raised, high. */
    private static final String[][] COLOURS = {{"#9aa5b1", "#52606d"}, {"#2f855a", "#1c4532"}, {"#e08e0b", "#8a4b08"},
        {"#c53030", "#742a2a"}};
    private static final String[] LEVELS = {"none", "low", "mid", "high"};
    private static final int NODE = 14;
    private static final int MAX_CHARS = 20;
    private static final int NAME_SIZE = 13;
    private static final int RELATION_SIZE = 12;
    private static final int GAP = 100;
    private static final int[] BASE = {0, 120, 230, 340};
    private static final AtomicLong IDS = new AtomicLong();

    private NetworkPictureSvg() {
    }

    private record Placed(Node node, int ring, double x, double y, List<String> names, List<String> relations) {
        Placed {
            names = names.isEmpty() ? List.of("") : names;
        }

        double height() {
            return names.size() * 16 + relations.size() * 14;
        }

        double width() {
            double w = 2 * NODE;
            for (int i = 0; i < names.size(); i++) {
                w = Math.max(w, textWidth(names.get(i) + (i == names.size() - 1 ? " 10/10" : ""), NAME_SIZE * 1.05));
            }
            for (String relation : relations) {
                w = Math.max(w, textWidth(relation, RELATION_SIZE));
            }
            return w;
        }

        /** The shape's box and the label's box under it, each with a small margin. */
        List<double[]> boxes() {
            return List.of(new double[] {x - NODE - 4, y - NODE - 4, x + NODE + 4, y + NODE + 4},
                    new double[] {x - width() / 2 - 3, y + NODE + 4, x + width() / 2 + 3, y + NODE + 10 + height()});
        }

        boolean touches(Placed other) {
            for (double[] a : boxes()) {
                for (double[] b : other.boxes()) {
                    if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    public static String render(String clientName, List<Node> nodes, Labels labels) {
        Labels words = labels == null ? new Labels("", "", "", "", "") : labels;
        int threshold = words.burdenThreshold() > 0 ? words.burdenThreshold() : 7;
        double[] radius = new double[4];
        List<String> clientLines = wrap(text(clientName), MAX_CHARS);
        List<Placed> placed = layout(nodes == null ? List.of() : nodes, clientLines, radius);
        double half = radius[3] + 16;
        double top = radius[3] + 16;
        double bottom = radius[3] + 16;
        for (Placed p : placed) {
            half = Math.max(half, Math.abs(p.x()) + p.width() / 2 + 12);
            top = Math.max(top, -p.y() + NODE + 8);
            bottom = Math.max(bottom, p.y() + NODE + 6 + p.height() + 12);
        }
        StringBuilder body = new StringBuilder(8000);
        body.append("<g class=\"rings\" fill=\"none\" stroke=\"#9aa5b1\" stroke-width=\"1.5\""
                + " stroke-dasharray=\"5 6\">");
        for (int ring = 1; ring <= 3; ring++) {
            body.append(format("<circle class=\"ring\" data-ring=\"%d\" cx=\"0\" cy=\"0\" r=\"%s\"/>", ring,
                    num(radius[ring])));
        }
        body.append(format("</g><circle class=\"client\" cx=\"0\" cy=\"0\" r=\"24\" fill=\"%s\"/>", PRIMARY));
        body.append(format("<text class=\"client-name\" text-anchor=\"middle\" font-size=\"14\" font-weight=\"700\""
                + " fill=\"%s\" %s>", INK, HALO));
        for (int i = 0; i < clientLines.size(); i++) {
            body.append(format("<tspan x=\"0\" y=\"%d\">%s</tspan>", 44 + 17 * i, esc(clientLines.get(i))));
        }
        body.append("</text>");
        for (Placed p : placed) {
            node(body, p, level(p.node().burden(), threshold));
        }
        String[] legend = {words.legendLow(), words.legendMid(), words.legendHigh(), words.legendNone()};
        int rows = legend(body, legend, bottom + 22, 2 * half - 32);
        String id = "network-" + IDS.incrementAndGet();
        return format("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"%s %s %s %s\" role=\"img\""
                + " class=\"network-picture\" aria-labelledby=\"%s-title\" aria-describedby=\"%s-desc\""
                + " font-family=\"%s\"><title id=\"%s-title\">%s</title><desc id=\"%s-desc\">%s</desc>", num(-half),
                num(-top), num(2 * half), num(top + bottom + rows * 26 + 10), id, id, FONT, id, esc(words.title()), id,
                esc(describe(clientName, placed, words))) + body + "</svg>";
    }

    /**
     * Positions per ring, evenly spread and turned away from the nodes of the inner rings; each ring starts at its
     * base radius (or {@code GAP} beyond the inner ring) and grows until no shape or label touches another.
     */
    private static List<Placed> layout(List<Node> nodes, List<String> clientLines, double[] radius) {
        List<Placed> placed = new ArrayList<>(List.of(new Placed(null, 0, 0, 0, clientLines, List.of())));
        List<Double> innerAngles = new ArrayList<>();
        for (int ring = 1; ring <= 3; ring++) {
            List<Placed> onRing = new ArrayList<>();
            for (Node node : nodes) {
                if (node != null && ringOf(node) == ring) {
                    onRing.add(new Placed(node, ring, 0, 0, wrap(text(node.name()), MAX_CHARS),
                            wrap(text(node.relation()), MAX_CHARS)));
                }
            }
            int n = onRing.size();
            double step = n == 0 ? 0 : 2 * Math.PI / n;
            double offset = 0;
            double bestGap = -1;
            for (int c = 0; c < 12 && ring > 1; c++) {
                double gap = Double.MAX_VALUE;
                for (int i = 0; i < n; i++) {
                    for (double other : innerAngles) {
                        double apart = Math.IEEEremainder(i * step + c * step / 12 - other, 2 * Math.PI);
                        gap = Math.min(gap, Math.abs(apart));
                    }
                }
                if (gap > bestGap + 1e-9) {
                    bestGap = gap;
                    offset = c * step / 12;
                }
            }
            radius[ring] = Math.max(BASE[ring], radius[ring - 1] + GAP);
            List<Placed> moved = around(onRing, radius[ring], step, offset);
            while (collides(moved, placed) && radius[ring] < 10_000) {
                radius[ring] += 6;
                moved = around(onRing, radius[ring], step, offset);
            }
            placed.addAll(moved);
            for (int i = 0; i < n; i++) {
                innerAngles.add(i * step + offset);
            }
        }
        return placed.subList(1, placed.size());
    }

    private static List<Placed> around(List<Placed> ring, double r, double step, double offset) {
        List<Placed> moved = new ArrayList<>();
        for (int i = 0; i < ring.size(); i++) {
            Placed p = ring.get(i);
            moved.add(new Placed(p.node(), p.ring(), r * Math.sin(i * step + offset), -r * Math.cos(i * step + offset),
                    p.names(), p.relations()));
        }
        return moved;
    }

    /** Whether a shape or label of the ring touches another one of the ring or of those already placed. */
    private static boolean collides(List<Placed> ring, List<Placed> placed) {
        List<Placed> others = new ArrayList<>(placed);
        for (Placed p : ring) {
            if (others.stream().anyMatch(p::touches)) {
                return true;
            }
            others.add(p);
        }
        return false;
    }

    private static void node(StringBuilder svg, Placed p, int level) {
        Node node = p.node();
        Kind kind = node.kind() == null ? Kind.NETWORK : node.kind();
        svg.append(format("<g class=\"node burden-%s\" data-kind=\"%s\" data-ring=\"%d\"%s"
                + " transform=\"translate(%s %s)\">", LEVELS[level], kind.name(), p.ring(),
                node.burden() == null ? "" : format(" data-burden=\"%d\"", clamp(node.burden())), num(p.x()),
                num(p.y())));
        svg.append(format("<title>%s</title>", esc(sentence(node, ""))));
        String paint = format("fill=\"%s\" stroke=\"%s\" stroke-width=\"2\"", COLOURS[level][0], COLOURS[level][1]);
        svg.append(switch (kind) {
            case VOLUNTEER -> format("<rect x=\"-13\" y=\"-13\" width=\"26\" height=\"26\" rx=\"6\" %s/>", paint);
            case GENERAL_PROVISION -> format("<polygon points=\"0,-15 13,-7.5 13,7.5 0,15 -13,7.5 -13,-7.5\" %s/>",
                    paint);
            case PROFESSIONAL -> format("<polygon points=\"0,-16 16,0 0,16 -16,0\" %s/>", paint);
            case NETWORK -> format("<circle r=\"%d\" %s/>", NODE, paint);
        });
        svg.append(format("<text class=\"node-label\" text-anchor=\"middle\" fill=\"%s\" %s>", INK, HALO));
        double y = NODE + 6;
        for (int i = 0; i < p.names().size(); i++) {
            y += 16;
            boolean burden = i == p.names().size() - 1 && node.burden() != null;
            svg.append(format("<tspan x=\"0\" y=\"%s\" font-size=\"%d\" font-weight=\"600\">%s%s</tspan>",
                    num(y - 3), NAME_SIZE, esc(p.names().get(i)), burden
                            ? format(" <tspan class=\"burden\" font-weight=\"700\">%d/10</tspan>", clamp(node.burden()))
                            : ""));
        }
        for (String relation : p.relations()) {
            y += 14;
            svg.append(format("<tspan x=\"0\" y=\"%s\" font-size=\"%d\" fill=\"#3e4c59\">%s</tspan>", num(y - 2),
                    RELATION_SIZE, esc(relation)));
        }
        svg.append("</text></g>");
    }

    /** The burden legend, centred: one row when it fits the width, else two rows of two; returns the rows. */
    private static int legend(StringBuilder svg, String[] legend, double top, double width) {
        int[] colour = {1, 2, 3, 0};
        double[] item = new double[legend.length];
        for (int i = 0; i < legend.length; i++) {
            item[i] = 22 + textWidth(text(legend[i]), NAME_SIZE) + 24;
        }
        int perRow = item[0] + item[1] + item[2] + item[3] - 24 <= width ? 4 : 2;
        svg.append(format("<g class=\"legend\" font-size=\"%d\" fill=\"%s\">", NAME_SIZE, INK));
        double x = 0;
        for (int i = 0; i < legend.length; i++) {
            x = i % perRow == 0 ? (24 - (perRow == 4 ? item[0] + item[1] + item[2] + item[3]
                    : item[i] + item[i + 1])) / 2 : x;
            double y = top + i / perRow * 26;
            svg.append(format("<circle cx=\"%s\" cy=\"%s\" r=\"7\" fill=\"%s\" stroke=\"%s\" stroke-width=\"2\"/>"
                    + "<text x=\"%s\" y=\"%s\">%s</text>", num(x + 7), num(y), COLOURS[colour[i]][0],
                    COLOURS[colour[i]][1], num(x + 22), num(y + 4.5), esc(text(legend[i]))));
            x += item[i];
        }
        svg.append("</g>");
        return 4 / perRow;
    }

    /** "Title. Client. Jan, partner, 8/10. Piet, zoon, Belasting onbekend. …" for screen readers. */
    private static String describe(String clientName, List<Placed> placed, Labels words) {
        StringBuilder text = new StringBuilder(text(words.title()));
        text.append(text.length() == 0 ? "" : ". ").append(text(clientName));
        for (Placed p : placed) {
            text.append(". ").append(sentence(p.node(), text(words.legendNone())));
        }
        return text.toString();
    }

    private static String sentence(Node node, String unknown) {
        String burden = node.burden() == null ? unknown : clamp(node.burden()) + "/10";
        String relation = text(node.relation());
        return text(node.name()) + (relation.isEmpty() ? "" : ", " + relation)
                + (burden.isEmpty() ? "" : ", " + burden);
    }

    /** 0 unknown, 1 low, 2 raised (from threshold-2), 3 high (from the threshold). */
    static int level(Integer burden, int threshold) {
        return burden == null ? 0 : burden >= threshold ? 3 : burden >= threshold - 2 ? 2 : 1;
    }

    private static int ringOf(Node node) {
        return node.kind() == null || node.kind() == Kind.NETWORK ? Math.max(1, Math.min(3, node.ring())) : 3;
    }

    private static int clamp(int value) {
        return Math.max(0, Math.min(10, value));
    }

    private static String text(String text) {
        return text == null ? "" : text.strip();
    }

    private static double textWidth(String text, double size) {
        return text.length() * size * 0.6;
    }
}
