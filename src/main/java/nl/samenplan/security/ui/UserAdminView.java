package nl.samenplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.ErrorHandling;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.base.ui.ViewToolbar;
import nl.samenplan.security.Permissions;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.security.UserAdminService.IssuedPassword;
import nl.samenplan.security.UserAdminService.UserRow;

/** The administrator's users: create, give a role and a team, reset a password, deactivate. */
@Route(value = "beheer/gebruikers", layout = MainLayout.class)
@RolesAllowed(Permissions.BEHEERDER)
@Menu(title = "menu.users", order = 80, icon = "vaadin:user-card")
public class UserAdminView extends Main implements HasDynamicTitle {

    private final UserAdminService service;
    private final TextField search = new TextField();
    private final Grid<UserRow> grid = new Grid<>(UserRow.class, false);

    public UserAdminView(UserAdminService service) {
        this.service = service;
        addClassName("list-view");

        search.setLabel(getTranslation("users.search"));
        search.setWidth("22em");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setId("user-search");

        Button create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(),
                e -> new UserDialog(service, null, saved -> saved(saved, "users.created")).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("user-new");

        grid.addColumn(UserRow::displayName).setKey("displayName").setSortProperty("displayName")
                .setHeader(getTranslation("users.displayName")).setFlexGrow(2);
        grid.addColumn(UserRow::username).setKey("username").setSortProperty("username")
                .setHeader(getTranslation("users.username"));
        grid.addColumn(u -> getTranslation(u.role().labelKey())).setKey("role").setSortProperty("role")
                .setHeader(getTranslation("users.role"));
        grid.addColumn(u -> u.teamName() == null ? "" : u.teamName()).setKey("team").setSortProperty("team.name")
                .setHeader(getTranslation("users.team"));
        grid.addColumn(u -> u.organisationName() == null ? "" : u.organisationName()).setKey("organisation")
                .setHeader(getTranslation("users.organisation"));
        grid.addColumn(u -> getTranslation(u.active() ? "users.active" : "users.inactive")).setKey("active")
                .setSortProperty("active").setHeader(getTranslation("users.status"));
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("users.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> service.findUsers(search.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        grid.setEmptyStateComponent(new Span(getTranslation("users.empty")));
        grid.setId("user-grid");
        grid.setSizeFull();

        add(new ViewToolbar(search, create), grid);
    }

    private Span actions(UserRow user) {
        // edit and reset as icons with their name as tooltip and accessible name: the columns keep their room
        Button edit = new Button(VaadinIcon.EDIT.create(),
                e -> new UserDialog(service, user, saved -> saved(saved, "users.changed")).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        edit.setAriaLabel(getTranslation("action.edit") + ": " + user.displayName());
        edit.setTooltipText(getTranslation("action.edit"));
        edit.setId("edit-" + user.username());
        Button toggle = new Button(getTranslation(user.active() ? "users.deactivate" : "users.activate"),
                e -> toggle(user));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, user.active() ? ButtonVariant.LUMO_ERROR
                : ButtonVariant.LUMO_SUCCESS);
        toggle.setId("toggle-" + user.username());
        Button reset = new Button(VaadinIcon.KEY.create(), e -> confirmReset(user));
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        reset.setAriaLabel(getTranslation("users.resetPassword") + ": " + user.displayName());
        reset.setTooltipText(getTranslation("users.resetPassword"));
        reset.setId("reset-password-" + user.username());
        Span wrapper = new Span(edit, reset, toggle);
        wrapper.addClassName("row-actions");
        return wrapper;
    }

    /** Asked first: the user's password stops working at once, and their open sessions end. */
    private void confirmReset(UserRow user) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("users.resetPassword.confirm.title"),
                getTranslation("users.resetPassword.confirm.text", user.displayName()),
                getTranslation("users.resetPassword"), e -> reset(user));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setId("reset-password-confirm");
        dialog.open();
    }

    private void reset(UserRow user) {
        try {
            IssuedPassword issued = service.resetPassword(user.id(), user.version());
            grid.getDataProvider().refreshAll();
            new OneTimePasswordDialog(issued).open();
        } catch (BusinessRuleException e) {
            ErrorHandling.show(getTranslation(e.messageKey(), e.parameters()));
        }
    }

    private void toggle(UserRow user) {
        try {
            UserRow saved = service.setActive(user.id(), user.version(), !user.active());
            saved(saved, saved.active() ? "users.activated" : "users.deactivated");
        } catch (BusinessRuleException e) {
            ErrorHandling.show(getTranslation(e.messageKey(), e.parameters()));
        }
    }

    private void saved(UserRow user, String messageKey) {
        grid.getDataProvider().refreshAll();
        Notification.show(getTranslation(messageKey, user.displayName()), 4000, Notification.Position.BOTTOM_START)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
