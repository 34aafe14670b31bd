package nl.samenplan.demo;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenplan.catalog.NeedCategoryRepository;
import nl.samenplan.workflow.Candidates;
import nl.samenplan.workflow.VolunteerCandidates;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cooperative's volunteers of the demo village, feeding the workflow's port until the volunteer
 * register (a later feature) takes over. Invented names only; never in production.
 */
@Component
@Profile("!prod")
@Transactional(readOnly = true)
class DemoVolunteers implements VolunteerCandidates {

    private final NeedCategoryRepository categories;

    DemoVolunteers(NeedCategoryRepository categories) {
        this.categories = categories;
    }

    @Override
    public List<Candidates.Volunteer> volunteers() {
        Map<String, Long> ids = new HashMap<>();
        categories.findAll().forEach(c -> ids.put(c.getName(), c.getId()));
        return List.of(
                new Candidates.Volunteer(9001, "Gerrit Lanting (Heideveen Rijdt)", Set.of(ids.get("Vervoer")),
                        Set.of("Heideveen", "Kloosterdijk"), "ma en wo", false, false),
                new Candidates.Volunteer(9002, "Joke Mulder (Heideveen Helpt)",
                        Set.of(ids.get("Administratie"), ids.get("Boodschappen")), Set.of("Heideveen"), "di", false,
                        false),
                new Candidates.Volunteer(9003, "Riek Hofstee (Heideveen Beweegt)",
                        Set.of(ids.get("Gezelschap"), ids.get("Bewegen")), Set.of("Heideveen", "Oosterzand"), "do",
                        true, false),
                new Candidates.Volunteer(9004, "Kees de Wit (Heideveen Klust)",
                        Set.of(ids.get("Klussen"), ids.get("Boodschappen")), Set.of(), "za", false, true),
                new Candidates.Volunteer(9005, "Harm Bosch (Oosterzand Rijdt)", Set.of(ids.get("Vervoer")),
                        Set.of("Oosterzand"), "vr", false, false));
    }
}
