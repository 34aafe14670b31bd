package nl.samenplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.base.ui.ViewToolbar;
import nl.samenplan.security.OrganisationInput;
import nl.samenplan.security.Permissions;
import nl.samenplan.security.TeamInput;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.security.UserAdminService.OrganisationRow;
import nl.samenplan.security.UserAdminService.TeamRow;

/** The administrator's teams and the organisations that deliver their members. */
@Route(value = "beheer/teams", layout = MainLayout.class)
@RolesAllowed(Permissions.BEHEERDER)
@Menu(title = "menu.teams", order = 81, icon = "vaadin:group")
public class TeamAdminView extends Main implements HasDynamicTitle {

    private final UserAdminService service;
    private final Grid<TeamRow> teams = new Grid<>(TeamRow.class, false);
    private final Grid<OrganisationRow> organisations = new Grid<>(OrganisationRow.class, false);

    public TeamAdminView(UserAdminService service) {
        this.service = service;
        addClassName("list-view");
        add(teamSection(), organisationSection());
        refresh();
    }

    private Section teamSection() {
        TextField name = new TextField(getTranslation("teams.name"));
        name.setId("team-name");
        TextField area = new TextField(getTranslation("teams.area"));
        area.setId("team-area");
        Paragraph error = error("team-error");
        FormErrors errors = new FormErrors(error).bean(TeamInput.class)
                .field("name", name, "error.team.nameTaken")
                .field("area", area);
        Button add = new Button(getTranslation("teams.add"), e -> {
            if (attempt(() -> service.createTeam(name.getValue(), area.getValue()), errors, "teams.added",
                    name.getValue())) {
                name.clear();
                area.clear();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("team-add");
        teams.addColumn(TeamRow::name).setHeader(getTranslation("teams.name"));
        teams.addColumn(TeamRow::area).setHeader(getTranslation("teams.area"));
        teams.setEmptyStateComponent(new Span(getTranslation("teams.empty")));
        teams.setAllRowsVisible(true);
        teams.setId("team-grid");
        return new Section(new H2(getTranslation("teams.title")), error, new ViewToolbar(name, area, add), teams);
    }

    private Section organisationSection() {
        TextField name = new TextField(getTranslation("organisations.name"));
        name.setId("organisation-name");
        Paragraph error = error("organisation-error");
        FormErrors errors = new FormErrors(error).bean(OrganisationInput.class)
                .field("name", name, "error.organisation.nameTaken");
        Button add = new Button(getTranslation("organisations.add"), e -> {
            if (attempt(() -> service.createOrganisation(name.getValue()), errors, "organisations.added",
                    name.getValue())) {
                name.clear();
            }
        });
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("organisation-add");
        organisations.addColumn(OrganisationRow::name).setHeader(getTranslation("organisations.name"));
        organisations.setEmptyStateComponent(new Span(getTranslation("organisations.empty")));
        organisations.setAllRowsVisible(true);
        organisations.setId("organisation-grid");
        return new Section(new H2(getTranslation("organisations.title")), error, new ViewToolbar(name, add),
                organisations);
    }

    private Paragraph error(String id) {
        Paragraph error = new Paragraph();
        error.addClassName("form-error");
        error.setVisible(false);
        error.setId(id);
        return error;
    }

    /** Adds a team or organisation; a refusal is shown at its fields, which keep what was typed. */
    private boolean attempt(Runnable action, FormErrors errors, String successKey, String name) {
        try {
            action.run();
            errors.clear();
            refresh();
            Notification.show(getTranslation(successKey, name.strip()), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            return true;
        } catch (BusinessRuleException e) {
            errors.show(e);
            return false;
        }
    }

    private void refresh() {
        teams.setItems(service.teams());
        organisations.setItems(service.organisations());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("teams.pageTitle");
    }
}
