package nl.samenplan.client.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.time.Clock;
import java.time.LocalDate;
import nl.samenplan.client.ConsentService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.base.ui.Facts;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.catalog.GeneralProvisionService;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.BurdenCheckInService.Caregiver;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientService.ClientDetails;
import nl.samenplan.security.Permissions;

/** Overzicht: who the client is, what matters to them, and what other features contribute. */
@Route(value = "clienten/:clientId/overzicht", layout = ClientFileLayout.class)
@RouteAlias(value = "clienten/:clientId", layout = ClientFileLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
public class ClientOverviewView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClientService clientService;
    private final BurdenCheckInService burden;
    private final GeneralProvisionService provisions;
    private final List<ClientOverviewSection> sections;
    private final List<ClientSignalSource> signalSources;
    private final ConsentService consents;
    private final NetworkService network;
    private final Clock clock;
    private String title = "";

    public ClientOverviewView(ClientService clientService, BurdenCheckInService burden,
            GeneralProvisionService provisions, List<ClientOverviewSection> sections,
            List<ClientSignalSource> signalSources, ConsentService consents, NetworkService network, Clock clock) {
        this.consents = consents;
        this.network = network;
        this.clock = clock;
        this.signalSources = signalSources;
        this.clientService = clientService;
        this.burden = burden;
        this.provisions = provisions;
        this.sections = sections.stream().sorted(Comparator.comparingInt(ClientOverviewSection::order)).toList();
        addClassName("client-overview");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long clientId = event.getRouteParameters().getLong(ClientFileLayout.PARAM).orElseThrow();
        ClientDetails client = clientService.open(clientId);
        title = client.fullName();
        removeAll();
        boolean writer = CurrentUser.find().map(u -> u.role().writesClientFiles()).orElse(false);
        // the consent to share data, not the agreement with the plan (that is the plan's own line, below)
        add(who(client), new ConsentCard(consents, network, clientId, writer, LocalDate.now(clock)), signals(clientId));
        sections.forEach(section -> section.create(clientId).ifPresent(this::add));
    }

    private Section who(ClientDetails client) {
        var data = client.data();
        Facts facts = new Facts();
        facts.fact("client.field.address", join(data.address(), data.postcode(), data.village()));
        facts.fact("client.field.phone", data.phone());
        facts.fact("client.field.email", data.email());
        facts.fact("client.field.fundingDomains", data.fundingDomains().isEmpty()
                ? getTranslation("client.fundingDomains.none")
                : data.fundingDomains().stream().sorted().map(FundingDomain::label).collect(Collectors.joining(", ")));
        Section section = new Section(new H3(getTranslation("overview.who")), facts);
        if (data.importantToMe() != null) {
            Paragraph important = new Paragraph("“" + data.importantToMe() + "”");
            important.addClassName("important-to-me");
            important.setId("important-to-me");
            section.addComponentAtIndex(1, important);
        }
        section.addClassName("card");
        return section;
    }

    /**
     * Open signals: caregivers at or above the burden threshold (a setting) or rising by 3 or more, with
     * suggestions, and what other features add.
     */
    private Section signals(long clientId) {
        Section section = new Section(new H3(getTranslation("overview.signals")));
        section.addClassName("card");
        section.setId("signals");
        List<Caregiver> flagged = burden.caregivers(clientId).stream().filter(Caregiver::flagged).toList();
        if (!flagged.isEmpty()) {
            List<String> respite = provisions.respite().stream().map(GeneralProvisionService.Provision::name)
                    .toList();
            flagged.forEach(c -> CaregiverNotices.flag(this, c, respite).ifPresent(section::add));
        }
        signalSources.forEach(source -> source.signals(clientId).forEach(section::add));
        if (section.getChildren().count() == 1) {
            section.add(new Paragraph(getTranslation("overview.signals.none")));
        }
        return section;
    }

    private static String join(String... parts) {
        return java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
