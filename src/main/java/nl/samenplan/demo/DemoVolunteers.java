package nl.samenplan.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.security.TeamService;
import nl.samenplan.volunteer.DayPart;
import nl.samenplan.volunteer.Slot;
import nl.samenplan.volunteer.VolunteerData;
import nl.samenplan.volunteer.VolunteerService;
import nl.samenplan.volunteer.VolunteerStatus;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The cooperative's volunteers of the demo village in the register, entered as the coordinator would:
 * drivers (Heideveen Rijdt), odd jobs (Klust), walking and company (Beweegt), help with the post. One
 * is on pause; Jan Hoving has a login. Invented names only; never in production.
 */
@Component
@Profile("demo")
class DemoVolunteers {

    private final VolunteerService volunteers;
    private final CatalogService catalog;
    private final TeamService team;

    DemoVolunteers(VolunteerService volunteers, CatalogService catalog, TeamService team) {
        this.volunteers = volunteers;
        this.catalog = catalog;
        this.team = team;
    }

    /** Called as the coordinator; returns the register's ids by name. */
    Map<String, Long> load(LocalDate today) {
        Map<String, Long> services = catalog.needCategories().stream()
                .collect(Collectors.toMap(CatalogService.Item::name, CatalogService.Item::id));
        Long janLogin = team.colleagues().stream().filter(c -> c.displayName().equals("Jan Hoving")).findFirst()
                .map(TeamService.Colleague::id).orElse(null);
        Map<String, Long> ids = new HashMap<>();
        add(ids, "Gerrit Lanting", null, services, Set.of("Vervoer"), slots("ma ochtend", "ma middag", "wo ochtend"), 4,
                VolunteerStatus.ACTIEF, "Rijdt voor Heideveen Rijdt; eigen auto", true, today.minusYears(2), null);
        add(ids, "Joke Mulder", "Heideveen", services, Set.of("Administratie", "Boodschappen"), slots("di ochtend"), 3,
                VolunteerStatus.ACTIEF, "Training Thuisadministratie gevolgd", true, today.minusYears(1), null);
        add(ids, "Riek Hofstee", null, services, Set.of("Gezelschap", "Bewegen"), slots("do middag"), 2,
                VolunteerStatus.PAUZE, "Beweegt: wandelgroep op donderdag; tot de zomer op pauze", false, null, null);
        add(ids, "Kees de Wit", null, services, Set.of("Klussen", "Boodschappen"), slots("za ochtend"), 1,
                VolunteerStatus.ACTIEF, "Heideveen Klust", true, today.minusMonths(8), null);
        add(ids, "Harm Bosch", "Oosterzand", services, Set.of("Vervoer"), slots("vr ochtend", "vr middag"), 3,
                VolunteerStatus.ACTIEF, "Oosterzand Rijdt", true, today.minusMonths(5), null);
        add(ids, "Jan Hoving", "Heideveen", services, Set.of("Boodschappen", "Klussen", "Bewegen", "Gezelschap"),
                slots("do ochtend", "do middag", "za ochtend", "wo middag"), 6, VolunteerStatus.ACTIEF,
                "Heeft de training Omgaan met dementie gevolgd", true, today.minusMonths(3), janLogin);
        return ids;
    }

    private void add(Map<String, Long> ids, String name, String village, Map<String, Long> services,
            Set<String> offers, Set<Slot> when, int max, VolunteerStatus status, String note, boolean vog,
            LocalDate vogDate, Long login) {
        Set<Long> offered = offers.stream().map(services::get).collect(Collectors.toSet());
        ids.put(name, volunteers.create(new VolunteerData(name, "06-" + (12345000 + ids.size() * 1111), null, village,
                offered, when, max, vogDate == null ? null : vogDate.minusMonths(1), status, note, vog, vogDate,
                login)));
    }

    /** "di ochtend" → Tuesday morning. */
    private static Set<Slot> slots(String... texts) {
        String[] days = {"ma", "di", "wo", "do", "vr", "za", "zo"};
        Set<Slot> slots = new HashSet<>();
        for (String text : texts) {
            String[] parts = text.split(" ");
            DayOfWeek day = DayOfWeek.of(Arrays.asList(days).indexOf(parts[0]) + 1);
            slots.add(new Slot(day, DayPart.valueOf(parts[1].toUpperCase())));
        }
        return slots;
    }
}
