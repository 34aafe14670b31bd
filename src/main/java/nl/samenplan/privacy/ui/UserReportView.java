package nl.samenplan.privacy.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.stream.Stream;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.privacy.AccessReports;
import nl.samenplan.privacy.ReportLine;
import nl.samenplan.privacy.ReportTexts;
import nl.samenplan.security.PeopleService.Person;
import nl.samenplan.security.Permissions;

/** What did this user open: one user's entries in the access log in a period, with the client of each. */
@Route(value = "privacy/gebruikers", layout = MainLayout.class)
@RolesAllowed(Permissions.PRIVACY)
@Menu(title = "menu.privacyUsers", order = 86, icon = "vaadin:user-check")
public class UserReportView extends Main implements HasDynamicTitle {

    public UserReportView(AccessReports reports, Clock clock) {
        addClassName("list-view");
        ComboBox<Person> user = new ComboBox<>(getTranslation("privacy.user"));
        user.setItems(query -> reports.findPeople(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        user.setItemLabelGenerator(p -> p.label() + " · " + ReportTexts.role(p.role().name(), this::getTranslation));
        user.setPlaceholder(getTranslation("privacy.user.placeholder"));
        user.setId("user-report-user");
        user.setWidth("22em");
        PeriodFilter period = new PeriodFilter(LocalDate.now(clock.withZone(TimeConfig.ZONE)));
        Grid<ReportLine> grid = ReportGrid.of(this, true);
        grid.setItems(query -> user.getValue() == null ? Stream.<ReportLine>empty()
                : reports.userReport(user.getValue().id(), period.period(),
                        VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        user.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        period.onChange(() -> grid.getDataProvider().refreshAll());
        add(new H2(getTranslation("menu.privacyUsers")), new Paragraph(getTranslation("privacy.user.intro")), user,
                period, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.privacyUsers");
    }
}
