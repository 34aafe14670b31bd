package nl.samenplan.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.base.ui.ViewToolbar;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.catalog.GeneralProvisionService;
import nl.samenplan.catalog.GeneralProvisionService.Provision;
import nl.samenplan.security.Permissions;

/**
 * The general provisions (rung 3 of the ladder) the router proposes: what they offer, in which village,
 * and for which kinds of need. They are never deleted, only taken out of use.
 */
@Route(value = "beheer/voorzieningen", layout = MainLayout.class)
@RolesAllowed(Permissions.BEHEERDER)
@Menu(title = "menu.provisions", order = 84, icon = "vaadin:home")
public class GeneralProvisionsView extends Main implements HasDynamicTitle {

    private final GeneralProvisionService service;
    private final CatalogService catalog;
    private final Grid<Provision> grid = new Grid<>(Provision.class, false);
    private Map<Long, String> categoryNames = Map.of();

    public GeneralProvisionsView(GeneralProvisionService service, CatalogService catalog) {
        this.service = service;
        this.catalog = catalog;
        addClassName("list-view");
        Paragraph intro = new Paragraph(getTranslation("provisions.intro"));
        intro.addClassName("intro");

        Button add = new Button(getTranslation("provisions.add"), VaadinIcon.PLUS.create(), e -> openDialog(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("provision-add");

        grid.addColumn(Provision::name).setKey("name").setHeader(getTranslation("provisions.column.name"))
                .setFlexGrow(2);
        grid.addColumn(p -> p.description() == null ? "" : p.description()).setKey("description")
                .setHeader(getTranslation("provisions.column.description")).setFlexGrow(3);
        grid.addColumn(p -> p.village() == null ? getTranslation("provisions.allVillages") : p.village())
                .setKey("village").setHeader(getTranslation("provisions.column.village"));
        grid.addColumn(this::categoryNames).setKey("categories")
                .setHeader(getTranslation("provisions.column.categories")).setFlexGrow(2);
        grid.addColumn(p -> getTranslation(p.active() ? "catalog.status.active" : "catalog.status.inactive"))
                .setKey("status").setHeader(getTranslation("catalog.column.status"));
        grid.addComponentColumn(provision -> {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> openDialog(provision));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("catalog.editItem", provision.name()));
            edit.setId("provision-edit-" + provision.id());
            return edit;
        }).setKey("actions").setHeader(getTranslation("catalog.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        Span empty = new Span(getTranslation("provisions.empty"));
        empty.addClassName("empty-state");
        grid.setEmptyStateComponent(empty);
        grid.setId("provision-grid");

        add(intro, new ViewToolbar(add), grid);
        refresh();
    }

    private String categoryNames(Provision provision) {
        return provision.categories().stream().map(id -> categoryNames.getOrDefault(id, "?")).sorted()
                .collect(Collectors.joining(", "));
    }

    private void openDialog(Provision provision) {
        List<Item> categories = catalog.needCategories();
        new GeneralProvisionDialog(provision, categories, service, (messageKey, name) -> {
            refresh();
            Notification.show(getTranslation(messageKey, name), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }).open();
    }

    private void refresh() {
        categoryNames = catalog.needCategories().stream().collect(Collectors.toMap(Item::id, Item::name,
                (a, b) -> a));
        grid.setItems(service.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("provisions.title");
    }
}
