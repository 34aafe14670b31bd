package nl.samenplan.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.util.List;
import java.util.Optional;
import nl.samenplan.catalog.GeneralProvisionService;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.BurdenCheckInService.Notice;
import nl.samenplan.client.ui.CaregiverNotices;
import nl.samenplan.client.ui.ClientListSection;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.CurrentUser;

/**
 * Above the client list, the plan owner's landing page: the mantelzorgers of the clients whose plan they own who
 * need attention, overburdened or rising (with suggestions) or with a check-in due.
 */
@SpringComponent
class CaregiverAttentionSection implements ClientListSection {

    private static final int SHOWN = 3;

    private final PlanService plans;
    private final BurdenCheckInService burden;
    private final GeneralProvisionService provisions;

    CaregiverAttentionSection(PlanService plans, BurdenCheckInService burden, GeneralProvisionService provisions) {
        this.plans = plans;
        this.burden = burden;
        this.provisions = provisions;
    }

    @Override
    public Optional<Component> create() {
        if (CurrentUser.find().map(u -> !u.role().writesClientFiles()).orElse(true)) {
            return Optional.empty();
        }
        List<Notice> notices = burden.needingAttention(plans.clientIdsOfMyPlans());
        if (notices.isEmpty()) {
            return Optional.empty();
        }
        Section section = new Section();
        section.addClassName("card");
        section.addClassName("caregiver-attention");
        section.setId("caregiver-attention");
        section.add(new H3(section.getTranslation("checkIn.landing.title")),
                new Paragraph(section.getTranslation("checkIn.landing.intro")));
        List<String> respite = notices.stream().anyMatch(n -> n.caregiver().flagged())
                ? provisions.respite().stream().map(GeneralProvisionService.Provision::name).toList()
                : List.of();
        // The client list stays in sight: the first few notices open, the rest one click away. Those are built
        // only when the user opens them (issue 16: a plan owner with 200 notices kept 1.2 MB of components per UI)
        for (int i = 0; i < Math.min(SHOWN, notices.size()); i++) {
            section.add(item(section, notices.get(i), respite));
        }
        if (notices.size() > SHOWN) {
            com.vaadin.flow.component.details.Details more = new com.vaadin.flow.component.details.Details(
                    section.getTranslation("checkIn.landing.more", notices.size() - SHOWN));
            more.setId("caregiver-attention-more");
            more.addOpenedChangeListener(e -> {
                if (e.isOpened() && more.getContent().findAny().isEmpty()) {
                    List<Notice> now = burden.needingAttention(plans.clientIdsOfMyPlans());
                    now.stream().skip(SHOWN).forEach(notice -> more.add(item(section, notice, respite)));
                }
            });
            section.add(more);
        }
        return Optional.of(section);
    }

    private static Div item(Section section, Notice notice, List<String> respite) {
        Div item = new Div();
        item.addClassName("caregiver-notice");
        item.setId("caregiver-notice-" + notice.caregiver().memberId());
        CaregiverNotices.flag(section, notice.caregiver(), respite).ifPresent(item::add);
        CaregiverNotices.due(section, notice.caregiver()).ifPresent(item::add);
        item.add(new Anchor("clienten/" + notice.clientId() + "/netwerk",
                section.getTranslation("checkIn.landing.open", notice.clientName())));
        return item;
    }
}
