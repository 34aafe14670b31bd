package nl.samenplan.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.InvalidInputException;
import nl.samenplan.base.ui.CardList;
import nl.samenplan.base.ui.ErrorHandling;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.plan.PlanApprovals;
import nl.samenplan.plan.PlanApprovals.PendingApproval;
import nl.samenplan.plan.PlanRules;
import nl.samenplan.security.Permissions;

/**
 * Goedkeuren: professional care proposed by someone who may not indicate it, waiting for those who may
 * (doorzettingsmacht). Approving or rejecting is one action with an optional remark.
 */
@Route(value = "goedkeuren", layout = MainLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
@Menu(title = "menu.approvals", order = 20, icon = "vaadin:check-square-o")
public class ApprovalInboxView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    /** The query parameter of a client whose plan the inbox was opened from: only that client's care, and back. */
    static final String CLIENT = "client";

    private final PlanApprovals plans;
    private final CardList<PendingApproval> list;
    private final Anchor backToPlan = new Anchor();
    private Long fromClient;

    public ApprovalInboxView(PlanApprovals plans) {
        this.plans = plans;
        addClassName("list-view");
        list = new CardList<>("approvals", "approvals.empty", this::waiting, this::card);
        Paragraph intro = new Paragraph(getTranslation("approvals.intro"));
        intro.addClassName("intro");
        backToPlan.setId("approvals-back-to-plan");
        backToPlan.setVisible(false);
        add(intro, backToPlan, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        fromClient = event.getLocation().getQueryParameters().getSingleParameter(CLIENT).flatMap(v -> {
            try {
                return java.util.Optional.of(Long.parseLong(v));
            } catch (NumberFormatException notAClient) {
                return java.util.Optional.empty();
            }
        }).orElse(null);
        backToPlan.setVisible(fromClient != null);
        if (fromClient != null) {
            backToPlan.setHref("clienten/" + fromClient + "/plan");
            backToPlan.setText(getTranslation("approvals.backToPlan"));
        }
        refresh();
    }

    /** What waits: all of it, or only the care of the client whose plan the inbox was opened from. */
    private java.util.List<PendingApproval> waiting() {
        return plans.pendingApprovals().stream().filter(p -> fromClient == null || p.clientId() == fromClient)
                .toList();
    }

    private void refresh() {
        list.refresh();
        // the next card is right there, ready to decide: focus its first button
        list.getChildren().flatMap(c -> c.getChildren()).filter(Div.class::isInstance)
                .flatMap(Component::getChildren).filter(Button.class::isInstance).map(Button.class::cast)
                .filter(Button::isEnabled).findFirst().ifPresent(Button::focus);
    }

    private Component card(PendingApproval p) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("approval-" + p.agreementId());
        card.add(new H3(p.what() + " · " + p.domain().label()));
        card.add(new Anchor("clienten/" + p.clientId() + "/plan", p.clientName()));
        card.add(new Paragraph(getTranslation("approvals.who", p.provider() == null ? "" : p.provider()
                + (p.organisation() == null ? "" : " · " + p.organisation()), p.category())));
        Paragraph asked = new Paragraph(getTranslation("approvals.asked",
                p.frequency() == null ? getTranslation("approvals.asked.noFrequency") : p.frequency(),
                p.startDate() == null ? getTranslation("approvals.asked.noStart") : DutchFormats.date(p.startDate()),
                p.organisation() == null ? getTranslation("approvals.asked.noOrganisation") : p.organisation(),
                p.domain().label()));
        asked.addClassName("approval-asked");
        asked.setId("approval-asked-" + p.agreementId());
        card.add(asked);
        card.add(new Paragraph(getTranslation("approvals.proposedBy", p.proposedBy())));
        if (p.escalationReason() != null) {
            card.add(new Paragraph(getTranslation("approvals.reason", p.escalationReason())));
        }
        TextField remark = new TextField(getTranslation("approvals.remark"));
        remark.setId("approval-remark-" + p.agreementId());
        remark.setMaxLength(PlanRules.MAX_REMARK);
        Button approve = new Button(getTranslation("approvals.approve"), e -> decide(p, true, remark));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SUCCESS);
        approve.setId("approve-" + p.agreementId());
        Button reject = new Button(getTranslation("approvals.reject"), e -> decide(p, false, remark));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.setId("reject-" + p.agreementId());
        if (p.waitReason() != null) {
            Paragraph wait = new Paragraph(getTranslation(p.waitReason().key(), p.waitReason().params().toArray()));
            wait.addClassName("attention");
            card.add(wait);
            approve.setEnabled(false);
        }
        Div actions = new Div(remark, approve, reject);
        actions.addClassName("form-actions");
        card.add(actions);
        return card;
    }

    private void decide(PendingApproval p, boolean approve, TextField remark) {
        try {
            plans.decide(p.agreementId(), approve, remark.getValue());
            MainLayout.refreshBadges(this);
            int left = waiting().size();
            String done = getTranslation(approve ? "approvals.approved" : "approvals.rejected", p.clientName());
            Notification.show(left == 0 ? done : done + " " + getTranslation("approvals.left", left), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            if (fromClient != null && left == 0) {
                // opened from the client's plan: back to that plan, not to a search
                UI.getCurrent().navigate("clienten/" + fromClient + "/plan");
                return;
            }
            refresh();
        } catch (InvalidInputException e) {
            remark.setErrorMessage(getTranslation(e.messageKey(), e.parameters()));
            remark.setInvalid(true);
        } catch (BusinessRuleException e) {
            ErrorHandling.show(getTranslation(e.messageKey(), e.parameters()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("approvals.title");
    }
}
