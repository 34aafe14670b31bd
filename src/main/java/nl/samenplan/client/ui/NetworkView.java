package nl.samenplan.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.ErrorHandling;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.BurdenCheckInService.Caregiver;
import nl.samenplan.client.NetworkMemberData;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.NetworkService.Member;
import nl.samenplan.security.Permissions;

/** Netwerk: asked first. Who is around the client, what they do and could do, and how heavy it is. */
@Route(value = "clienten/:clientId/netwerk", layout = ClientFileLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
public class NetworkView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final NetworkService network;
    private final CatalogService catalog;
    private final nl.samenplan.client.ClientService clients;
    private final BurdenCheckInService burden;
    private final Clock clock;
    private final Div members = new Div();
    private long clientId;
    private List<Item> categories;

    public NetworkView(NetworkService network, CatalogService catalog, nl.samenplan.client.ClientService clients,
            BurdenCheckInService burden, Clock clock) {
        this.burden = burden;
        this.clock = clock;
        this.network = network;
        this.catalog = catalog;
        this.clients = clients;
        addClassName("network-view");
        members.addClassName("member-cards");
        members.setId("network-members");
    }

    /** The query parameter with which a just-made client's network opens with the form for the first naaste. */
    static final String FIRST = "eerste";

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientId = event.getRouteParameters().getLong(ClientFileLayout.PARAM).orElseThrow();
        categories = catalog.needCategories();
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("network.intro"));
        intro.addClassName("intro");
        Button add = new Button(getTranslation("network.add"), VaadinIcon.PLUS.create(),
                e -> new NetworkMemberDialog(network, clientId, null, categories, saved -> saved("network.added",
                        saved)).open());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("network-add");
        add.setVisible(ClientFileLayout.canWrite());
        Section list = new Section(new H3(getTranslation("network.members")), intro, add, members);
        Section pictureSection = new Section(new H3(getTranslation("network.picture")));
        pictureSection.setId("network-picture-section");
        add(list, pictureSection);
        refresh();
        if (event.getLocation().getQueryParameters().getSingleParameter(FIRST).isPresent()
                && ClientFileLayout.canWrite() && network.members(clientId).isEmpty()) {
            NetworkMemberDialog first = new NetworkMemberDialog(network, clientId, null, categories,
                    saved -> saved("network.added", saved));
            first.open();
            addDetachListener(e -> first.close()); // leaving the page leaves the form too
        }
    }

    private void refresh() {
        List<Member> all = network.members(clientId);
        members.removeAll();
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("network.empty"));
            empty.addClassName("empty-state");
            members.add(empty);
        }
        Map<Long, String> names = categories.stream().collect(Collectors.toMap(Item::id, Item::name));
        Map<Long, Caregiver> caregivers = burden.caregivers(clientId).stream()
                .collect(Collectors.toMap(Caregiver::memberId, c -> c));
        all.forEach(m -> members.add(card(m, names, caregivers.get(m.id()))));
        getChildren().filter(c -> "network-picture-section".equals(c.getId().orElse(null))).findFirst()
                .ifPresent(section -> {
                    section.getElement().removeAllChildren();
                    section.getElement().appendChild(new H3(getTranslation("network.picture")).getElement(),
                            NetworkPicture.of(this, clients.open(clientId).fullName(), all,
                                    network.providers(clientId)).getElement());
                });
    }

    private Component card(Member member, Map<Long, String> categoryNames, Caregiver caregiver) {
        NetworkMemberData data = member.data();
        Span name = new Span(data.name());
        name.addClassName("member-name");
        Span relation = new Span(getTranslation(data.relation().labelKey()));
        relation.addClassName("member-relation");
        Div card = new Div(name, relation);
        card.addClassName("member-card");
        card.setId("member-" + member.id());
        if (data.caregiver()) {
            Span badge = new Span(data.burdenScore() == null ? getTranslation("network.caregiver.short")
                    : getTranslation("network.burden.badge", data.burdenScore()));
            badge.addClassName("burden");
            badge.getElement().setAttribute("data-level", caregiver == null ? BurdenLevel.of(data.burdenScore())
                    : BurdenLevel.of(data.burdenScore(), caregiver.threshold()));
            card.add(badge);
        }
        line(card, "network.currentHelp", data.currentHelp());
        line(card, "network.canHelpWith", data.canHelpWith().stream().map(categoryNames::get).sorted()
                .collect(Collectors.joining(", ")));
        line(card, "network.availability", data.availability());
        if (caregiver != null) {
            card.add(CaregiverPanel.of(this, caregiver, ClientFileLayout.canWrite(),
                    () -> new BurdenCheckInDialog(burden, caregiver, LocalDate.now(clock), saved -> {
                        refresh();
                        notify("checkIn.saved", saved.name());
                    }).open()));
        }
        if (ClientFileLayout.canWrite()) {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> new NetworkMemberDialog(network, clientId, member, categories,
                            saved -> saved("network.changed", saved)).open());
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            Button remove = new Button(getTranslation("action.remove"), VaadinIcon.TRASH.create(),
                    e -> confirmRemove(member));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setId("remove-member-" + member.id());
            Div actions = new Div(edit, remove);
            actions.addClassName("row-actions");
            card.add(actions);
        }
        return card;
    }

    private void line(Div card, String labelKey, String value) {
        if (value != null && !value.isBlank()) {
            Paragraph p = new Paragraph(getTranslation(labelKey) + ": " + value);
            p.addClassName("member-line");
            card.add(p);
        }
    }

    private void confirmRemove(Member member) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("network.remove.title", member.name()),
                getTranslation("network.remove.text"), getTranslation("action.remove"), e -> {
                    try {
                        network.remove(member.id(), member.version());
                        refresh();
                    } catch (BusinessRuleException ex) {
                        ErrorHandling.show(getTranslation(ex.messageKey(), ex.parameters()));
                        refresh();
                    }
                });
        confirm.setId("network-remove-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void saved(String key, Member member) {
        refresh();
        notify(key, member.name());
    }

    private void notify(String key, String name) {
        Notification.show(getTranslation(key, name), 3000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clientFile.tab.network");
    }

}
