package nl.samenplan.workflow.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.ErrorHandling;
import nl.samenplan.base.ui.CardList;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanReviews;
import nl.samenplan.plan.PlanReviews.ReviewDue;
import nl.samenplan.plan.PlanReviews.ReviewOutcome;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.security.Permissions;
import nl.samenplan.workflow.LadderRouting;
import nl.samenplan.workflow.Proposal;

/**
 * Te herzien: professional care takes the lead, but no longer than necessary. At its review date the
 * rules offer the rungs below with fresh candidates; the plan owner continues, steps down or stops.
 */
@Route(value = "te-herzien", layout = MainLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
@Menu(title = "menu.reviews", order = 25, icon = "vaadin:level-down")
public class ReviewsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final PlanReviews plans;
    private final LadderRouting routing;
    private final CardList<ReviewDue> list;

    public ReviewsView(PlanReviews plans, LadderRouting routing) {
        this.plans = plans;
        this.routing = routing;
        addClassName("list-view");
        list = new CardList<>("reviews", "reviews.empty", plans::reviewsDue, this::card);
        Paragraph intro = new Paragraph(getTranslation("reviews.intro"));
        intro.addClassName("intro");
        add(intro, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        list.refresh();
    }

    private Component card(ReviewDue review) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("review-" + review.agreementId());
        card.add(new H3(review.what() + " · " + review.domain().label()));
        card.add(new Anchor("clienten/" + review.clientId() + "/plan", review.clientName()));
        card.add(new Paragraph(getTranslation("reviews.due", review.provider(), DutchFormats.date(review.reviewDate()))));
        card.add(new H4(getTranslation("reviews.lower")));
        var lower = routing.route(review.clientId(), review.needCategoryId(), false).proposals().stream()
                .filter(p -> !p.rung().isProfessional()).toList();
        if (lower.isEmpty()) {
            card.add(new Paragraph(getTranslation("reviews.noLower")));
        }
        lower.forEach(p -> card.add(stepDown(review, p)));
        Button keep = new Button(getTranslation("reviews.continue"),
                e -> outcome(review, ReviewOutcome.CONTINUE, null));
        keep.setId("review-continue-" + review.agreementId());
        Button stop = new Button(getTranslation("reviews.stop"), e -> {
            com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm =
                    new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                            getTranslation("reviews.stop.title", review.what(), review.clientName()),
                            getTranslation("reviews.stop.text"), getTranslation("reviews.stop"),
                            ok -> outcome(review, ReviewOutcome.STOP, null));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("review-stop-confirm");
            confirm.open();
        });
        stop.addThemeVariants(ButtonVariant.LUMO_ERROR);
        stop.setId("review-stop-" + review.agreementId());
        Div actions = new Div(keep, stop);
        actions.addClassName("form-actions");
        card.add(actions);
        return card;
    }

    private Component stepDown(ReviewDue review, Proposal proposal) {
        Div row = new Div();
        row.addClassName("proposal");
        Span rung = new Span(proposal.rung().level() + " · " + getTranslation(proposal.rung().labelKey()));
        rung.addClassName("ladder-step");
        row.add(rung, new Span(getTranslation(proposal.reason().key(), proposal.reason().params().toArray())));
        Button down = new Button(getTranslation("reviews.stepDown"), e -> outcome(review, ReviewOutcome.STEP_DOWN,
                new AgreementItem(null, review.what(), review.needCategoryId(), proposal.rung(),
                        proposal.rung() == SupportRung.EIGEN_NETWERK ? proposal.candidateId() : null,
                        proposal.rung().level() >= 2 ? proposal.candidateName() : null, null, null, null, null, null,
                        null)));
        down.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        down.setId("review-step-down-" + review.agreementId() + "-" + proposal.rung().level());
        row.add(down);
        return row;
    }

    private void outcome(ReviewDue review, ReviewOutcome outcome, AgreementItem lower) {
        try {
            plans.review(review.agreementId(), outcome, lower);
            refresh();
            Notification.show(getTranslation("reviews.done." + outcome.name().toLowerCase(), review.clientName()), 4000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BusinessRuleException e) {
            ErrorHandling.show(getTranslation(e.messageKey(), e.parameters()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reviews.title");
    }
}
