package nl.samenplan.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Objects;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientService.ClientDetails;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;

/**
 * The client file: one page with the client's name on top and tabs below (Overzicht, Netwerk, Plan,
 * Taken, Geschiedenis). Each tab is its own address (clienten/12/plan), so the browser's back button and
 * links work. Tabs of other features are linked by path, so this package imports none of them.
 */
@ParentLayout(MainLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
public class ClientFileLayout extends Div implements RouterLayout, BeforeEnterObserver {

    public static final String PARAM = "clientId";

    /** The tabs in their order: path segment and label key. */
    private static final List<String[]> TABS = List.of(
            new String[] {"overzicht", "clientFile.tab.overview"},
            new String[] {"netwerk", "clientFile.tab.network"},
            new String[] {"plan", "clientFile.tab.plan"},
            new String[] {"hulpvragen", "clientFile.tab.needs"},
            new String[] {"mdo", "clientFile.tab.mdo"},
            new String[] {"taken", "clientFile.tab.tasks"},
            new String[] {"geschiedenis", "clientFile.tab.history"},
            new String[] {"gegevens", "clientFile.tab.details"});

    private final ClientService clientService;
    private final H2 name = new H2();
    private final Span facts = new Span();
    private final Paragraph closedNote = new Paragraph();
    private final Nav tabs = new Nav();
    private final Div content = new Div();
    private Long loadedClientId;

    public ClientFileLayout(ClientService clientService) {
        this.clientService = clientService;
        addClassName("client-file");
        name.setId("client-file-name");
        facts.addClassName("client-file-facts");
        tabs.addClassName("client-file-tabs");
        tabs.getElement().setAttribute("aria-label", getTranslation("clientFile.tabs"));
        content.addClassName("client-file-content");
        closedNote.setId("client-file-closed");
        closedNote.addClassName("attention");
        closedNote.setVisible(false);
        Div header = new Div(name, facts, closedNote);
        header.addClassName("client-file-header");
        add(header, tabs, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Long clientId = event.getRouteParameters().getLong(PARAM).orElse(null);
        if (clientId == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        try {
            ClientDetails client = clientService.open(clientId);
            show(client);
        } catch (BusinessRuleException e) {
            // a client of another team does not exist for this user
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String current = event.getLocation().getSegments().size() > 2 ? event.getLocation().getSegments().get(2) : "";
        tabs.getChildren().forEach(tab -> tab.getElement().setAttribute("aria-current",
                Objects.equals(tab.getElement().getAttribute("data-tab"), current) ? "page" : "false"));
    }

    /**
     * Whether the current user may change the file that is open: a role that writes client files, and the file is
     * not closed. For the tabs, to show or hide their edit actions (their services refuse the change anyway). Read
     * in a tab's {@code beforeEnter}, which runs after this layout's.
     */
    public static boolean canWrite() {
        UI ui = UI.getCurrent();
        OpenFile file = ui == null ? null : ComponentUtil.getData(ui, OpenFile.class);
        return CurrentUser.canWriteClientFiles() && file != null && !file.closed();
    }

    /** The file this UI shows now, and whether it is closed. */
    private record OpenFile(long clientId, boolean closed) {
    }

    /** Refreshes the header after the client's details changed. */
    public void show(ClientDetails client) {
        ComponentUtil.setData(UI.getCurrent(), OpenFile.class, new OpenFile(client.id(), client.closed()));
        closedNote.setVisible(client.closed());
        closedNote.setText(!client.closed() ? "" : client.anonymised() ? getTranslation("clientFile.anonymised")
                : getTranslation("clientFile.closed", DutchFormats.date(client.closedOn())));
        String callName = client.data().callName();
        name.setText(callName == null || callName.isBlank() ? client.fullName()
                : getTranslation("clientFile.nameWithCallName", client.fullName(), callName));
        String status = getTranslation(client.data().status().labelKey());
        facts.setText(getTranslation("clientFile.facts", DutchFormats.date(client.data().dateOfBirth()), client.age(),
                client.data().village(), status));
        if (!Objects.equals(loadedClientId, client.id())) {
            loadedClientId = client.id();
            tabs.removeAll();
            for (String[] tab : TABS) {
                tabs.add(tabLink(client.id(), tab[0], getTranslation(tab[1])));
            }
        }
    }

    private Component tabLink(long clientId, String segment, String label) {
        Anchor anchor = new Anchor("clienten/" + clientId + "/" + segment, label);
        anchor.getElement().setAttribute("router-link", true);
        anchor.getElement().setAttribute("data-tab", segment);
        anchor.setId("tab-" + segment);
        anchor.addClassName("client-file-tab");
        return anchor;
    }

    @Override
    public void showRouterLayoutContent(HasElement child) {
        content.getElement().removeAllChildren();
        if (child != null) {
            content.getElement().appendChild(child.getElement());
        }
    }
}
