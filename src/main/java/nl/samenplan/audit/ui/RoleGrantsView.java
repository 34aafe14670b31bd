package nl.samenplan.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import nl.samenplan.audit.RoleGrantService;
import nl.samenplan.audit.RoleGrantService.Grant;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.security.Permissions;

/**
 * Toegang verleend: for the privacy officer, every time the beheerder gave someone a role with access to client files
 * (a new user, a changed role, a move to another team), newest first: when, by whom, to whom, which role and team.
 */
@Route(value = "privacy/toegang", layout = MainLayout.class)
@RolesAllowed(Permissions.PRIVACY)
@Menu(title = "menu.roleGrants", order = 92, icon = "vaadin:key")
public class RoleGrantsView extends Main implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    public RoleGrantsView(RoleGrantService service) {
        addClassName("list-view");
        Paragraph intro = new Paragraph(getTranslation("privacy.grants.intro"));
        intro.addClassName("intro");
        Grid<Grant> grid = new Grid<>(Grant.class, false);
        grid.addColumn(g -> DutchFormats.date(g.at().atZone(TimeConfig.ZONE).toLocalDate()) + " "
                + TIME.format(g.at().atZone(TimeConfig.ZONE))).setKey("when")
                .setHeader(getTranslation("privacy.grants.when")).setAutoWidth(true);
        grid.addColumn(g -> g.byUsername() == null ? "" : g.byUsername()).setKey("by")
                .setHeader(getTranslation("privacy.grants.by"));
        grid.addColumn(g -> g.toUsername() == null ? "" : g.toUsername() + " (#" + g.toUserId() + ")").setKey("to")
                .setHeader(getTranslation("privacy.grants.to"));
        grid.addColumn(g -> g.role() == null ? "" : getTranslation(g.role().labelKey())).setKey("role")
                .setHeader(getTranslation("privacy.grants.role"));
        grid.addColumn(g -> g.team() == null ? "—" : g.team()).setKey("team")
                .setHeader(getTranslation("privacy.grants.team"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> service.grants(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateComponent(new Span(getTranslation("privacy.grants.empty")));
        grid.setId("role-grants");
        grid.setSizeFull();
        add(intro, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.roleGrants");
    }
}
