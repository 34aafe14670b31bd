package nl.samenplan.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.security.Role;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.security.UserAdminService.IssuedPassword;
import nl.samenplan.security.UserAdminService.NewUser;
import nl.samenplan.security.UserAdminService.OrganisationRow;
import nl.samenplan.security.UserAdminService.TeamRow;
import nl.samenplan.security.UserAdminService.UserRow;

/**
 * Create a user or change one: name, role, team and organisation. A rule that says no is shown in the
 * dialog, which stays open with everything typed still in it. A new user gets a generated one-time password, shown
 * once after the save ({@link OneTimePasswordDialog}); no one types a password for someone else.
 */
class UserDialog extends Dialog {

    private final UserAdminService service;
    private final UserRow existing;
    private final Consumer<UserRow> onSaved;

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final ComboBox<TeamRow> team = new ComboBox<>();
    final ComboBox<OrganisationRow> organisation = new ComboBox<>();
    /** The teams a manager follows on the dashboard; shown for the manager role only. */
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<TeamRow> followedTeams =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>();
    final Paragraph error = new Paragraph();
    private final FormErrors errors;

    UserDialog(UserAdminService service, UserRow existing, Consumer<UserRow> onSaved) {
        this.service = service;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));
        setId("user-dialog");

        username.setLabel(getTranslation("users.username"));
        username.setRequiredIndicatorVisible(true);
        username.setHelperText(getTranslation("users.username.help"));
        username.setId("user-username");
        displayName.setLabel(getTranslation("users.displayName"));
        displayName.setRequiredIndicatorVisible(true);
        displayName.setId("user-display-name");
        role.setLabel(getTranslation("users.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        role.setRequiredIndicatorVisible(true);
        role.setId("user-role");
        List<TeamRow> teams = service.teams();
        team.setLabel(getTranslation("users.team"));
        team.setItems(teams);
        team.setItemLabelGenerator(TeamRow::name);
        team.setHelperText(getTranslation("users.team.help"));
        team.setId("user-team");
        organisation.setLabel(getTranslation("users.organisation"));
        organisation.setItems(service.organisations());
        organisation.setItemLabelGenerator(OrganisationRow::name);
        organisation.setClearButtonVisible(true);
        organisation.setId("user-organisation");
        followedTeams.setLabel(getTranslation("user.field.followedTeams"));
        followedTeams.setHelperText(getTranslation("user.field.followedTeams.help"));
        followedTeams.setItems(teams);
        followedTeams.setItemLabelGenerator(TeamRow::name);
        followedTeams.setId("user-followed-teams");
        followedTeams.setVisible(existing != null && existing.role() == Role.MANAGER);
        role.addValueChangeListener(e -> {
            team.setEnabled(e.getValue() == null || e.getValue().needsTeam());
            boolean manager = e.getValue() == Role.MANAGER;
            followedTeams.setVisible(manager);
            if (manager && followedTeams.isEmpty() && team.getValue() != null) {
                followedTeams.select(team.getValue()); // a new manager follows their own team, unless chosen otherwise
            }
        });
        error.addClassName("form-error");
        error.setId("user-error");
        error.setVisible(false);

        FormLayout form = new FormLayout();
        if (existing == null) {
            form.add(username, displayName, role, team, followedTeams, organisation);
            Paragraph oneTime = new Paragraph(getTranslation("users.oneTimePassword.onCreate"));
            oneTime.setId("user-one-time-password-note");
            form.add(oneTime);
            form.setColspan(oneTime, 2);
            if (teams.size() == 1) {
                team.setValue(teams.get(0));
            }
        } else {
            displayName.setValue(existing.displayName());
            role.setValue(existing.role());
            teams.stream().filter(t -> Objects.equals(t.id(), existing.teamId())).findFirst().ifPresent(team::setValue);
            organisation.getListDataView().getItems()
                    .filter(o -> Objects.equals(o.id(), existing.organisationId())).findFirst()
                    .ifPresent(organisation::setValue);
            teams.stream().filter(t -> existing.followedTeamIds() != null && existing.followedTeamIds().contains(t.id()))
                    .forEach(followedTeams::select);
            form.add(displayName, role, team, followedTeams, organisation);
        }
        add(error, form);
        errors = new FormErrors(error)
                .field("role", role, "error.user.role.required")
                .field("teamId", team, "error.user.team.required")
                .field("followedTeamIds", followedTeams, "error.user.followedTeams.required")
                .bean(NewUser.class)
                .field("username", username, "error.user.username.invalid", "error.user.username.taken")
                .field("displayName", displayName, "error.required");

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("user-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        getFooter().add(cancel, save);
    }

    private void save() {
        errors.clear();
        try {
            UserRow saved;
            Long teamId = team.getValue() == null ? null : team.getValue().id();
            Long organisationId = organisation.getValue() == null ? null : organisation.getValue().id();
            java.util.Set<Long> followed = role.getValue() != Role.MANAGER ? null
                    : followedTeams.getValue().stream().map(TeamRow::id).collect(java.util.stream.Collectors.toSet());
            IssuedPassword issued = null;
            if (existing == null) {
                issued = service.createUser(new NewUser(username.getValue(), displayName.getValue(), role.getValue(),
                        teamId, organisationId, followed));
                saved = issued.user();
            } else {
                saved = service.changeUser(existing.id(), existing.version(), displayName.getValue(), role.getValue(),
                        teamId, organisationId, followed);
            }
            close();
            onSaved.accept(saved);
            if (issued != null) {
                new OneTimePasswordDialog(issued).open(); // the one time it is shown
            }
        } catch (BusinessRuleException e) {
            errors.show(e);
        }
    }
}
