package nl.samenplan.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import nl.samenplan.audit.AccessLog.ChainCheck;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.privacy.AccessReports;
import nl.samenplan.security.Permissions;

/** The chain check of the access log: intact with so many entries, or where it first breaks, in plain Dutch. */
@Route(value = "privacy/controle", layout = MainLayout.class)
@RolesAllowed({Permissions.PRIVACY, Permissions.BEHEERDER})
@Menu(title = "menu.chainCheck", order = 87, icon = "vaadin:link")
public class ChainCheckView extends Main implements HasDynamicTitle {

    public ChainCheckView(AccessReports reports) {
        addClassName("list-view");
        Paragraph result = new Paragraph();
        result.setId("chain-check-result");
        Button check = new Button(getTranslation("chain.run"), VaadinIcon.CHECK_CIRCLE.create(),
                e -> result.setText(text(reports.checkChain())));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.setId("chain-check-run");
        add(new H2(getTranslation("menu.chainCheck")), new Paragraph(getTranslation("chain.intro")), check, result);
    }

    private String text(ChainCheck check) {
        if (check.isIntact()) {
            return getTranslation("chain.intact", check.entriesChecked());
        }
        return getTranslation("chain.broken", check.brokenAt() == null ? "-" : check.brokenAt(),
                check.entriesChecked(), getTranslation("chain.reason." + check.reason().name()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.chainCheck");
    }
}
