package nl.samenplan.waitinglist.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.base.ui.ViewToolbar;
import nl.samenplan.client.ClientService;
import nl.samenplan.security.Permissions;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.waitinglist.WaitingListService.ListFilter;
import nl.samenplan.waitinglist.WaitingListService.ListRow;
import nl.samenplan.waitinglist.WaitingListType;
import nl.samenplan.waitinglist.WaitingStatus;

/**
 * Wachtlijst: the team's clients on the nursing-home waiting list, longest waiting first, filtered by
 * status, type and village in the database; optionally also who left it and why.
 */
@Route(value = "wachtlijst", layout = MainLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
@Menu(title = "menu.waitingList", order = 28, icon = "vaadin:hourglass")
public class WaitingListView extends Main implements HasDynamicTitle {

    public WaitingListView(WaitingListService service, ClientService clients) {
        addClassName("list-view");
        Select<WaitingStatus> status = new Select<>();
        status.setLabel(getTranslation("waitinglist.field.status"));
        status.setItems(WaitingStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("waitinglist.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("waitinglist.filter.all")
                : getTranslation(s.labelKey()));
        status.setId("waitinglist-status-filter");
        Select<WaitingListType> type = new Select<>();
        type.setLabel(getTranslation("waitinglist.field.type"));
        type.setItems(WaitingListType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("waitinglist.filter.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("waitinglist.filter.all") : getTranslation(t.labelKey()));
        type.setId("waitinglist-type-filter");
        ComboBox<String> village = new ComboBox<>(getTranslation("waitinglist.field.village"));
        village.setItems(clients.villages());
        village.setClearButtonVisible(true);
        village.setPlaceholder(getTranslation("waitinglist.filter.all"));
        village.setId("waitinglist-village-filter");
        Checkbox includeLeft = new Checkbox(getTranslation("waitinglist.filter.includeLeft"));
        includeLeft.setId("waitinglist-include-left");

        Grid<ListRow> grid = new Grid<>(ListRow.class, false);
        grid.addColumn(LitRenderer.<ListRow>of(
                        "<a class=\"row-link\" href=\"clienten/${item.clientId}/overzicht\">${item.name}</a>")
                        .withProperty("clientId", ListRow::clientId).withProperty("name", ListRow::clientName))
                .setHeader(getTranslation("waitinglist.field.client")).setKey("client").setFlexGrow(2);
        grid.addColumn(ListRow::village).setHeader(getTranslation("waitinglist.field.village")).setKey("village")
                .setSortProperty("village");
        grid.addColumn(r -> getTranslation(r.type().labelKey())).setHeader(getTranslation("waitinglist.field.type"))
                .setKey("type").setSortProperty("type");
        grid.addColumn(r -> getTranslation(r.urgency().labelKey()))
                .setHeader(getTranslation("waitinglist.field.urgency")).setKey("urgency").setSortProperty("urgency");
        grid.addColumn(r -> DutchFormats.date(r.placedOn())).setHeader(getTranslation("waitinglist.field.placedOn"))
                .setKey("placedOn").setSortProperty("placedOn");
        grid.addColumn(r -> getTranslation("waitinglist.days", r.daysWaiting()))
                .setHeader(getTranslation("waitinglist.field.waiting")).setKey("waiting");
        grid.addColumn(r -> (r.leaveReason() == null ? getTranslation(r.status().labelKey())
                        : getTranslation(r.leaveReason().labelKey())) + " · " + DutchFormats.date(r.statusSince()))
                .setHeader(getTranslation("waitinglist.field.status")).setKey("status").setSortProperty("status")
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> service.list(new ListFilter(includeLeft.getValue(), status.getValue(), type.getValue(),
                village.getValue()), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateComponent(new Span(getTranslation("waitinglist.empty")));
        grid.setId("waitinglist-grid");
        grid.setSizeFull();
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        type.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        village.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        includeLeft.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        add(new ViewToolbar(status, type, village, includeLeft), grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.waitingList");
    }
}
