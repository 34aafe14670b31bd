package nl.samenplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.plan.PlanContent.GoalItem;
import nl.samenplan.plan.PlanRules;

/** Goals in the client's own words, each in a life area. */
class GoalsSection extends Section {

    private final List<Item> lifeAreas;
    private final Div rows = new Div();
    private final List<Row> goals = new ArrayList<>();
    private final Button add;
    private Runnable onChange = () -> { };
    private boolean readOnly;

    GoalsSection(List<Item> lifeAreas) {
        this.lifeAreas = lifeAreas;
        addClassName("plan-section");
        rows.addClassName("goal-rows");
        add = new Button(getTranslation("plan.goals.add"), VaadinIcon.PLUS.create(), e -> addRow(null));
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("goal-add");
        Paragraph intro = new Paragraph(getTranslation("plan.goals.intro"));
        intro.addClassName("intro");
        add(new H3(getTranslation("plan.goals.title")), intro, rows, add);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    void fill(List<GoalItem> items) {
        goals.clear();
        rows.removeAll();
        items.forEach(this::addRow);
        showEmpty();
    }

    List<GoalItem> goals() {
        return goals.stream().map(r -> new GoalItem(r.key, r.area.getValue() == null ? null : r.area.getValue().id(),
                r.text.getValue())).toList();
    }

    /** The goals by key with a short label, for the agreements' "for which goal". */
    List<GoalItem> current() {
        return goals();
    }

    /** Names the fields of the goals as they are now ("goals[0].text"), for a refused save to mark them. */
    void register(nl.samenplan.base.ui.FormErrors errors) {
        errors.forget("goals[");
        for (int i = 0; i < goals.size(); i++) {
            errors.field("goals[" + i + "].lifeAreaId", goals.get(i).area).field("goals[" + i + "].text",
                    goals.get(i).text);
        }
    }

    void setReadOnly(boolean value) {
        this.readOnly = value;
        add.setVisible(!value);
        goals.forEach(r -> {
            r.area.setReadOnly(value);
            r.text.setReadOnly(value);
            r.remove.setVisible(!value);
        });
    }

    private void addRow(GoalItem item) {
        Row row = new Row(item == null ? "nieuw-" + UUID.randomUUID() : item.key());
        int number = goals.size() + 1;
        row.area.setLabel(getTranslation("plan.goals.lifeArea"));
        row.area.setItems(lifeAreas.stream().filter(a -> a.active()
                || (item != null && a.id() == (item.lifeAreaId() == null ? -1 : item.lifeAreaId()))).toList());
        row.area.setItemLabelGenerator(Item::name);
        row.area.setId("goal-area-" + number);
        row.text.setLabel(getTranslation("plan.goals.text"));
        row.text.setPlaceholder(getTranslation("plan.goals.placeholder"));
        row.text.setMaxLength(PlanRules.MAX_GOAL);
        row.text.setId("goal-text-" + number);
        row.text.setWidthFull();
        if (item != null) {
            lifeAreas.stream().filter(a -> item.lifeAreaId() != null && a.id() == item.lifeAreaId()).findFirst()
                    .ifPresent(row.area::setValue);
            row.text.setValue(item.text() == null ? "" : item.text());
        }
        row.text.addValueChangeListener(e -> onChange.run());
        row.area.addValueChangeListener(e -> onChange.run());
        row.remove.addClickListener(e -> {
            goals.remove(row);
            rows.remove(row.layout);
            showEmpty();
            onChange.run();
        });
        row.remove.setVisible(!readOnly);
        goals.add(row);
        rows.getChildren().filter(c -> c.hasClassName("empty-state")).toList().forEach(rows::remove);
        rows.add(row.layout);
        if (item == null) {
            onChange.run();
        }
    }

    private void showEmpty() {
        if (goals.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("plan.goals.empty"));
            empty.addClassName("empty-state");
            rows.add(empty);
        }
    }

    private final class Row {
        final String key;
        final Select<Item> area = new Select<>();
        final TextField text = new TextField();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final Div layout;

        Row(String key) {
            this.key = key;
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("plan.goals.remove"));
            layout = new Div(area, text, remove);
            layout.addClassName("goal-row");
        }
    }
}
