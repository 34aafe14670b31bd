package nl.samenplan.volunteer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.base.ui.CardList;
import nl.samenplan.base.ui.ErrorHandling;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.security.Permissions;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.VolunteerRequest;
import nl.samenplan.workflow.Proposal;
import nl.samenplan.workflow.Reason;

/**
 * Hulpvragen voor vrijwilligers, the coordinator's landing page: every open need of the team that the
 * client's own network cannot take, with the volunteers of the register best first; one tap matches
 * one, which adds the agreement to the plan and gives the volunteer the tasks. A request nobody can
 * take stays here as "geen match", with why.
 */
@Route(value = "vrijwilligers/aanvragen", layout = MainLayout.class)
@RolesAllowed(Permissions.VRIJWILLIGERSCOORDINATOR)
@Menu(title = "menu.volunteerRequests", order = 15, icon = "vaadin:connect")
public class VolunteerRequestsView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final NeedService needs;
    private final CardList<VolunteerRequest> list;

    public VolunteerRequestsView(NeedService needs) {
        this.needs = needs;
        addClassNames("list-view", "volunteer-requests");
        Paragraph intro = new Paragraph(getTranslation("volunteer.requests.intro"));
        intro.addClassName("intro");
        list = new CardList<>("volunteer-requests", "volunteer.requests.empty", needs::volunteerRequests, this::card);
        add(intro, list);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        list.refresh();
    }

    private Component card(VolunteerRequest request) {
        Div card = new Div();
        card.addClassName("card");
        card.setId("request-" + request.needId());
        card.add(new H3(request.categoryName() + " · " + request.clientName()
                + (request.village() == null ? "" : " (" + request.village() + ")")));
        String what = Stream.of(request.what(), request.frequency(),
                        request.startDate() == null ? null
                                : getTranslation("volunteer.requests.from", DutchFormats.date(request.startDate())),
                        getTranslation("volunteer.requests.asked",
                                DutchFormats.date(request.createdAt().atZone(TimeConfig.ZONE).toLocalDate())))
                .filter(s -> s != null && !s.isBlank()).collect(Collectors.joining(" · "));
        card.add(new Paragraph(what));
        if (request.volunteerConsent() != null) {
            Span consent = new Span(getTranslation(request.volunteerConsent() ? "volunteer.requests.consent.yes"
                    : "volunteer.requests.consent.no"));
            consent.getElement().getThemeList().add(request.volunteerConsent() ? "badge success" : "badge error");
            consent.setId("consent-" + request.needId());
            card.add(consent);
        }
        if (request.noMatch()) {
            Span none = new Span(getTranslation("volunteer.requests.noMatch"));
            none.getElement().getThemeList().add("badge error");
            none.setId("no-match-" + request.needId());
            card.add(none, new Paragraph(getTranslation("volunteer.requests.noMatch.help")));
        }
        for (Proposal proposal : request.volunteers()) {
            Div row = new Div();
            row.addClassName("proposal");
            Button match = new Button(getTranslation("volunteer.requests.match", proposal.candidateName()),
                    VaadinIcon.CONNECT.create(), e -> match(request, proposal));
            match.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            match.setId("match-" + request.needId() + "-" + proposal.candidateId());
            row.add(new Paragraph(text(proposal.reason())), match);
            card.add(row);
        }
        request.passedOver().forEach(r -> {
            Paragraph passed = new Paragraph(text(r));
            passed.addClassName("passed-over");
            card.add(passed);
        });
        return card;
    }

    private void match(VolunteerRequest request, Proposal proposal) {
        try {
            needs.matchVolunteer(request.needId(), proposal.candidateId());
            Notification.show(getTranslation("volunteer.requests.matched", proposal.candidateName(),
                    request.clientName()));
        } catch (BusinessRuleException e) {
            ErrorHandling.show(getTranslation(e.messageKey(), e.parameters()));
        }
        list.refresh();
    }

    private String text(Reason reason) {
        return getTranslation(reason.key(), reason.params().toArray());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.volunteerRequests");
    }
}
