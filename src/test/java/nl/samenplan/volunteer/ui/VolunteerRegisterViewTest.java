package nl.samenplan.volunteer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.util.Set;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.volunteer.DayPart;
import nl.samenplan.volunteer.Slot;
import nl.samenplan.volunteer.VolunteerService;
import nl.samenplan.volunteer.VolunteerService.VolunteerFilter;
import nl.samenplan.volunteer.VolunteerStatus;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The coordinator keeps the register: a new volunteer with services, availability and a weekly maximum. */
@SuppressWarnings("unchecked")
class VolunteerRegisterViewTest extends KaribuTest {

    @Autowired
    private VolunteerService volunteers;
    @Autowired
    private CatalogService catalog;

    @Test
    void the_coordinator_registers_a_volunteer_and_finds_them_by_service() {
        login("coordinator");
        navigate("vrijwilligers");
        _click(_get(Button.class, spec -> spec.withId("volunteer-new")));
        String name = "Wiebe Registertest" + System.nanoTime() % 100_000;
        _get(TextField.class, spec -> spec.withId("volunteer-name")).setValue(name);
        _click(_get(Button.class, spec -> spec.withId("volunteer-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("volunteer-error")).getText())
                .isEqualTo("Kies wat de vrijwilliger aanbiedt.");

        MultiSelectComboBox<CatalogService.Item> services = _get(MultiSelectComboBox.class,
                spec -> spec.withId("volunteer-services"));
        services.setValue(Set.of(item("Vervoer"), item("Administratie")));
        _get(ComboBox.class, spec -> spec.withId("volunteer-village")).setValue("Heideveen");
        CheckboxGroup<DayOfWeek> afternoons = _get(CheckboxGroup.class,
                spec -> spec.withId("volunteer-availability-middag"));
        afternoons.setValue(Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY));
        _get(IntegerField.class, spec -> spec.withId("volunteer-max")).setValue(3);
        _click(_get(Button.class, spec -> spec.withId("volunteer-save")));

        var saved = volunteers.find(new VolunteerFilter(name, null, null), PageRequest.of(0, 5)).getContent();
        assertThat(saved).singleElement().satisfies(v -> {
            assertThat(v.village()).isEqualTo("Heideveen");
            assertThat(v.services()).containsExactlyInAnyOrder(item("Vervoer").id(), item("Administratie").id());
            assertThat(v.availability()).containsExactlyInAnyOrder(new Slot(DayOfWeek.TUESDAY, DayPart.MIDDAG),
                    new Slot(DayOfWeek.THURSDAY, DayPart.MIDDAG));
            assertThat(v.maxPerWeek()).isEqualTo(3);
            assertThat(v.status()).isEqualTo(VolunteerStatus.ACTIEF);
        });

        _get(TextField.class, spec -> spec.withId("volunteer-search")).setValue(name);
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("volunteer-grid"));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        _get(ComboBox.class, spec -> spec.withId("volunteer-service-filter")).setValue(item("Klussen"));
        assertThat(GridKt._size(grid)).as("does not offer klussen").isZero();
    }

    private CatalogService.Item item(String name) {
        return catalog.needCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }
}
