package nl.samenplan.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientService.ClientDetails;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;

/** Gegevens: the client's details, to read or (for the maotwarkers) to change. */
@Route(value = "clienten/:clientId/gegevens", layout = ClientFileLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
public class ClientDetailsView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ClientService clients;
    private final ClientForm form;
    private final Paragraph error = new Paragraph();
    private final FormErrors errors;
    private final Button save = new Button();
    private ClientDetails client;

    public ClientDetailsView(ClientService clients, Clock clock) {
        this.clients = clients;
        this.form = new ClientForm(LocalDate.now(clock));
        addClassName("form-view");
        error.addClassName("form-error");
        error.setVisible(false);
        error.setId("client-error");
        errors = form.errors(error);
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("client-save");
        save.addClickListener(e -> save());
        add(error, form, save);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        client = clients.open(event.getRouteParameters().getLong(ClientFileLayout.PARAM).orElseThrow());
        form.fill(client.data());
        boolean canWrite = CurrentUser.canWriteClientFiles();
        form.getChildren().forEach(c -> c.getElement().setProperty("readonly", !canWrite));
        form.fundingDomains.setReadOnly(true); // follows the plan's professional care, for every reader
        save.setVisible(canWrite);
    }

    private void save() {
        if (!errors.readable()) {
            return;
        }
        try {
            client = clients.update(client.id(), client.version(), form.data());
            errors.clear();
            findAncestor(ClientFileLayout.class).show(client);
            Notification.show(getTranslation("client.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BusinessRuleException e) {
            errors.show(e);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clientFile.tab.details");
    }
}
