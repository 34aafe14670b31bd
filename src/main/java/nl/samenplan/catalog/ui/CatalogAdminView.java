package nl.samenplan.catalog.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Supplier;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.FieldLimits;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.base.ui.ViewToolbar;
import nl.samenplan.catalog.CatalogItemInput;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.security.Permissions;

/**
 * The administrator's catalogues: the life areas of the plan and the kinds of help a need asks for.
 * Entries are never deleted, only taken out of use, so that the plans that use them stay whole.
 */
@Route(value = "beheer/catalogus", layout = MainLayout.class)
@RolesAllowed(Permissions.BEHEERDER)
@Menu(title = "menu.catalog", order = 82, icon = "vaadin:list")
public class CatalogAdminView extends Main implements HasDynamicTitle {

    private final CatalogService service;
    private final Grid<Item> lifeAreas = new Grid<>(Item.class, false);
    private final Grid<Item> categories = new Grid<>(Item.class, false);
    /** The lists as shown: a move is made on these, with their versions, so a stale list is noticed. */
    private List<Item> shownLifeAreas = List.of();
    private List<Item> shownCategories = List.of();
    final Paragraph orderError = new Paragraph();

    public CatalogAdminView(CatalogService service) {
        this.service = service;
        addClassName("list-view");
        Paragraph intro = new Paragraph(getTranslation("catalog.intro"));
        intro.addClassName("intro");
        orderError.addClassName("form-error");
        orderError.setId("catalog-order-error");
        orderError.setVisible(false);
        add(intro, orderError, lifeAreaSection(), categorySection());
        refresh();
    }

    private Section lifeAreaSection() {
        TextField name = nameField("catalog.lifeAreas.name", "life-area-name");
        Button add = new Button(getTranslation("catalog.lifeAreas.add"), VaadinIcon.PLUS.create(),
                e -> add(name, () -> service.addLifeArea(name.getValue()), "catalog.lifeAreas.added", () -> { }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(name);
        add.setId("life-area-add");

        lifeAreas.addColumn(Item::name).setKey("name").setHeader(getTranslation("catalog.column.name")).setFlexGrow(2);
        addStatusAndActions(lifeAreas, "life-area", "catalog.lifeAreas.edit", false);
        lifeAreas.setEmptyStateComponent(emptyState("catalog.lifeAreas.empty"));
        lifeAreas.setId("life-area-grid");
        return section("catalog.lifeAreas.title", "catalog.lifeAreas.help", new ViewToolbar(name, add), lifeAreas);
    }

    private Section categorySection() {
        TextField name = nameField("catalog.categories.name", "category-name");
        Checkbox professional = new Checkbox(getTranslation("catalog.professional"));
        professional.setHelperText(getTranslation("catalog.professional.help"));
        professional.setId("category-professional");
        Button add = new Button(getTranslation("catalog.categories.add"), VaadinIcon.PLUS.create(),
                e -> add(name, () -> service.addNeedCategory(name.getValue(), professional.getValue()),
                        "catalog.categories.added", professional::clear));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickShortcut(Key.ENTER).listenOn(name);
        add.setId("category-add");

        categories.addColumn(Item::name).setKey("name").setHeader(getTranslation("catalog.column.name"))
                .setFlexGrow(2);
        categories.addColumn(c -> getTranslation(c.professionalByNature() ? "catalog.yes" : "catalog.no"))
                .setKey("professional").setHeader(getTranslation("catalog.column.professional"));
        categories.addColumn(c -> String.join(", ", c.synonyms())).setKey("synonyms")
                .setHeader(getTranslation("catalog.column.synonyms")).setFlexGrow(2);
        addStatusAndActions(categories, "category", "catalog.categories.edit", true);
        categories.setEmptyStateComponent(emptyState("catalog.categories.empty"));
        categories.setId("category-grid");
        return section("catalog.categories.title", "catalog.categories.help",
                new ViewToolbar(name, professional, add), categories);
    }

    private TextField nameField(String labelKey, String id) {
        TextField name = FieldLimits.apply(new TextField(getTranslation(labelKey)), CatalogItemInput.class, "name");
        name.setManualValidation(true);
        name.addValueChangeListener(e -> name.setInvalid(false));
        name.setMinWidth("16rem");
        name.setId(id);
        return name;
    }

    private void addStatusAndActions(Grid<Item> grid, String idPrefix, String dialogTitleKey,
            boolean withProfessional) {
        grid.addColumn(i -> getTranslation(i.active() ? "catalog.status.active" : "catalog.status.inactive"))
                .setKey("status").setHeader(getTranslation("catalog.column.status"));
        grid.addComponentColumn(item -> orderButtons(item, idPrefix, withProfessional))
                .setKey("order").setHeader(getTranslation("catalog.column.order")).setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(item -> {
            Button edit = new Button(getTranslation("action.edit"), VaadinIcon.EDIT.create(),
                    e -> openDialog(item, dialogTitleKey, withProfessional));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            edit.setAriaLabel(getTranslation("catalog.editItem", item.name()));
            edit.setId(idPrefix + "-edit-" + item.id());
            return edit;
        }).setKey("actions").setHeader(getTranslation("catalog.column.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
    }

    private Div orderButtons(Item item, String idPrefix, boolean category) {
        List<Item> shown = category ? shownCategories : shownLifeAreas;
        Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> move(item, category, true));
        up.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        up.setAriaLabel(getTranslation("catalog.moveUp", item.name()));
        up.setTooltipText(getTranslation("catalog.moveUp", item.name()));
        up.setEnabled(!shown.isEmpty() && shown.get(0).id() != item.id());
        up.setId(idPrefix + "-up-" + item.id());
        Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> move(item, category, false));
        down.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        down.setAriaLabel(getTranslation("catalog.moveDown", item.name()));
        down.setTooltipText(getTranslation("catalog.moveDown", item.name()));
        down.setEnabled(!shown.isEmpty() && shown.get(shown.size() - 1).id() != item.id());
        down.setId(idPrefix + "-down-" + item.id());
        return new Div(up, down);
    }

    /** Moves an entry on the list as shown; a list changed meanwhile is explained and shown anew. */
    private void move(Item item, boolean category, boolean up) {
        orderError.setVisible(false);
        try {
            if (category) {
                service.moveNeedCategory(shownCategories, item.id(), up);
            } else {
                service.moveLifeArea(shownLifeAreas, item.id(), up);
            }
            refresh();
            success("catalog.moved", item.name());
        } catch (BusinessRuleException e) {
            orderError.setText(getTranslation(e.messageKey(), e.parameters()));
            orderError.setVisible(true);
            refresh();
        }
    }

    private void openDialog(Item item, String titleKey, boolean withProfessional) {
        CatalogItemDialog.Change change = withProfessional
                ? (name, professional, active, synonyms) -> service.changeNeedCategory(item.id(), item.version(), name,
                        professional, active, synonyms)
                : (name, professional, active, synonyms) -> service.changeLifeArea(item.id(), item.version(), name,
                        active);
        new CatalogItemDialog(getTranslation(titleKey), item, withProfessional, change, (messageKey, name) -> {
            refresh();
            success(messageKey, name);
        }).open();
    }

    /** Adds an entry; a rule that says no is shown at the name field, which keeps what was typed. */
    private void add(TextField name, Supplier<Item> action, String successKey, Runnable reset) {
        try {
            Item added = action.get();
            name.clear();
            reset.run();
            refresh();
            success(successKey, added.name());
        } catch (BusinessRuleException e) {
            name.setErrorMessage(getTranslation(e.messageKey(), e.parameters()));
            name.setInvalid(true);
            name.focus();
        }
    }

    private void success(String messageKey, String name) {
        Notification.show(getTranslation(messageKey, name), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private Span emptyState(String key) {
        Span empty = new Span(getTranslation(key));
        empty.addClassName("empty-state");
        return empty;
    }

    private Section section(String titleKey, String helpKey, ViewToolbar toolbar, Grid<Item> grid) {
        Paragraph help = new Paragraph(getTranslation(helpKey));
        help.addClassName("intro");
        return new Section(new H2(getTranslation(titleKey)), help, toolbar, grid);
    }

    private void refresh() {
        shownLifeAreas = service.lifeAreas();
        shownCategories = service.needCategories();
        lifeAreas.setItems(shownLifeAreas);
        categories.setItems(shownCategories);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.title");
    }
}
