package nl.samenplan.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.DatePickers;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.NetworkService.Member;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanContent.GoalItem;
import nl.samenplan.plan.PlanRules;
import nl.samenplan.plan.SupportRung;

/** One support agreement: what, who, how often, from when, for which goal, on which rung. */
class AgreementDialog extends Dialog {

    final TextField what = new TextField();
    final ComboBox<Item> category = new ComboBox<>();
    final Select<SupportRung> rung = new Select<>();
    final Select<Member> member = new Select<>();
    final TextField provider = new TextField();
    final TextField organisation = new TextField();
    final RadioButtonGroup<FundingDomain> domain = new RadioButtonGroup<>();
    final TextField frequency = new TextField();
    final ComboBox<nl.samenplan.security.TeamService.Colleague> assignee = new ComboBox<>();
    final DatePicker start = new DatePicker();
    final DatePicker end = new DatePicker();
    final Select<GoalItem> goal = new Select<>();
    final com.vaadin.flow.component.textfield.TextArea escalation = new com.vaadin.flow.component.textfield.TextArea();
    final Paragraph error = new Paragraph();

    AgreementDialog(AgreementItem existing, int number, List<Item> categories, List<Member> network,
            List<nl.samenplan.security.TeamService.Colleague> colleagues, List<GoalItem> goals, java.util.function.LongFunction<String> prefill, Consumer<AgreementItem> onDone) {
        this(existing, null, null, number, categories, network, colleagues, goals, prefill, onDone);
    }

    /**
     * The form for a new agreement that starts from {@code draft} (the facts of a need it answers), or for an
     * existing one. {@code me} is the person filling it in: a professional who proposes professional care
     * proposes their own, so it starts with them as the provider (and their organisation, their domain, their tasks).
     */
    AgreementDialog(AgreementItem existing, AgreementItem draft, nl.samenplan.plan.PlanService.Me me, int number,
            List<Item> categories, List<Member> network, List<nl.samenplan.security.TeamService.Colleague> colleagues,
            List<GoalItem> goals, java.util.function.LongFunction<String> prefill, Consumer<AgreementItem> onDone) {
        setHeaderTitle(getTranslation(existing == null ? "plan.agreements.add" : "plan.agreements.edit"));
        setId("agreement-dialog");
        what.setLabel(getTranslation("plan.agreement.what"));
        what.setMaxLength(PlanRules.MAX_WHAT);
        what.setRequiredIndicatorVisible(true);
        what.setId("agreement-what");
        category.setLabel(getTranslation("plan.agreement.category"));
        category.setItems(categories.stream().filter(Item::active).toList());
        category.setItemLabelGenerator(Item::name);
        category.setRequiredIndicatorVisible(true);
        category.setId("agreement-category");
        rung.setLabel(getTranslation("plan.agreement.rung"));
        rung.setItems(SupportRung.values());
        rung.setItemLabelGenerator(r -> r.level() + " · " + getTranslation(r.labelKey()));
        rung.setId("agreement-rung");
        member.setLabel(getTranslation("plan.agreement.member"));
        member.setItems(network);
        member.setItemLabelGenerator(m -> m.name() + " (" + getTranslation(m.data().relation().labelKey()) + ")");
        member.setEmptySelectionAllowed(false);
        member.setId("agreement-member");
        provider.setLabel(getTranslation("plan.agreement.provider"));
        provider.setMaxLength(PlanRules.MAX_PROVIDER);
        provider.setId("agreement-provider");
        organisation.setLabel(getTranslation("plan.agreement.organisation"));
        organisation.setMaxLength(PlanRules.MAX_ORGANISATION);
        organisation.setId("agreement-organisation");
        domain.setLabel(getTranslation("plan.agreement.domain"));
        domain.setItems(FundingDomain.values());
        domain.setItemLabelGenerator(FundingDomain::label);
        domain.setId("agreement-domain");
        frequency.setLabel(getTranslation("plan.agreement.frequency"));
        frequency.setPlaceholder(getTranslation("plan.agreement.frequency.placeholder"));
        frequency.setMaxLength(PlanRules.MAX_FREQUENCY);
        frequency.setId("agreement-frequency");
        frequency.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        frequency.addValueChangeListener(e -> explainFrequency());
        assignee.setLabel(getTranslation("plan.agreement.tasksFor"));
        assignee.setItems(colleagues);
        assignee.setItemLabelGenerator(c -> c.displayName() + " · " + getTranslation(c.role().labelKey()));
        assignee.setClearButtonVisible(true);
        assignee.setHelperText(getTranslation("plan.agreement.tasksFor.help"));
        assignee.setId("agreement-assignee");
        start.setLabel(getTranslation("plan.agreement.start"));
        start.setId("agreement-start");
        end.setLabel(getTranslation("plan.agreement.end"));
        end.setId("agreement-end");
        DatePickers.dutch(start);
        DatePickers.dutch(end);
        goal.setLabel(getTranslation("plan.agreement.goal"));
        goal.setItems(goals.stream().filter(g -> g.text() != null && !g.text().isBlank()).toList());
        goal.setItemLabelGenerator(g -> g == null ? getTranslation("plan.agreement.noGoal") : g.text());
        goal.setEmptySelectionAllowed(true);
        goal.setEmptySelectionCaption(getTranslation("plan.agreement.noGoal"));
        goal.setId("agreement-goal");
        escalation.setLabel(getTranslation("plan.agreement.escalation"));
        escalation.setHelperText(getTranslation("plan.agreement.escalation.help"));
        escalation.setMaxLength(PlanRules.MAX_ESCALATION);
        escalation.setId("agreement-escalation");
        error.addClassName("form-error");
        error.setVisible(false);
        error.setId("agreement-error");

        Runnable justify = () -> {
            boolean needed = rung.getValue() == SupportRung.PROFESSIONELE_ZORG && category.getValue() != null
                    && !category.getValue().professionalByNature();
            escalation.setVisible(needed);
            if (needed && escalation.isEmpty()) {
                escalation.setValue(prefill.apply(category.getValue().id()));
            }
        };
        rung.addValueChangeListener(e -> {
            showFieldsFor(e.getValue());
            if (existing == null && e.getValue() == SupportRung.PROFESSIONELE_ZORG) {
                proposeOwnCare(me, colleagues);
            }
            justify.run();
        });
        category.addValueChangeListener(e -> {
            if (e.getValue() != null && e.getValue().professionalByNature()) {
                rung.setValue(SupportRung.PROFESSIONELE_ZORG);
            }
            justify.run();
        });
        if (existing != null) {
            what.setValue(orEmpty(existing.what()));
            categories.stream().filter(c -> Objects.equals(c.id(), existing.needCategoryId())).findFirst()
                    .ifPresent(category::setValue);
            rung.setValue(existing.rung());
            network.stream().filter(m -> Objects.equals(m.id(), existing.networkMemberId())).findFirst()
                    .ifPresent(member::setValue);
            provider.setValue(orEmpty(existing.providerName()));
            organisation.setValue(orEmpty(existing.organisation()));
            domain.setValue(existing.fundingDomain());
            frequency.setValue(orEmpty(existing.frequency()));
            start.setValue(existing.startDate());
            end.setValue(existing.endDate());
            goals.stream().filter(g -> Objects.equals(g.key(), existing.goalKey())).findFirst().ifPresent(goal::setValue);
            escalation.setValue(orEmpty(existing.escalationReason()));
            colleagues.stream().filter(c -> Objects.equals(c.id(), existing.assigneeId())).findFirst()
                    .ifPresent(assignee::setValue);
        } else if (draft != null) {
            categories.stream().filter(c -> Objects.equals(c.id(), draft.needCategoryId())).findFirst()
                    .ifPresent(category::setValue);
            if (draft.fundingDomain() != null) {
                domain.setValue(draft.fundingDomain()); // the kind of need's usual domain: household help is Wmo
            }
            rung.setValue(draft.rung() == null ? SupportRung.ZELF : draft.rung());
            what.setValue(orEmpty(draft.what()));
            frequency.setValue(orEmpty(draft.frequency()));
            start.setValue(draft.startDate());
            goals.stream().filter(g -> Objects.equals(g.key(), draft.goalKey())).findFirst().ifPresent(goal::setValue);
        } else {
            rung.setValue(SupportRung.ZELF);
        }
        showFieldsFor(rung.getValue());
        justify.run();
        explainFrequency();

        FormLayout form = new FormLayout(what, category, rung, member, provider, organisation, domain, escalation,
                frequency, assignee, goal, start, end);
        form.setColspan(what, 2);
        form.setColspan(escalation, 2);
        add(error, form);
        FormErrors errors = new FormErrors(error)
                .field("what", what, "error.agreement.what", "error.agreement.whatTooLong")
                .field("category", category, "error.agreement.category")
                .field("rung", rung, "error.agreement.rung")
                .field("member", member, "error.agreement.networkMember")
                .field("provider", provider, "error.agreement.provider", "error.agreement.providerTooLong")
                .field("organisation", organisation, "error.agreement.organisationTooLong")
                .field("domain", domain, "error.agreement.fundingDomain")
                .field("escalation", escalation, "error.agreement.escalationReason",
                        "error.agreement.escalationTooLong")
                .field("frequency", frequency, "error.agreement.frequencyTooLong")
                .field("goal", goal, "error.agreement.goal")
                .field("start", start, "error.agreement.date")
                .field("end", end, "error.agreement.period");
        Button ok = new Button(getTranslation("plan.agreement.ok"), e -> {
            if (!errors.readable()) {
                return;
            }
            AgreementItem item = item(existing == null ? "nieuw-" + UUID.randomUUID() : existing.key())
                    .withServerFieldsOf(existing);
            var problems = PlanRules.checkAgreement(item, number, ids(categories), professional(categories),
                    memberIds(network),
                    goals.stream().map(GoalItem::key).collect(java.util.stream.Collectors.toSet()));
            if (!problems.isEmpty()) {
                errors.show(PlanRules.refusal(problems)); // every problem, each at its field
                return;
            }
            close();
            onDone.accept(item);
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("agreement-ok");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), ok);
    }

    private AgreementItem item(String key) {
        return new AgreementItem(key, what.getValue(), category.getValue() == null ? null : category.getValue().id(),
                rung.getValue(), member.getValue() == null ? null : member.getValue().id(), provider.getValue(),
                organisation.getValue(), frequency.getValue(), start.getValue(), end.getValue(), domain.getValue(),
                goal.getValue() == null ? null : goal.getValue().key())
                .withEscalationReason(escalation.isVisible() ? escalation.getValue() : null)
                .withAssignee(assignee.isVisible() && assignee.getValue() != null ? assignee.getValue().id() : null);
    }

    /**
     * A professional proposing care proposes their own: fills in only what is still empty. When they name
     * another provider after all, their own organisation and tasks, as filled in, go again.
     */
    private void proposeOwnCare(nl.samenplan.plan.PlanService.Me me,
            List<nl.samenplan.security.TeamService.Colleague> colleagues) {
        if (me == null || !me.providesCare() || !provider.isEmpty()) {
            return;
        }
        provider.setValue(orEmpty(me.displayName()));
        if (organisation.isEmpty() && me.organisation() != null) {
            organisation.setValue(me.organisation());
        }
        if (domain.isEmpty() && me.usualDomain() != null) {
            domain.setValue(me.usualDomain());
        }
        var self = colleagues.stream().filter(c -> c.id() == me.userId()).findFirst().orElse(null);
        if (assignee.isEmpty() && self != null) {
            assignee.setValue(self);
        }
        if (ownCare == null) {
            ownCare = provider.addValueChangeListener(e -> {
                if (Objects.equals(e.getValue(), me.displayName())) {
                    return;
                }
                if (me.organisation() != null && me.organisation().equals(organisation.getValue())) {
                    organisation.clear();
                }
                if (self != null && self.equals(assignee.getValue())) {
                    assignee.clear();
                }
            });
        }
    }

    private com.vaadin.flow.shared.Registration ownCare;

    private void showFieldsFor(SupportRung value) {
        member.setVisible(value == SupportRung.EIGEN_NETWERK);
        boolean named = value == SupportRung.VRIJWILLIGERS || value == SupportRung.ALGEMENE_VOORZIENINGEN
                || value == SupportRung.PROFESSIONELE_ZORG;
        provider.setVisible(named);
        if (value != null && named) {
            provider.setLabel(getTranslation("plan.agreement.provider." + value.name().toLowerCase()));
        }
        organisation.setVisible(value == SupportRung.PROFESSIONELE_ZORG);
        assignee.setVisible(value != SupportRung.EIGEN_NETWERK && value != SupportRung.ZELF);
        domain.setVisible(value == SupportRung.PROFESSIONELE_ZORG);
    }

    /** Says under the field how Samenplan reads the frequency, and when it cannot. */
    private void explainFrequency() {
        var parsed = nl.samenplan.plan.Frequency.parse(frequency.getValue());
        frequency.setHelperText(parsed.map(f -> FrequencyText.describe(this, f))
                .orElseGet(() -> getTranslation("plan.agreement.frequency.unknown")));
    }

    private static java.util.Set<Long> ids(List<Item> items) {
        return items.stream().map(Item::id).collect(java.util.stream.Collectors.toSet());
    }

    private static java.util.Set<Long> professional(List<Item> items) {
        return items.stream().filter(Item::professionalByNature).map(Item::id)
                .collect(java.util.stream.Collectors.toSet());
    }

    private static java.util.Set<Long> memberIds(List<Member> members) {
        return members.stream().map(Member::id).collect(java.util.stream.Collectors.toSet());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
