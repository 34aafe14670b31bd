package nl.samenplan.client.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
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
import nl.samenplan.client.ClientService.ClientRow;
import nl.samenplan.security.Permissions;

/** The team's clients: a lazy grid, searched and sorted by the database, only the own team. */
@Route(value = "clienten", layout = MainLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE,
        Permissions.VRIJWILLIGERSCOORDINATOR})
@Menu(title = "menu.clients", order = 10, icon = "vaadin:users")
public class ClientListView extends Main implements HasDynamicTitle {

    private final ClientService clientService;
    private final TextField search = new TextField();
    private final Grid<ClientRow> grid = new Grid<>(ClientRow.class, false);

    public ClientListView(ClientService clientService) {
        this.clientService = clientService;
        addClassName("list-view");

        search.setLabel(getTranslation("clients.search"));
        search.setPlaceholder(getTranslation("clients.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("client-search");
        search.setWidth("20em");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(ClientRow::fullName).setKey("lastName").setSortProperty("lastName", "firstName")
                .setHeader(getTranslation("clients.column.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(row -> DutchFormats.date(row.dateOfBirth())).setKey("dateOfBirth")
                .setSortProperty("dateOfBirth").setHeader(getTranslation("clients.column.dateOfBirth"));
        grid.addColumn(ClientRow::village).setKey("village").setSortProperty("village")
                .setHeader(getTranslation("clients.column.village"));
        grid.addColumn(row -> getTranslation(row.status().labelKey())).setKey("status").setSortProperty("status")
                .setHeader(getTranslation("clients.column.status"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setItems(query -> clientService
                .findClients(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateComponent(new Span(getTranslation("clients.empty")));
        grid.setId("client-grid");
        grid.setSizeFull();

        add(new ViewToolbar(search), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title");
    }
}
