package nl.samenplan.client.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.samenplan.security.Permissions;

/**
 * Taken: the tasks that come from the plan's agreements. The task feature (Mijn taken) fills this tab;
 * until then it says where tasks will come from.
 */
@Route(value = "clienten/:clientId/taken", layout = ClientFileLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE,
        Permissions.VRIJWILLIGERSCOORDINATOR})
public class ClientTasksView extends Div implements HasDynamicTitle {

    public ClientTasksView() {
        Paragraph empty = new Paragraph(getTranslation("clientFile.tasks.empty"));
        empty.addClassName("empty-state");
        add(empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clientFile.tab.tasks");
    }
}
