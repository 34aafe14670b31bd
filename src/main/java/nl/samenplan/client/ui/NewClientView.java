package nl.samenplan.client.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientService.ClientRow;
import nl.samenplan.security.Permissions;

/** A new client. The team is the user's own; after saving, the file opens on the network: asked first. */
@Route(value = "clienten/nieuw", layout = MainLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
public class NewClientView extends Main implements HasDynamicTitle, com.vaadin.flow.router.BeforeEnterObserver {

    /** The query parameter with the name the user searched for before choosing to make a new client. */
    public static final String NAME = "naam";

    private final ClientService clients;
    private final ClientForm form;
    private final Paragraph error = new Paragraph();
    private final FormErrors errors;

    public NewClientView(ClientService clients, nl.samenplan.security.TeamService team, Clock clock) {
        this.clients = clients;
        this.form = new ClientForm(LocalDate.now(clock));
        team.ownVillage().ifPresent(form.village::setValue); // what the system knows is not asked
        form.fundingDomains.setVisible(false); // a new client has no plan yet, so no domains
        addClassName("form-view");
        error.addClassName("form-error");
        error.setVisible(false);
        error.setId("client-error");
        errors = form.errors(error);
        Button save = new Button(getTranslation("client.new.save"), e -> checkDuplicatesAndSave());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("client-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> UI.getCurrent().navigate("clienten"));
        Paragraph intro = new Paragraph(getTranslation("client.new.intro"));
        intro.addClassName("intro");
        com.vaadin.flow.component.html.Div actions = new com.vaadin.flow.component.html.Div(save, cancel);
        actions.addClassName("form-actions");
        add(intro, error, form, actions);
    }

    private void checkDuplicatesAndSave() {
        if (!errors.readable()) {
            return;
        }
        ClientData data = form.data();
        List<ClientRow> same = clients.possibleDuplicates(null, data.firstName(), data.lastName(), data.dateOfBirth());
        if (same.isEmpty()) {
            save(data);
            return;
        }
        String who = same.stream().map(c -> c.fullName() + " (" + DutchFormats.date(c.dateOfBirth()) + ", "
                + c.village() + ")").collect(Collectors.joining("; "));
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("client.duplicate.title"),
                getTranslation("client.duplicate.text", who), getTranslation("client.duplicate.saveAnyway"),
                e -> save(data));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("client.duplicate.back"));
        confirm.setId("duplicate-warning");
        confirm.open();
    }

    private void save(ClientData data) {
        try {
            long id = clients.create(data);
            // A new client has no network yet: the form for the first naaste is open at once
            UI.getCurrent().navigate("clienten/" + id + "/netwerk",
                    com.vaadin.flow.router.QueryParameters.of(NetworkView.FIRST, "ja"));
        } catch (BusinessRuleException e) {
            errors.show(e);
        }
    }

    /** The name just searched for is not typed again: "Hillegien van der Berg" gives first and last name. */
    @Override
    public void beforeEnter(com.vaadin.flow.router.BeforeEnterEvent event) {
        event.getLocation().getQueryParameters().getSingleParameter(NAME).map(String::strip)
                .filter(name -> name.matches("[\\p{L}][\\p{L} .'-]*")).ifPresent(name -> {
                    int space = name.indexOf(' ');
                    form.firstName.setValue(space < 0 ? name : name.substring(0, space));
                    form.lastName.setValue(space < 0 ? "" : name.substring(space + 1).strip());
                });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("client.new.title");
    }
}
