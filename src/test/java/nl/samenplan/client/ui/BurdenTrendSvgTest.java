package nl.samenplan.client.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import nl.samenplan.client.ui.BurdenTrendSvg.Labels;
import nl.samenplan.client.ui.BurdenTrendSvg.Point;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

class BurdenTrendSvgTest {

    private static final Labels LABELS = new Labels("Belasting van Jan & co: 4/10, 5/10, 8/10",
            "Overbelast vanaf 7/10", "grens 7");
    private static final List<Point> POINTS = List.of(new Point(LocalDate.of(2026, 1, 5), 4),
            new Point(LocalDate.of(2026, 2, 2), 5), new Point(LocalDate.of(2026, 3, 2), 8));

    @Test
    void the_chart_is_well_formed_accessible_svg_with_the_scores_in_its_title() throws Exception {
        Element svg = parse(BurdenTrendSvg.render(POINTS, 7, LABELS));
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent())
                .isEqualTo("Belasting van Jan & co: 4/10, 5/10, 8/10");
        assertThat(svg.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Overbelast vanaf 7/10");
    }

    @Test
    void every_point_is_labelled_with_its_score_and_the_threshold_is_a_dashed_line() {
        String markup = BurdenTrendSvg.render(POINTS, 7, LABELS);
        assertThat(markup).contains(">4</text>", ">5</text>", ">8</text>", "stroke-dasharray", ">grens 7</text>");
        assertThat(markup).contains("5-1", "2-2", "2-3");
    }

    @Test
    void a_point_at_or_above_the_threshold_has_another_shape_so_colour_is_not_the_only_signal() {
        String markup = BurdenTrendSvg.render(POINTS, 7, LABELS);
        assertThat(markup.split("class=\"point high\"", -1)).hasSize(2);
        assertThat(markup.split("<circle class=\"point\"", -1)).hasSize(3);
    }

    @Test
    void later_dates_lie_further_right_spaced_by_time() {
        String markup = BurdenTrendSvg.render(POINTS, 7, LABELS);
        String line = markup.replaceAll("(?s).*<polyline points=\"([^\"]+)\".*", "$1");
        double[] xs = java.util.Arrays.stream(line.split(" ")).mapToDouble(p -> Double.parseDouble(p.split(",")[0]))
                .toArray();
        assertThat(xs[0]).isLessThan(xs[1]);
        assertThat(xs[1]).isLessThan(xs[2]);
    }

    @Test
    void a_single_check_in_is_drawn_without_a_line() throws Exception {
        String markup = BurdenTrendSvg.render(List.of(new Point(LocalDate.of(2026, 1, 5), 3)), 7, LABELS);
        parse(markup);
        assertThat(markup).doesNotContain("<polyline").contains(">3</text>");
    }

    private static Element parse(String markup) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(markup))).getDocumentElement();
    }
}
