package nl.samenplan.plan.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Svg;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.samenplan.plan.ui.SpiderWebSvg.Axis;
import nl.samenplan.plan.ui.SpiderWebSvg.Labels;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SpiderWebSvgTest {

    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Labels LABELS = new Labels("Spinnenweb van mevrouw De Vries", "Nu", "Vorige keer");
    private static final List<Axis> AREAS = List.of(new Axis("Gezondheid", 6, null),
            new Axis("Dagelijks functioneren", 5, 5), new Axis("Wonen", 7, 5), new Axis("Sociaal netwerk", 4, 3),
            new Axis("Meedoen", 3, 4), new Axis("Zingeving", 6, 6), new Axis("Financiën", 8, 4),
            new Axis("Mantelzorg", 5, 6));

    @Test
    void the_picture_is_well_formed_svg_with_an_accessible_title_and_description() {
        Element svg = parse(SpiderWebSvg.render(AREAS, LABELS)).getDocumentElement();

        assertThat(svg.getNamespaceURI()).isEqualTo(SVG);
        assertThat(svg.getLocalName()).isEqualTo("svg");
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 760 540");
        Element title = only(svg, "title");
        assertThat(svg.getAttribute("aria-labelledby")).isEqualTo(title.getAttribute("id"));
        assertThat(title.getTextContent()).isEqualTo("Spinnenweb van mevrouw De Vries");
        Element desc = only(svg, "desc");
        assertThat(svg.getAttribute("aria-describedby")).isEqualTo(desc.getAttribute("id"));
        assertThat(desc.getTextContent()).contains("Gezondheid: Nu 6, Vorige keer –", "Wonen: Nu 7, Vorige keer 5",
                "Mantelzorg: Nu 5, Vorige keer 6");
    }

    @Test
    void vaadins_svg_component_accepts_the_markup() {
        String markup = SpiderWebSvg.render(AREAS, LABELS);

        assertThat(new Svg(markup).getElement().getProperty("innerHTML")).isEqualTo(markup);
    }

    @Test
    void labels_and_scores_are_written_as_text_beside_the_web() {
        List<String> labels = texts(parse(SpiderWebSvg.render(AREAS, LABELS)), "axis-label");

        assertThat(labels).containsExactly("Gezondheid 6", "Dagelijks functioneren 5 → 5", "Wonen 5 → 7",
                "Sociaal netwerk 3 → 4", "Meedoen 4 → 3", "Zingeving 6 → 6", "Financiën 4 → 8",
                "Mantelzorg 6 → 5");
    }

    @Test
    void previous_scores_are_drawn_behind_the_current_ones() {
        Document doc = parse(SpiderWebSvg.render(AREAS, LABELS));
        Element previous = withClass(doc, "polygon", "previous").get(0);
        Element current = withClass(doc, "polygon", "current").get(0);

        assertThat(previous.compareDocumentPosition(current) & Node.DOCUMENT_POSITION_FOLLOWING).isNotZero();
        assertThat(previous.getAttribute("stroke-dasharray")).isNotBlank();
        assertThat(previous.getAttribute("fill")).isEqualTo("none");
        assertThat(current.getAttribute("fill")).isEqualTo("hsl(168, 62%, 26%)");
        assertThat(current.getAttribute("fill-opacity")).isEqualTo("0.25");
        assertThat(withClass(doc, "circle", null)).hasSize(8);
    }

    @Test
    void a_score_of_ten_reaches_the_outer_guide_and_zero_the_centre() {
        List<Axis> axes = List.of(new Axis("A", 10, null), new Axis("B", 0, null), new Axis("C", 5, null),
                new Axis("D", 10, null));
        Document doc = parse(SpiderWebSvg.render(axes, LABELS));
        List<double[]> points = points(withClass(doc, "polygon", "current").get(0));

        assertThat(points.get(0)).containsExactly(380, 90);
        assertThat(points.get(1)).containsExactly(380, 250);
        assertThat(points.get(2)).containsExactly(380, 330);
        assertThat(points.get(3)).containsExactly(220, 250);
    }

    @Test
    void an_area_without_a_score_gets_no_point_rather_than_a_zero() {
        List<Axis> axes = new ArrayList<>(AREAS);
        axes.set(2, new Axis("Wonen", null, 5));
        Document doc = parse(SpiderWebSvg.render(axes, LABELS));

        List<double[]> current = points(withClass(doc, "polygon", "current").get(0));
        assertThat(current).hasSize(7).noneMatch(p -> p[0] == 380 && p[1] == 250);
        assertThat(withClass(doc, "circle", null)).hasSize(7);
        assertThat(points(withClass(doc, "polygon", "previous").get(0))).hasSize(7);
        assertThat(texts(doc, "axis-label")).contains("Wonen 5 → –");
    }

    @Test
    void the_legend_words_come_from_the_labels() {
        Document doc = parse(SpiderWebSvg.render(AREAS, new Labels("Spider web", "Now", "Last time")));

        assertThat(texts(doc, "legend")).containsExactly("Now Last time");
    }

    @Test
    void text_is_escaped() {
        String evil = "<script>&\"'";
        String svg = SpiderWebSvg.render(List.of(new Axis(evil, 5, 4), new Axis("B", 5, 4), new Axis("C", 5, 4)),
                new Labels(evil, evil, evil));

        assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;&amp;&quot;&#39;");
        Document doc = parse(svg);
        assertThat(only(doc.getDocumentElement(), "title").getTextContent()).isEqualTo(evil);
        assertThat(texts(doc, "axis-label").get(0)).isEqualTo(evil + " 4 → 5");
        assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    }

    @Test
    void long_labels_wrap_on_words_and_stay_inside_the_picture() {
        List<Axis> axes = new ArrayList<>();
        for (String label : List.of("Dagelijks functioneren", "Arbeidsparticipatiemogelijkheden", "Huiselijke relaties",
                "Lichamelijke en geestelijke gezondheid", "Wonen", "Sociaal netwerk", "Financiën", "Mantelzorg",
                "Zingeving", "Justitie", "Verslaving", "Meedoen in de samenleving")) {
            axes.add(new Axis(label, 10, 10));
        }
        Document doc = parse(SpiderWebSvg.render(axes, LABELS));

        for (Element label : withClass(doc, "text", "axis-label")) {
            NodeList lines = label.getElementsByTagNameNS(SVG, "tspan");
            for (int i = 0; i < lines.getLength(); i++) {
                Element line = (Element) lines.item(i);
                if (line.getAttribute("x").isEmpty()) {
                    continue;
                }
                double x = Double.parseDouble(line.getAttribute("x"));
                double width = line.getTextContent().length() * 13 * 0.62;
                double left = switch (label.getAttribute("text-anchor")) {
                    case "start" -> x;
                    case "end" -> x - width;
                    default -> x - width / 2;
                };
                assertThat(left).as(line.getTextContent()).isBetween(0.0, 760 - width);
                assertThat(Double.parseDouble(line.getAttribute("y"))).isBetween(13.0, 540 - 40.0);
            }
        }
        assertThat(texts(doc, "axis-label")).contains("Dagelijks functioneren 10 → 10", "Wonen 10 → 10");
    }

    @Test
    void fewer_than_three_areas_give_an_empty_picture_of_the_same_size() {
        Element svg = parse(SpiderWebSvg.render(AREAS.subList(0, 2), LABELS)).getDocumentElement();

        assertThat(svg.getAttribute("viewBox")).isEqualTo("0 0 760 540");
        assertThat(svg.getElementsByTagNameNS(SVG, "*").getLength()).isEqualTo(2);
        assertThat(parse(SpiderWebSvg.render(null, null)).getDocumentElement().getAttribute("viewBox"))
                .isEqualTo("0 0 760 540");
    }

    @Test
    void coordinates_have_a_decimal_point_even_in_a_dutch_locale() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.forLanguageTag("nl-NL"));
        try {
            String points = withClass(parse(SpiderWebSvg.render(AREAS, LABELS)), "polygon", "current").get(0)
                    .getAttribute("points");
            assertThat(points.split(" ")).hasSize(8).allMatch(p -> p.matches("-?\\d+(\\.\\d)?,-?\\d+(\\.\\d)?"));
        } finally {
            Locale.setDefault(before);
        }
    }

    static Document parse(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage() + "\n" + svg, e);
        }
    }

    private static Element only(Element parent, String tag) {
        NodeList list = parent.getElementsByTagNameNS(SVG, tag);
        assertThat(list.getLength()).as(tag).isEqualTo(1);
        return (Element) list.item(0);
    }

    /** Elements with the tag (any when "*") carrying the class (any when null). */
    private static List<Element> withClass(Document doc, String tag, String cssClass) {
        NodeList list = doc.getElementsByTagNameNS(SVG, tag);
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            Element element = (Element) list.item(i);
            if (cssClass == null || Arrays.asList(element.getAttribute("class").split(" ")).contains(cssClass)) {
                found.add(element);
            }
        }
        return found;
    }

    /** The visible text of every element with the class: its lines joined by spaces, tooltips left out. */
    static List<String> texts(Document doc, String cssClass) {
        List<String> texts = new ArrayList<>();
        for (Element element : withClass(doc, "*", cssClass)) {
            List<String> lines = new ArrayList<>();
            NodeList all = element.getElementsByTagNameNS(SVG, "*");
            for (int i = -1; i < all.getLength(); i++) {
                Element line = i < 0 ? element : (Element) all.item(i);
                boolean placed = line.getLocalName().equals("tspan") && line.hasAttribute("x");
                boolean plain = line.getLocalName().equals("text") && line.getElementsByTagNameNS(SVG, "tspan")
                        .getLength() == 0;
                if (placed || plain) {
                    lines.add(line.getTextContent().strip());
                }
            }
            texts.add(String.join(" ", lines));
        }
        return texts;
    }

    private static List<double[]> points(Element polygon) {
        List<double[]> points = new ArrayList<>();
        for (String pair : polygon.getAttribute("points").split(" ")) {
            String[] xy = pair.split(",");
            points.add(new double[] {Double.parseDouble(xy[0]), Double.parseDouble(xy[1])});
        }
        return points;
    }
}
