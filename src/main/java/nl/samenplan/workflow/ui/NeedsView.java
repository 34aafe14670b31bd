package nl.samenplan.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.CardList;
import nl.samenplan.base.ui.ErrorHandling;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ui.ClientFileLayout;
import nl.samenplan.security.Permissions;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.NeedService.NeedRow;
import nl.samenplan.workflow.Proposal;
import nl.samenplan.workflow.Reason;
import nl.samenplan.workflow.Routing;

/** Hulpvragen: record a need, see what the rules propose and why, accept in one action. */
@Route(value = "clienten/:clientId/hulpvragen", layout = ClientFileLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
public class NeedsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final NeedService needs;
    private final nl.samenplan.workflow.NeedConsentService needConsent;
    private final CatalogService catalog;
    private final Clock clock;
    private final CardList<NeedRow> list;
    private final Div fromAnswer = new Div();
    private long clientId;

    public NeedsView(NeedService needs, nl.samenplan.workflow.NeedConsentService needConsent, CatalogService catalog,
            Clock clock) {
        this.needConsent = needConsent;
        this.needs = needs;
        this.catalog = catalog;
        this.clock = clock;
        addClassName("needs-view");
        list = new CardList<>("needs", "need.empty", () -> needs.needs(clientId), this::card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientId = event.getRouteParameters().getLong(ClientFileLayout.PARAM).orElseThrow();
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("need.intro"));
        intro.addClassName("intro");
        Button record = new Button(getTranslation("need.new"), VaadinIcon.PLUS.create(),
                e -> new NeedDialog(needs, clientId, catalog.needCategories(), id -> refresh()).open());
        record.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        record.setId("need-new");
        record.setVisible(ClientFileLayout.canWrite());
        fromAnswer.addClassName("from-answer");
        fromAnswer.setId("need-from-answer");
        add(intro, record, fromAnswer, list);
        refresh();
    }

    private void refresh() {
        showFromAnswer();
        list.refresh();
    }

    /**
     * The client's own words first: beside their answer to "Waar heeft u behoefte aan?", a button for each kind of
     * need it names that is not open yet, to record it with one tap. Nothing when there is nothing to offer.
     */
    private void showFromAnswer() {
        fromAnswer.removeAll();
        NeedService.FromAnswer answer = needs.fromAnswer(clientId);
        boolean canWrite = ClientFileLayout.canWrite();
        fromAnswer.setVisible(canWrite && !answer.suggestions().isEmpty());
        if (!fromAnswer.isVisible()) {
            return;
        }
        fromAnswer.add(new H3(getTranslation("need.fromAnswer.title")));
        Paragraph words = new Paragraph(getTranslation("need.fromAnswer.quote", answer.answer()));
        words.addClassName("client-words");
        words.setId("need-from-answer-words");
        Paragraph help = new Paragraph(getTranslation("need.fromAnswer.help"));
        help.addClassName("intro");
        Div chips = new Div();
        chips.addClassName("need-chips");
        answer.suggestions().forEach(match -> {
            Button chip = new Button(match.categoryName(), VaadinIcon.PLUS.create(), e -> recordFromAnswer(match));
            chip.addThemeVariants(ButtonVariant.LUMO_CONTRAST);
            chip.setTooltipText(getTranslation("need.fromAnswer.chip", match.categoryName(),
                    String.join(", ", match.words())));
            chip.setAriaLabel(getTranslation("need.fromAnswer.chip", match.categoryName(),
                    String.join(", ", match.words())));
            chip.setId("need-from-answer-" + match.categoryId());
            chips.add(chip);
        });
        if (answer.suggestions().size() > 1) {
            Button all = new Button(getTranslation("need.fromAnswer.all", answer.suggestions().size()),
                    VaadinIcon.CHECK_SQUARE_O.create(), e -> recordAllFromAnswer());
            all.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            all.setId("need-record-all");
            chips.add(all);
        }
        fromAnswer.add(words, help, chips);
    }

    private void recordAllFromAnswer() {
        try {
            int recorded = needs.recordAllFromAnswer(clientId);
            Notification.show(getTranslation("need.fromAnswer.allRecorded", recorded), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BusinessRuleException e) {
            ErrorHandling.show(getTranslation(e.messageKey(), e.parameters()));
        }
        refresh();
    }

    private void recordFromAnswer(nl.samenplan.workflow.NeedWords.Match match) {
        try {
            needs.recordFromAnswer(clientId, match.categoryId());
            Notification.show(getTranslation("need.fromAnswer.recorded", match.categoryName()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BusinessRuleException e) {
            ErrorHandling.show(getTranslation(e.messageKey(), e.parameters()));
        }
        refresh();
    }

    private Component card(NeedRow need) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("need-" + need.id());
        String title = need.categoryName() + (need.data().description() == null ? "" : ": " + need.data().description());
        card.add(new H3(title));
        card.add(new Paragraph(getTranslation("need.meta", need.createdBy(),
                DutchFormats.DATE_TIME.format(need.createdAt().atZone(clock.getZone())),
                getTranslation(need.data().urgency().labelKey()), getTranslation(need.data().source().labelKey()))));
        if (need.metOn() != null) {
            Paragraph met = new Paragraph(need.answer() == null
                    ? getTranslation("need.met", need.metOn().level(), getTranslation(need.metOn().labelKey()))
                    : getTranslation("need.metBy", who(need.answer()), need.answer().rung().level(),
                            getTranslation(need.answer().rung().labelKey())));
            met.addClassName("ok");
            met.setId("need-met-" + need.id());
            card.add(met);
            return card;
        }
        if (need.waitingForApproval()) {
            Paragraph waiting = new Paragraph(getTranslation("need.waitingForApproval", who(need.answer()),
                    need.answer().domain() == null ? "" : need.answer().domain().label()));
            waiting.addClassName("pending");
            waiting.setId("need-waiting-" + need.id());
            card.add(waiting);
            return card;
        }
        Routing routing = needs.route(need.id());
        card.add(new H4(getTranslation("need.proposals")));
        Div proposals = new Div();
        proposals.addClassName("proposals");
        routing.proposals().forEach(p -> proposals.add(proposal(need, p, routing)));
        card.add(proposals);
        if (!routing.passedOver().isEmpty()) {
            card.add(new H4(getTranslation("need.passedOver")));
            UnorderedList passed = new UnorderedList();
            routing.passedOver().forEach(r -> passed.add(new ListItem(text(r))));
            passed.addClassName("passed-over");
            card.add(passed);
        }
        return card;
    }

    private Component proposal(NeedRow need, Proposal proposal, Routing routing) {
        Div row = new Div();
        row.addClassName("proposal");
        Span rung = new Span(proposal.rung().level() + " · " + getTranslation(proposal.rung().labelKey()));
        rung.addClassName("ladder-step");
        row.add(rung, new Span(text(proposal.reason())));
        if (proposal.rung().isProfessional()) {
            if (routing.escalationNeedsReason() && !routing.escalationReasons().isEmpty()) {
                UnorderedList why = new UnorderedList();
                routing.escalationReasons().forEach(r -> why.add(new ListItem(text(r))));
                why.addClassName("escalation-reasons");
                row.add(new Span(getTranslation("need.whyNotLower")), why);
            }
            if (ClientFileLayout.canWrite()) {
                Anchor toPlan = new Anchor(nl.samenplan.plan.ui.PlanPage.handOverRoute(clientId, need.id(), false),
                        getTranslation("need.professionalInPlan"));
                toPlan.setId("hand-over-" + need.id());
                row.add(toPlan);
            }
        } else if (ClientFileLayout.canWrite()) {
            Button accept = new Button(getTranslation(proposal.needsConsent() ? "need.acceptWithConsent" : "need.accept"),
                    VaadinIcon.CHECK.create(), e -> accept(need, proposal));
            accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            accept.setId("accept-" + need.id() + "-" + proposal.rung().level() + "-"
                    + (proposal.candidateId() == null ? "0" : proposal.candidateId()));
            row.add(accept);
        }
        return row;
    }

    private void accept(NeedRow need, Proposal proposal) {
        try {
            if (proposal.needsConsent()) {
                needConsent.acceptWithVolunteerConsent(need.id(), proposal);
            } else {
                needs.accept(need.id(), proposal);
            }
            refresh();
            Notification.show(getTranslation("need.accepted"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BusinessRuleException e) {
            ErrorHandling.show(getTranslation(e.messageKey(), e.parameters()));
            refresh();
        }
    }

    /** Who does what answers the need: the provider and their organisation, or the network member, or the client. */
    private String who(nl.samenplan.plan.PlanService.NeedAnswer answer) {
        if (answer.rung() == nl.samenplan.plan.SupportRung.ZELF) {
            return getTranslation("plan.agreement.who.client");
        }
        String who = answer.who() == null ? "" : answer.who();
        if (answer.organisation() != null && !answer.organisation().isBlank() && !answer.organisation().equals(who)) {
            who = who.isEmpty() ? answer.organisation() : who + " · " + answer.organisation();
        }
        return who.isEmpty() ? answer.what() : who;
    }

    private String text(Reason reason) {
        return getTranslation(reason.key(), reason.params().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clientFile.tab.needs");
    }
}
