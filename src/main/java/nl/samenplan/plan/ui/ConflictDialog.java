package nl.samenplan.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.plan.PlanConflictException;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanContent.GoalItem;
import nl.samenplan.plan.PlanMerge;
import nl.samenplan.plan.PlanMerge.Choice;

/**
 * Someone else saved the plan in between and changed some of the same parts in another way. Everything
 * else has been merged already; here the person sees, per part, their own value and the other one side
 * by side and chooses. Nothing is written until they save with their choices; the default button goes
 * back to editing, with their own input still in the form.
 */
class ConflictDialog extends Dialog {

    private final Map<String, RadioButtonGroup<Choice>> choices = new LinkedHashMap<>();
    private final Button save = new Button();

    ConflictDialog(long clientId, PlanConflictException conflict, List<Item> lifeAreas,
            Function<AgreementItem, String> agreementText, Consumer<Map<String, Choice>> saveWithChoices) {
        setHeaderTitle(getTranslation("plan.conflict.title"));
        setId("conflict-dialog");
        addClassName("conflict-dialog");
        var theirs = conflict.theirs();
        String time = DutchFormats.DATE_TIME.format(theirs.lastChangedAt().atZone(TimeConfig.ZONE));
        Paragraph what = new Paragraph(getTranslation("plan.conflict.text", theirs.lastChangedBy(), time));
        UnorderedList changes = new UnorderedList();
        ChangeText.describe(this, conflict.theirChanges()).forEach(c -> changes.add(new ListItem(c)));
        changes.setId("conflict-changes");
        Paragraph ask = new Paragraph(getTranslation("plan.conflict.ask", conflict.conflicts().size()));
        ask.addClassName("attention");
        add(what, changes, ask);
        Values values = new Values(lifeAreas, agreementText);
        for (PlanMerge.Conflict part : conflict.conflicts()) {
            add(part(part, values, theirs.lastChangedBy()));
        }
        Anchor look = new Anchor("clienten/" + clientId + "/plan/versie/" + theirs.revisionNo(),
                getTranslation("plan.conflict.look"));
        look.setTarget("_blank");
        add(look, new Paragraph(getTranslation("plan.conflict.kept")));

        Button keepEditing = new Button(getTranslation("plan.conflict.keepEditing"), e -> close());
        keepEditing.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        keepEditing.setId("conflict-keep-editing");
        save.setText(getTranslation("plan.conflict.saveChoices"));
        save.setId("conflict-save-choices");
        save.setEnabled(false);
        save.addClickListener(e -> {
            Map<String, Choice> chosen = new LinkedHashMap<>();
            choices.forEach((id, group) -> chosen.put(id, group.getValue()));
            close();
            saveWithChoices.accept(chosen);
        });
        getFooter().add(save, keepEditing);
        addOpenedChangeListener(e -> keepEditing.focus());
    }

    private Component part(PlanMerge.Conflict conflict, Values values, String otherName) {
        RadioButtonGroup<Choice> group = new RadioButtonGroup<>();
        group.setLabel(values.label(this, conflict));
        group.setItems(Choice.MINE, Choice.THEIRS);
        group.setRenderer(new ComponentRenderer<>(choice -> {
            Span who = new Span(choice == Choice.MINE ? getTranslation("plan.conflict.mine")
                    : getTranslation("plan.conflict.theirs", otherName));
            who.addClassName("conflict-side");
            Span value = new Span(values.text(this, conflict.part(), choice == Choice.MINE ? conflict.mine()
                    : conflict.theirs()));
            value.addClassName("conflict-value");
            Div card = new Div(who, value);
            card.addClassName("conflict-choice");
            return card;
        }));
        group.setId("conflict-" + conflict.id().replace(':', '-'));
        group.addValueChangeListener(e -> save.setEnabled(choices.values().stream().allMatch(g -> g.getValue() != null)));
        choices.put(conflict.id(), group);
        Div part = new Div(group);
        part.addClassName("conflict-part");
        return part;
    }

    /** The words for a part and its values. */
    private record Values(List<Item> lifeAreas, Function<AgreementItem, String> agreementText) {

        String label(Component owner, PlanMerge.Conflict conflict) {
            return switch (conflict.part()) {
                case ANSWER_CAN_DO_SELF -> owner.getTranslation("plan.question.canDoSelf");
                case ANSWER_NEEDS -> owner.getTranslation("plan.question.needs");
                case ANSWER_WILL_DO -> owner.getTranslation("plan.question.willDo");
                case SCORE -> owner.getTranslation("plan.conflict.part.score",
                        area(Long.parseLong(conflict.id().substring("score:".length()))));
                case GOAL -> owner.getTranslation("plan.conflict.part.goal");
                case AGREEMENT -> owner.getTranslation("plan.conflict.part.agreement");
                case CONSENT -> owner.getTranslation("plan.consent.agreedOn");
                case REVIEW_DATE -> owner.getTranslation("plan.consent.reviewDate");
            };
        }

        String text(Component owner, PlanMerge.Part part, Object value) {
            if (value == null) {
                return owner.getTranslation(part == PlanMerge.Part.GOAL || part == PlanMerge.Part.AGREEMENT
                        ? "plan.conflict.removed" : "plan.conflict.empty");
            }
            if (value instanceof Integer score) {
                return owner.getTranslation("plan.conflict.score", score);
            }
            if (value instanceof GoalItem goal) {
                return (goal.lifeAreaId() == null ? "" : area(goal.lifeAreaId()) + ": ") + goal.text();
            }
            if (value instanceof AgreementItem agreement) {
                return agreement.what() + " · " + agreementText.apply(agreement);
            }
            if (value instanceof PlanMerge.Consent consent) {
                return owner.getTranslation("plan.conflict.consent",
                        consent.agreedOn() == null ? "…" : DutchFormats.date(consent.agreedOn()),
                        consent.agreedWith() == null ? "…" : consent.agreedWith());
            }
            if (value instanceof LocalDate date) {
                return DutchFormats.date(date);
            }
            return value.toString();
        }

        private String area(long id) {
            return lifeAreas.stream().filter(a -> a.id() == id).map(Item::name).findFirst().orElse("?");
        }
    }
}
