package nl.samenplan.client.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.vaadin.flow.component.Svg;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.samenplan.client.ui.NetworkPictureSvg.Kind;
import nl.samenplan.client.ui.NetworkPictureSvg.Labels;
import nl.samenplan.client.ui.NetworkPictureSvg.Node;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class NetworkPictureSvgTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Pattern TRANSLATE = Pattern.compile("translate\\((-?[\\d.]+) (-?[\\d.]+)\\)");
    private static final Labels LABELS = new Labels("Netwerk van mevrouw De Vries", "Lage belasting",
            "Verhoogde belasting", "Overbelast", "Belasting onbekend", 7);
    private static final List<Node> NETWORK = List.of(new Node("Jan", "partner", 1, 8, Kind.NETWORK),
            new Node("Els", "dochter", 1, 5, Kind.NETWORK), new Node("Piet", "zoon", 1, null, Kind.NETWORK),
            new Node("Riek", "buurvrouw", 2, null, Kind.NETWORK),
            new Node("Henk", "lid zorgcirkel", 2, 2, Kind.NETWORK),
            new Node("Gerrit", "vrijwilliger", 3, null, Kind.VOLUNTEER),
            new Node("Welzijn op Recept", "algemene voorziening", 3, null, Kind.GENERAL_PROVISION),
            new Node("Fatma Yilmaz", "wijkverpleging", 3, null, Kind.PROFESSIONAL));

    @Test
    void the_picture_is_well_formed_svg_whose_description_names_every_node_and_its_burden() {
        Element svg = parse(NetworkPictureSvg.render("Mevrouw De Vries", NETWORK, LABELS)).getDocumentElement();

        assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        Element title = only(svg, "title");
        assertThat(title.getTextContent()).isEqualTo("Netwerk van mevrouw De Vries");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
        Element desc = only(svg, "desc");
        assertThat(svg.getAttribute("aria-describedby")).isEqualTo(desc.getAttribute("id"));
        assertThat(desc.getTextContent()).contains("Mevrouw De Vries", "Jan, partner, 8/10", "Els, dochter, 5/10",
                "Piet, zoon, Belasting onbekend", "Riek, buurvrouw, Belasting onbekend", "Henk, lid zorgcirkel, 2/10",
                "Gerrit, vrijwilliger", "Welzijn op Recept, algemene voorziening", "Fatma Yilmaz, wijkverpleging");
        assertThat(nodes(svg.getOwnerDocument())).hasSize(8);
    }

    @Test
    void vaadins_svg_component_accepts_the_markup() {
        String markup = NetworkPictureSvg.render("Mevrouw De Vries", NETWORK, LABELS);

        assertThat(new Svg(markup).getElement().getProperty("innerHTML")).isEqualTo(markup);
    }

    @Test
    void an_overburdened_caregiver_is_red_and_says_8_of_10() {
        Element jan = node(parse(NetworkPictureSvg.render("Mevrouw De Vries", NETWORK, LABELS)), "Jan");

        assertThat(jan.getAttribute("class")).contains("burden-high");
        assertThat(shape(jan).getAttribute("fill")).isEqualTo("#c53030");
        assertThat(label(jan)).isEqualTo("Jan 8/10 partner");
        Element text = (Element) jan.getElementsByTagNameNS(SVG, "text").item(0);
        assertThat(text.getAttribute("fill")).isEqualTo("#1f2933");
        assertThat(text.getAttribute("stroke")).isEqualTo("#fff");
    }

    @Test
    void the_burden_colour_follows_the_threshold_and_unknown_is_grey() {
        List<Node> people = new ArrayList<>();
        for (Integer burden : Arrays.asList(null, 0, 4, 5, 6, 7, 10)) {
            people.add(new Node("P" + burden, "kennis", 2, burden, Kind.NETWORK));
        }
        Document doc = parse(NetworkPictureSvg.render("C", people, LABELS));
        Document strict = parse(NetworkPictureSvg.render("C", people, new Labels("t", "l", "m", "h", "n", 5)));

        assertThat(nodes(doc).stream().map(n -> shape(n).getAttribute("fill"))).containsExactly("#9aa5b1", "#2f855a",
                "#2f855a", "#e08e0b", "#e08e0b", "#c53030", "#c53030");
        assertThat(nodes(strict).stream().map(n -> n.getAttribute("class"))).containsExactly("node burden-none",
                "node burden-low", "node burden-mid", "node burden-high", "node burden-high", "node burden-high",
                "node burden-high");
        assertThat(label(node(doc, "Pnull"))).isEqualTo("Pnull kennis");
    }

    @Test
    void professionals_are_on_the_outer_ring() {
        List<Node> nodes = new ArrayList<>(NETWORK);
        nodes.add(new Node("Huisarts Bos", "huisarts", 1, null, Kind.PROFESSIONAL));
        Document doc = parse(NetworkPictureSvg.render("Mevrouw De Vries", nodes, LABELS));
        double[] rings = new double[4];
        for (Element ring : withClass(doc, "circle", "ring")) {
            rings[Integer.parseInt(ring.getAttribute("data-ring"))] = Double.parseDouble(ring.getAttribute("r"));
        }

        assertThat(rings[1]).isLessThan(rings[2]);
        assertThat(rings[2]).isLessThan(rings[3]);
        for (String name : List.of("Fatma Yilmaz", "Huisarts Bos", "Gerrit", "Welzijn op Recept")) {
            assertThat(distanceFromClient(doc, node(doc, name))).as(name).isCloseTo(rings[3], within(0.2));
        }
        for (String name : List.of("Jan", "Els", "Piet")) {
            assertThat(distanceFromClient(doc, node(doc, name))).as(name).isCloseTo(rings[1], within(0.2));
        }
        assertThat(distanceFromClient(doc, node(doc, "Riek"))).isCloseTo(rings[2], within(0.2));
    }

    @Test
    void each_kind_has_its_own_shape() {
        Document doc = parse(NetworkPictureSvg.render("Mevrouw De Vries", NETWORK, LABELS));

        assertThat(shape(node(doc, "Jan")).getLocalName()).isEqualTo("circle");
        assertThat(shape(node(doc, "Gerrit")).getLocalName()).isEqualTo("rect");
        assertThat(shape(node(doc, "Welzijn op Recept")).getAttribute("points").split(" ")).hasSize(6);
        assertThat(shape(node(doc, "Fatma Yilmaz")).getAttribute("points").split(" ")).hasSize(4);
    }

    @Test
    void text_is_escaped() {
        String evil = "<script>&\"'";
        String svg = NetworkPictureSvg.render(evil, List.of(new Node(evil, evil, 1, 8, Kind.NETWORK)),
                new Labels(evil, evil, evil, evil, evil, 7));

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;&amp;&quot;&#39;");
        Document doc = parse(svg);
        assertThat(only(doc.getDocumentElement(), "title").getTextContent()).isEqualTo(evil);
        assertThat(label(nodes(doc).get(0))).isEqualTo(evil + " 8/10 " + evil);
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void twenty_nodes_per_ring_keep_their_distance_and_stay_inside_the_picture() {
        List<Node> crowd = new ArrayList<>();
        for (int ring = 1; ring <= 3; ring++) {
            for (int i = 0; i < 20; i++) {
                crowd.add(new Node("Persoon " + ring + "-" + i, "wijkverpleegkundige", ring, i % 11,
                        ring == 3 ? Kind.PROFESSIONAL : Kind.NETWORK));
            }
        }
        Document doc = parse(NetworkPictureSvg.render("Dhr. Bakker", crowd, LABELS));
        String[] viewBox = doc.getDocumentElement().getAttribute("viewBox").split(" ");
        double left = Double.parseDouble(viewBox[0]);
        double top = Double.parseDouble(viewBox[1]);
        List<double[]> boxes = new ArrayList<>(List.of(new double[] {-24, -24, 24, 24},
                new double[] {-"Dhr. Bakker".length() * 14 * 0.31, 28, "Dhr. Bakker".length() * 14 * 0.31, 50}));
        for (Element node : nodes(doc)) {
            double[] c = centre(node);
            String[] lines = label(node).split("(?<=/10) ");
            double width = Math.max(lines[0].length(), lines[1].length()) * 13 * 0.62;
            boxes.add(new double[] {c[0] - 16, c[1] - 16, c[0] + 16, c[1] + 16});
            boxes.add(new double[] {c[0] - width / 2, c[1] + 18, c[0] + width / 2, c[1] + 18 + 2 * 16});
        }

        assertThat(boxes).hasSize(122).allSatisfy(box -> assertThat(box[0] > left && box[1] > top
                && box[2] < left + Double.parseDouble(viewBox[2]) && box[3] < top + Double.parseDouble(viewBox[3]))
                .as("inside the picture").isTrue());
        for (int a = 0; a < boxes.size(); a += 2) {
            for (int b = a + 2; b < boxes.size(); b++) {
                for (double[] own : List.of(boxes.get(a), boxes.get(a + 1))) {
                    double[] other = boxes.get(b);
                    boolean apart = own[2] <= other[0] || other[2] <= own[0] || own[3] <= other[1]
                            || other[3] <= own[1];
                    assertThat(apart).as("node %d overlaps node %d", a / 2, b / 2).isTrue();
                }
            }
        }
    }

    @Test
    void an_empty_network_still_shows_the_client_the_rings_and_the_legend() {
        Document doc = parse(NetworkPictureSvg.render("Dhr. Bakker", List.of(), LABELS));

        assertThat(withClass(doc, "circle", "ring")).hasSize(3);
        assertThat(withClass(doc, "text", "client-name").get(0).getTextContent()).isEqualTo("Dhr. Bakker");
        assertThat(withClass(doc, "g", "legend").get(0).getTextContent())
                .isEqualTo("Lage belastingVerhoogde belastingOverbelastBelasting onbekend");
        assertThat(nodes(doc)).isEmpty();
        assertThat(parse(NetworkPictureSvg.render(null, null, null)).getDocumentElement().getLocalName())
                .isEqualTo("svg");
    }

    @Test
    void coordinates_have_a_decimal_point_even_in_a_dutch_locale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        try {
            String svg = NetworkPictureSvg.render("Mevrouw De Vries", NETWORK, LABELS);
            assertThat(parse(svg).getDocumentElement().getAttribute("viewBox")).matches("(-?\\d+(\\.\\d)? ?){4}");
            assertThat(nodes(parse(svg))).allSatisfy(n -> assertThat(TRANSLATE.matcher(n.getAttribute("transform"))
                    .matches()).isTrue());
        } finally {
            Locale.setDefault(before);
        }
    }

    private static double distanceFromClient(Document doc, Element node) {
        Element client = withClass(doc, "circle", "client").get(0);
        double[] p = centre(node);
        return Math.hypot(p[0] - Double.parseDouble(client.getAttribute("cx")),
                p[1] - Double.parseDouble(client.getAttribute("cy")));
    }

    private static double[] centre(Element node) {
        Matcher m = TRANSLATE.matcher(node.getAttribute("transform"));
        assertThat(m.matches()).as(node.getAttribute("transform")).isTrue();
        return new double[] {Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2))};
    }

    private static List<Element> nodes(Document doc) {
        return withClass(doc, "g", "node");
    }

    /** The node whose label starts with the name. */
    private static Element node(Document doc, String name) {
        return nodes(doc).stream().filter(n -> label(n).startsWith(name + " ") || label(n).equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no node " + name));
    }

    private static Element shape(Element node) {
        NodeList children = node.getElementsByTagNameNS(SVG, "*");
        for (int i = 0; i < children.getLength(); i++) {
            Element child = (Element) children.item(i);
            if (List.of("circle", "rect", "polygon").contains(child.getLocalName())) {
                return child;
            }
        }
        throw new AssertionError("no shape");
    }

    /** The visible label under a node: its lines joined by spaces. */
    private static String label(Element node) {
        NodeList lines = node.getElementsByTagNameNS(SVG, "tspan");
        List<String> text = new ArrayList<>();
        for (int i = 0; i < lines.getLength(); i++) {
            Element line = (Element) lines.item(i);
            if (line.hasAttribute("x")) {
                text.add(line.getTextContent().strip());
            }
        }
        return String.join(" ", text);
    }

    private static Element only(Element parent, String tag) {
        NodeList list = parent.getElementsByTagNameNS(SVG, tag);
        assertThat(list.getLength()).as(tag).isGreaterThanOrEqualTo(1);
        return (Element) list.item(0);
    }

    private static List<Element> withClass(Document doc, String tag, String cssClass) {
        NodeList list = doc.getElementsByTagNameNS(SVG, tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element element = (Element) list.item(i);
            if (Arrays.asList(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }
}
