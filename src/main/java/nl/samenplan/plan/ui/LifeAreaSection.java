package nl.samenplan.plan.ui;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.plan.PlanRules;

/** Life areas: the client's own 0-10 per area, and the spider web with the previous scores behind it. */
class LifeAreaSection extends Section {

    private final Map<Long, IntegerField> fields = new LinkedHashMap<>();
    private final List<Item> areas;
    private final Div web = new Div();
    private final Paragraph previousNote = new Paragraph();
    private Map<Long, Integer> previous = Map.of();
    private boolean filling;

    LifeAreaSection(List<Item> lifeAreas) {
        this.areas = lifeAreas;
        addClassName("plan-section");
        Paragraph intro = new Paragraph(getTranslation("plan.lifeAreas.intro"));
        intro.addClassName("intro");
        Div scores = new Div();
        scores.addClassName("score-fields");
        for (Item area : lifeAreas) {
            IntegerField field = new IntegerField(area.name());
            field.setMin(0);
            field.setMax(PlanRules.MAX_SCORE);
            field.setStepButtonsVisible(true);
            field.setHelperText(getTranslation("plan.lifeAreas.help"));
            field.setErrorMessage(getTranslation("error.plan.scoreRange"));
            field.setId("score-" + area.id());
            field.setVisible(area.active());
            field.addValueChangeListener(e -> redraw());
            fields.put(area.id(), field);
            scores.add(field);
        }
        web.addClassName("spider-web");
        web.setId("spider-web");
        previousNote.addClassName("hint");
        Div layout = new Div(scores, web);
        layout.addClassName("life-area-layout");
        add(new H3(getTranslation("plan.lifeAreas.title")), intro, layout, previousNote);
    }

    void fill(Map<Long, Integer> current, Map<Long, Integer> previousScores, LocalDate previousOn) {
        this.previous = previousScores;
        filling = true;
        fields.forEach((id, field) -> {
            field.setValue(current.get(id));
            if (current.containsKey(id)) {
                field.setVisible(true);
            }
        });
        previousNote.setText(previousOn == null ? getTranslation("plan.lifeAreas.noPrevious")
                : getTranslation("plan.lifeAreas.previous", DutchFormats.date(previousOn)));
        filling = false;
        redraw();
    }

    Map<Long, Integer> scores() {
        Map<Long, Integer> scores = new HashMap<>();
        fields.forEach((id, field) -> {
            if (field.getValue() != null) {
                scores.put(id, field.getValue());
            }
        });
        return scores;
    }

    void setReadOnly(boolean readOnly) {
        fields.values().forEach(f -> f.setReadOnly(readOnly));
    }

    private void redraw() {
        if (filling) {
            return;
        }
        Map<Long, Integer> current = scores();
        List<SpiderWebSvg.Axis> axes = new ArrayList<>();
        for (Item area : areas) {
            if (area.active() || current.containsKey(area.id())) {
                axes.add(new SpiderWebSvg.Axis(area.name(), current.get(area.id()), previous.get(area.id())));
            }
        }
        Svg svg = new Svg(SpiderWebSvg.render(axes, new SpiderWebSvg.Labels(getTranslation("plan.web.title"),
                getTranslation("plan.web.current"), getTranslation("plan.web.previous"))));
        svg.getStyle().set("width", "100%");
        svg.addClassName("spider-web-svg");
        web.removeAll();
        web.add(svg);
    }

    /** The score fields by life area, to check that what was typed could be read. */
    Map<Long, IntegerField> scoreFields() {
        return fields;
    }
}
