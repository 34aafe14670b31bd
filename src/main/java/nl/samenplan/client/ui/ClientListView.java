package nl.samenplan.client.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
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
import nl.samenplan.client.ClientService.ClientFilter;
import nl.samenplan.client.ClientService.ClientRow;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;

/** The team's clients: a lazy grid, searched, filtered and sorted by the database, only the own team. */
@Route(value = "clienten", layout = MainLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
@Menu(title = "menu.clients", order = 10, icon = "vaadin:users")
public class ClientListView extends Main implements HasDynamicTitle {

    private final TextField search = new TextField();
    private final Select<ClientStatus> status = new Select<>();
    private final ComboBox<String> village = new ComboBox<>();
    private final Checkbox reviewDue = new Checkbox();
    private final Grid<ClientRow> grid = new Grid<>(ClientRow.class, false);

    public ClientListView(ClientService clientService, java.util.List<ClientListSection> sections) {
        addClassName("list-view");

        search.setLabel(getTranslation("clients.search"));
        search.setPlaceholder(getTranslation("clients.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("client-search");
        search.setWidth("18em");
        status.setLabel(getTranslation("clients.column.status"));
        status.setItems(ClientStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("clients.filter.all") : getTranslation(s.labelKey()));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("clients.filter.all"));
        status.setId("client-status-filter");
        village.setLabel(getTranslation("clients.column.village"));
        village.setItems(clientService.villages());
        village.setClearButtonVisible(true);
        village.setPlaceholder(getTranslation("clients.filter.all"));
        village.setId("client-village-filter");
        reviewDue.setLabel(getTranslation("clients.filter.reviewDue"));
        reviewDue.setId("client-review-due");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        village.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        reviewDue.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(LitRenderer.<ClientRow>of(
                        "<a class=\"row-link\" href=\"clienten/${item.id}/overzicht\" router-link>${item.name}</a>")
                        .withProperty("id", ClientRow::id).withProperty("name", ClientRow::fullName)).setKey("lastName").setSortProperty("lastName", "firstName")
                .setHeader(getTranslation("clients.column.name")).setFlexGrow(2).setSortable(true);
        grid.addColumn(row -> DutchFormats.date(row.dateOfBirth())).setKey("dateOfBirth")
                .setSortProperty("dateOfBirth").setHeader(getTranslation("clients.column.dateOfBirth"));
        grid.addColumn(ClientRow::village).setKey("village").setSortProperty("village")
                .setHeader(getTranslation("clients.column.village"));
        grid.addColumn(row -> getTranslation(row.status().labelKey())).setKey("status").setSortProperty("status")
                .setHeader(getTranslation("clients.column.status"));
        grid.addColumn(row -> DutchFormats.date(row.planReviewDate())).setKey("planReviewDate")
                .setSortProperty("planReviewDate").setHeader(getTranslation("clients.column.review"));
        // A long name wraps onto a second line on a tablet instead of being cut off
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> clientService.findClients(
                new ClientFilter(search.getValue(), status.getValue(), village.getValue(), reviewDue.getValue()),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateComponent(new Span(getTranslation("clients.empty")));
        grid.addItemClickListener(e -> UI.getCurrent().navigate("clienten/" + e.getItem().id() + "/overzicht"));
        grid.setId("client-grid");
        grid.setSizeFull();

        Button create = new Button(getTranslation("clients.new"), VaadinIcon.PLUS.create(),
                e -> UI.getCurrent().navigate("clienten/nieuw", search.getValue().isBlank()
                        ? com.vaadin.flow.router.QueryParameters.empty()
                        : com.vaadin.flow.router.QueryParameters.of(NewClientView.NAME, search.getValue().strip())));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("client-new");
        create.setVisible(CurrentUser.canWriteClientFiles());

        sections.forEach(section -> section.create().ifPresent(this::add));
        add(new ViewToolbar(search, status, village, reviewDue, create), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clients.title");
    }
}
