package nl.samenplan.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import java.util.stream.Collectors;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.Facts;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.security.Permissions;
import nl.samenplan.volunteer.Slot;
import nl.samenplan.volunteer.VolunteerData;
import nl.samenplan.volunteer.VolunteerService;
import nl.samenplan.volunteer.VolunteerStatus;

/**
 * Mijn profiel for a volunteer: what the coordinator keeps about them (services, where, when, the
 * weekly maximum and this week's load), and one button to take a break or come back.
 */
@Route(value = "mijn-profiel", layout = MainLayout.class)
@RolesAllowed(Permissions.VRIJWILLIGER)
@Menu(title = "menu.myProfile", order = 6, icon = "vaadin:user-heart")
public class MyProfileView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final VolunteerService volunteers;
    private final Map<Long, String> categories;

    public MyProfileView(VolunteerService volunteers, CatalogService catalog) {
        this.volunteers = volunteers;
        this.categories = catalog.needCategories().stream()
                .collect(Collectors.toMap(CatalogService.Item::id, CatalogService.Item::name));
        addClassNames("list-view", "my-profile");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    private void refresh() {
        removeAll();
        var profile = volunteers.myProfile().orElse(null);
        if (profile == null) {
            Paragraph none = new Paragraph(getTranslation("volunteer.profile.none"));
            none.addClassName("empty-state");
            add(none);
            return;
        }
        VolunteerData d = profile.data();
        Section card = new Section(new H3(d.name()));
        card.addClassName("card");
        card.setId("my-profile");
        Facts facts = new Facts();
        facts.fact("volunteer.field.status", getTranslation(d.status().labelKey()));
        facts.fact("volunteer.field.services", d.services().stream().map(categories::get).sorted()
                .collect(Collectors.joining(", ")));
        facts.fact("volunteer.field.village", d.village() == null ? getTranslation("volunteer.village.everywhere")
                : d.village());
        facts.fact("volunteer.field.availability", d.availability().stream().sorted().map(this::slot)
                .collect(Collectors.joining(", ")));
        facts.fact("volunteer.load", getTranslation("volunteer.load.value", profile.load(), d.maxPerWeek()));
        facts.fact("volunteer.field.startDate", d.startDate() == null ? null : DutchFormats.date(d.startDate()));
        card.add(facts);
        add(card);
        if (d.status() != VolunteerStatus.GESTOPT) {
            boolean paused = d.status() == VolunteerStatus.PAUZE;
            Paragraph explain = new Paragraph(getTranslation(paused ? "volunteer.profile.paused"
                    : "volunteer.profile.active"));
            Button toggle = new Button(getTranslation(paused ? "volunteer.profile.resume" : "volunteer.profile.pause"),
                    e -> {
                        volunteers.pauseMe(!paused);
                        refresh();
                    });
            toggle.addThemeVariants(ButtonVariant.LUMO_LARGE, paused ? ButtonVariant.LUMO_PRIMARY
                    : ButtonVariant.LUMO_CONTRAST);
            toggle.setId("volunteer-pause-toggle");
            add(explain, toggle);
        }
    }

    private String slot(Slot s) {
        return getTranslation("volunteer.day." + s.day().getValue()) + " " + getTranslation(s.part().labelKey())
                .toLowerCase();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myProfile");
    }
}
