package nl.samenplan.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.base.ui.ViewToolbar;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.client.ClientService;
import nl.samenplan.security.Permissions;
import nl.samenplan.volunteer.VolunteerService;
import nl.samenplan.volunteer.VolunteerService.VolunteerFilter;
import nl.samenplan.volunteer.VolunteerService.VolunteerRow;
import nl.samenplan.volunteer.VolunteerStatus;

/**
 * Vrijwilligers: the register of the cooperative's volunteers, searched and filtered in the database,
 * with this week's load against each one's weekly maximum. Add or change a volunteer in a dialog.
 */
@Route(value = "vrijwilligers", layout = MainLayout.class)
@RolesAllowed(Permissions.VRIJWILLIGERSCOORDINATOR)
@Menu(title = "menu.volunteers", order = 16, icon = "vaadin:handshake")
public class VolunteerListView extends Main implements HasDynamicTitle {

    private final Grid<VolunteerRow> grid = new Grid<>(VolunteerRow.class, false);

    public VolunteerListView(VolunteerService volunteers, CatalogService catalog, ClientService clients) {
        addClassName("list-view");
        List<Item> categories = catalog.needCategories();
        Map<Long, String> names = categories.stream().collect(Collectors.toMap(Item::id, Item::name));
        TextField search = new TextField(getTranslation("volunteer.search"));
        search.setPlaceholder(getTranslation("volunteer.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("volunteer-search");
        Select<VolunteerStatus> status = new Select<>();
        status.setLabel(getTranslation("volunteer.field.status"));
        status.setItems(VolunteerStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("volunteer.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("volunteer.filter.all") : getTranslation(s.labelKey()));
        status.setId("volunteer-status-filter");
        ComboBox<Item> service = new ComboBox<>(getTranslation("volunteer.field.service"));
        service.setItems(categories.stream().filter(c -> !c.professionalByNature()).toList());
        service.setItemLabelGenerator(Item::name);
        service.setClearButtonVisible(true);
        service.setPlaceholder(getTranslation("volunteer.filter.all"));
        service.setId("volunteer-service-filter");
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        service.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        grid.addColumn(VolunteerRow::name).setHeader(getTranslation("volunteer.field.name")).setSortProperty("name")
                .setKey("name").setFlexGrow(2);
        grid.addColumn(v -> v.village() == null ? getTranslation("volunteer.village.everywhere") : v.village())
                .setHeader(getTranslation("volunteer.field.village")).setSortProperty("village").setKey("village");
        grid.addColumn(v -> v.services().stream().map(names::get).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("volunteer.field.services")).setKey("services").setFlexGrow(2);
        grid.addColumn(v -> getTranslation("volunteer.load.value", v.load(), v.maxPerWeek()))
                .setHeader(getTranslation("volunteer.load")).setKey("load").setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(v -> v.load() >= v.maxPerWeek() ? "overdue" : null);
        grid.addColumn(v -> getTranslation(v.status().labelKey())).setHeader(getTranslation("volunteer.field.status"))
                .setSortProperty("status").setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(v -> getTranslation(v.vog() ? "volunteer.vog.yes" : "volunteer.vog.no"))
                .setHeader(getTranslation("volunteer.vog")).setKey("vog").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> volunteers.find(new VolunteerFilter(search.getValue(), status.getValue(),
                service.getValue() == null ? null : service.getValue().id()),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateComponent(new Span(getTranslation("volunteer.empty")));
        grid.setId("volunteer-grid");
        grid.setSizeFull();
        grid.addItemClickListener(e -> new VolunteerDialog(volunteers.get(e.getItem().id()), volunteers, categories,
                clients.villages(), volunteers.logins(), this::saved).open());

        Button create = new Button(getTranslation("volunteer.new"), VaadinIcon.PLUS.create(),
                e -> new VolunteerDialog(null, volunteers, categories, clients.villages(), volunteers.logins(),
                        this::saved).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("volunteer-new");
        add(new ViewToolbar(search, status, service, create), grid);
    }

    private void saved(String name) {
        Notification.show(getTranslation("volunteer.saved", name));
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.volunteers");
    }
}
