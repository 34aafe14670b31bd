package nl.samenplan.privacy.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.base.ui.ViewToolbar;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientService.FoundClient;
import nl.samenplan.security.Permissions;

/**
 * The privacy officer's landing page: find a client by name in every team (name, date of birth, village and team
 * only), open the client's access report; links to a user's report and the chain check. The officer cannot open
 * the client's file itself.
 */
@Route(value = "privacy", layout = MainLayout.class)
@RolesAllowed(Permissions.PRIVACY)
@Menu(title = "menu.privacy", order = 85, icon = "vaadin:eye")
public class PrivacyView extends Main implements HasDynamicTitle {

    public PrivacyView(ClientService clients) {
        addClassName("list-view");
        H2 heading = new H2(getTranslation("privacy.title"));
        Paragraph intro = new Paragraph(getTranslation("privacy.intro"));
        Anchor users = new Anchor("privacy/gebruikers", getTranslation("menu.privacyUsers"));
        users.setId("privacy-user-report-link");
        Anchor chain = new Anchor("privacy/controle", getTranslation("menu.chainCheck"));
        chain.setId("privacy-chain-check-link");
        Anchor grants = new Anchor("privacy/toegang", getTranslation("menu.roleGrants"));
        grants.setId("privacy-role-grants-link");
        Div links = new Div(users, chain, grants);
        links.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");

        TextField search = new TextField(getTranslation("privacy.search"));
        search.setPlaceholder(getTranslation("privacy.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("privacy-client-search");
        search.setWidth("18em");

        Grid<FoundClient> grid = new Grid<>(FoundClient.class, false);
        grid.addColumn(LitRenderer.<FoundClient>of(
                        "<a class=\"row-link\" href=\"clienten/${item.id}/inzage\">${item.name}</a>")
                .withProperty("id", FoundClient::id).withProperty("name", FoundClient::fullName))
                .setHeader(getTranslation("privacy.column.name")).setKey("name").setFlexGrow(2);
        grid.addColumn(c -> DutchFormats.date(c.dateOfBirth())).setHeader(getTranslation("privacy.column.dateOfBirth"))
                .setKey("dateOfBirth");
        grid.addColumn(FoundClient::village).setHeader(getTranslation("privacy.column.village")).setKey("village");
        grid.addColumn(FoundClient::teamName).setHeader(getTranslation("privacy.column.team")).setKey("team");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> clients.findInAllTeams(search.getValue(),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateComponent(new Span(getTranslation("privacy.search.none")));
        grid.setId("privacy-client-grid");
        grid.setSizeFull();
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(heading, intro, links, new ViewToolbar(search), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title");
    }
}
