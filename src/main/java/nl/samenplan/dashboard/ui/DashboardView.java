package nl.samenplan.dashboard.ui;

import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.security.Permissions;

/**
 * The manager's landing page: aggregate figures only, never a client name. The figures themselves
 * (waiting list, ladder mix, cost avoided) arrive with the waiting-list and dashboard issue.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed(Permissions.MANAGER)
@Menu(title = "menu.dashboard", order = 50, icon = "vaadin:chart")
public class DashboardView extends Main implements HasDynamicTitle {

    public DashboardView() {
        addClassName("dashboard-view");
        Paragraph empty = new Paragraph(getTranslation("dashboard.empty"));
        empty.addClassName("empty-state");
        empty.setId("dashboard-empty");
        add(empty);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
