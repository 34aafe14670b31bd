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

/**
 * Goals in the client's own words, each in a life area. One empty row is always ready for the next goal (nothing to
 * click before typing), and a goal typed without a life area gets the lowest-scored life area that has no goal yet:
 * what the talk about the scores just showed. An empty row that was never filled is not a goal.
 */
class GoalsSection extends Section {

    private final List<Item> lifeAreas;
    private java.util.function.Supplier<java.util.Map<Long, Integer>> scores = java.util.Map::of;
    private final Div rows = new Div();
    private final List<Row> goals = new ArrayList<>();
    private final Button add;
    private Runnable onChange = () -> { };
    private boolean readOnly;

    GoalsSection(List<Item> lifeAreas) {
        this.lifeAreas = lifeAreas;
        addClassName("plan-section");
        rows.addClassName("goal-rows");
        add = new Button(getTranslation("plan.goals.add"), VaadinIcon.PLUS.create(), e -> focusEmptyRow());
        add.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add.setId("goal-add");
        Paragraph intro = new Paragraph(getTranslation("plan.goals.intro"));
        intro.addClassName("intro");
        add(new H3(getTranslation("plan.goals.title")), intro, rows, add);
    }

    void onChange(Runnable listener) {
        this.onChange = listener;
    }

    /** The scores as they are being typed, for the life area of a goal typed without one. */
    void scores(java.util.function.Supplier<java.util.Map<Long, Integer>> current) {
        this.scores = current;
    }

    void fill(List<GoalItem> items) {
        goals.clear();
        rows.removeAll();
        items.forEach(this::addRow);
        keepEmptyRow();
        showEmpty();
    }

    List<GoalItem> goals() {
        return kept().stream().map(r -> new GoalItem(r.key,
                r.area.getValue() == null ? null : r.area.getValue().id(), r.text.getValue())).toList();
    }

    /** The rows that are goals: all but a new row nobody filled in. */
    private List<Row> kept() {
        return goals.stream().filter(r -> !r.unused()).toList();
    }

    /** The goals by key with a short label, for the agreements' "for which goal". */
    List<GoalItem> current() {
        return goals();
    }

    /** Names the fields of the goals as they are now ("goals[0].text"), for a refused save to mark them. */
    void register(nl.samenplan.base.ui.FormErrors errors) {
        errors.forget("goals[");
        List<Row> kept = kept();
        for (int i = 0; i < kept.size(); i++) {
            errors.field("goals[" + i + "].lifeAreaId", kept.get(i).area).field("goals[" + i + "].text",
                    kept.get(i).text);
        }
    }

    void setReadOnly(boolean value) {
        this.readOnly = value;
        if (value) {
            goals.stream().filter(Row::unused).toList().forEach(this::removeRow);
            showEmpty();
        } else {
            keepEmptyRow();
        }
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
        row.text.addValueChangeListener(e -> {
            if (e.isFromClient() && !e.getValue().isBlank() && row.area.isEmpty()) {
                lowestScoredWithoutGoal().ifPresent(row.area::setValue);
            }
            keepEmptyRow();
            onChange.run();
        });
        row.area.addValueChangeListener(e -> {
            keepEmptyRow();
            onChange.run();
        });
        row.remove.addClickListener(e -> {
            removeRow(row);
            keepEmptyRow();
            showEmpty();
            onChange.run();
        });
        row.remove.setVisible(!readOnly);
        goals.add(row);
        rows.getChildren().filter(c -> c.hasClassName("empty-state")).toList().forEach(rows::remove);
        rows.add(row.layout);
    }

    private void removeRow(Row row) {
        goals.remove(row);
        rows.remove(row.layout);
    }

    /** One empty row at the end, ready for the next goal, while the plan can be edited. */
    private void keepEmptyRow() {
        if (!readOnly && goals.stream().noneMatch(Row::unused)) {
            addRow(null);
        }
    }

    /** The add button brings the user to the empty row (there always is one) instead of making a second. */
    private void focusEmptyRow() {
        keepEmptyRow();
        goals.stream().filter(Row::unused).findFirst().ifPresent(r -> r.text.focus());
    }

    /** The life area with the lowest score typed that no goal is for yet, the first of equals in catalogue order. */
    private java.util.Optional<Item> lowestScoredWithoutGoal() {
        java.util.Map<Long, Integer> current = scores.get();
        java.util.Set<Long> taken = new java.util.HashSet<>();
        goals.forEach(r -> {
            if (r.area.getValue() != null) {
                taken.add(r.area.getValue().id());
            }
        });
        return lifeAreas.stream().filter(a -> a.active() && current.containsKey(a.id()) && !taken.contains(a.id()))
                .min(java.util.Comparator.comparingInt(a -> current.get(a.id())));
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
        final boolean isNew;
        final Select<Item> area = new Select<>();
        final TextField text = new TextField();
        final Button remove = new Button(VaadinIcon.TRASH.create());
        final Div layout;

        Row(String key) {
            this.key = key;
            this.isNew = key.startsWith("nieuw-");
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("plan.goals.remove"));
            layout = new Div(area, text, remove);
            layout.addClassName("goal-row");
        }

        /** A new row with nothing chosen or typed: not a goal (yet). */
        boolean unused() {
            return isNew && area.isEmpty() && text.getValue().isBlank();
        }
    }
}
