package nl.samenplan.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
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
import nl.samenplan.client.ClientStatus;
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
    private final Button reopen = new Button();
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
        reopen.setText(getTranslation("client.reopen"));
        reopen.setId("client-reopen");
        reopen.addClickListener(e -> confirmReopen());
        add(error, form, save, reopen);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        client = clients.open(event.getRouteParameters().getLong(ClientFileLayout.PARAM).orElseThrow());
        form.fill(client.data());
        showActions();
    }

    /** A closed file is read-only: no save; the roles that own plans may reopen it, unless it was anonymised. */
    private void showActions() {
        boolean canWrite = CurrentUser.canWriteClientFiles() && !client.closed();
        form.getChildren().forEach(c -> c.getElement().setProperty("readonly", !canWrite));
        form.fundingDomains.setReadOnly(true); // follows the plan's professional care, for every reader
        save.setVisible(canWrite);
        reopen.setVisible(CurrentUser.canWriteClientFiles() && client.closed() && !client.anonymised());
    }

    private void confirmReopen() {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("client.reopen.confirm.title"),
                getTranslation("client.reopen.confirm.text"), getTranslation("client.reopen"), e -> reopen());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.open();
    }

    private void reopen() {
        try {
            client = clients.reopen(client.id(), client.version());
            errors.clear();
            form.fill(client.data());
            findAncestor(ClientFileLayout.class).show(client);
            showActions();
            Notification.show(getTranslation("client.reopened"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BusinessRuleException e) {
            errors.show(e);
        }
    }

    /** Closing the file makes it read-only: asked first (reopening undoes it). */
    private void save() {
        if (!errors.readable()) {
            return;
        }
        if (form.data().status() == ClientStatus.AFGESLOTEN && !client.closed()) {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("client.close.confirm.title"),
                    getTranslation("client.close.confirm.text"), getTranslation("client.close"), e -> store());
            dialog.setCancelable(true);
            dialog.setCancelText(getTranslation("action.cancel"));
            dialog.setId("client-close-confirm");
            dialog.open();
            return;
        }
        store();
    }

    private void store() {
        try {
            client = clients.update(client.id(), client.version(), form.data());
            errors.clear();
            findAncestor(ClientFileLayout.class).show(client);
            showActions();
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
