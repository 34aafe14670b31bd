package nl.samenplan.demo;

import java.time.Clock;
import java.time.Instant;
import nl.samenplan.catalog.GeneralProvision;
import nl.samenplan.catalog.GeneralProvisionRepository;
import nl.samenplan.catalog.NeedCategoryRepository;
import nl.samenplan.security.AppUser;
import nl.samenplan.security.AppUserRepository;
import nl.samenplan.security.Organisation;
import nl.samenplan.security.OrganisationRepository;
import nl.samenplan.security.Role;
import nl.samenplan.security.Team;
import nl.samenplan.security.TeamRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for a fictional village team, loaded on the first start of the explicit {@code demo} profile (the
 * README's run command switches it on, on the embedded database only: {@link DemoOnlyOnEmbeddedDatabase}) so that a
 * newcomer sees a living system at once. Every name and place is invented. Never in production.
 */
@Service
@Profile("demo")
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "samenplan";
    static final String TEAM_NAME = "Dorpsteam Heideveen";
    static final String OTHER_TEAM_NAME = "Buurtteam Zuiderpark";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AppUserRepository users;
    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final DemoClients demoClients;
    private final GeneralProvisionRepository provisions;
    private final NeedCategoryRepository needCategories;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoDataLoader(AppUserRepository users, TeamRepository teams, OrganisationRepository organisations,
            DemoClients demoClients, GeneralProvisionRepository provisions, NeedCategoryRepository needCategories,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.teams = teams;
        this.organisations = organisations;
        this.demoClients = demoClients;
        this.provisions = provisions;
        this.needCategories = needCategories;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        Instant now = clock.instant();

        Organisation cooperative = organisations.save(new Organisation("Dorpscoöperatie Heideveen Zorgt"));
        Organisation homeCareA = organisations.save(new Organisation("Thuiszorg De Linde"));
        Organisation homeCareB = organisations.save(new Organisation("Wijkverpleging Veenhof"));
        Organisation welfare = organisations.save(new Organisation("Stichting Leefkracht"));
        Organisation municipality = organisations.save(new Organisation("Gemeente Veenwolde"));

        Team team = teams.save(new Team(TEAM_NAME, "Heideveen"));
        Team otherTeam = teams.save(new Team(OTHER_TEAM_NAME, "Zuiderpark, Veenwolde"));

        // One demo account per role, all with the password "samenplan"
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        user("leefcoach", "Sanne Mulder", Role.LEEFCOACH, team, welfare, hash, now);
        user("dorpsregisseur", "Grietje Bakker", Role.DORPSREGISSEUR, team, cooperative, hash, now);
        user("wijkverpleegkundige", "Fatma Yilmaz", Role.WIJKVERPLEEGKUNDIGE, team, homeCareA, hash, now);
        user("coordinator", "Henk Oosting", Role.VRIJWILLIGERSCOORDINATOR, team, cooperative, hash, now);
        user("vrijwilliger", "Jan Hoving", Role.VRIJWILLIGER, team, cooperative, hash, now);
        user("manager", "Marloes de Haan", Role.MANAGER, team, municipality, hash, now);
        user("beheerder", "Pieter Smit", Role.BEHEERDER, null, null, hash, now);
        user("privacy", "Ellen Visser", Role.PRIVACY, null, null, hash, now);
        // Colleagues without a demo login
        user("wvk.veenhof", "Anouk Brink", Role.WIJKVERPLEEGKUNDIGE, team, homeCareB, hash, now);
        user("leefcoach.zuiderpark", "Rachid El Amrani", Role.LEEFCOACH, otherTeam, welfare, hash, now);

        generalProvisions();
        demoClients.load(team.getName(), otherTeam.getName());
        LOG.info("Demo data loaded: team '{}'; log in as leefcoach / {}", TEAM_NAME, DEMO_PASSWORD);
    }

    /** General provisions of the demo villages: open to everyone, no indication needed. */
    private void generalProvisions() {
        java.util.Map<String, Long> categories = new java.util.HashMap<>();
        needCategories.findAll().forEach(c -> categories.put(c.getName(), c.getId()));
        provisions.save(new GeneralProvision("Maaltijdservice Heideveen Eet",
                "Warme maaltijd aan huis of in het dorpshuis", "Heideveen", java.util.Set.of(categories.get("Maaltijden"))));
        provisions.save(new GeneralProvision("Dagbesteding Het Dorpshuis", "Open inloop op dinsdag en donderdag",
                null, java.util.Set.of(categories.get("Toezicht en dagbesteding"), categories.get("Gezelschap")), true));
        provisions.save(new GeneralProvision("Welzijn op Recept", "Via de huisarts naar een welzijnscoach", null,
                java.util.Set.of(categories.get("Gezelschap"), categories.get("Bewegen"))));
        provisions.save(new GeneralProvision("Formulierenbrigade Veenwolde", "Hulp bij post en formulieren", null,
                java.util.Set.of(categories.get("Administratie"))));
    }

    private void user(String username, String name, Role role, Team team, Organisation organisation, String hash,
            Instant now) {
        AppUser user = new AppUser(username, hash, name, role, team, organisation, now);
        if (role == Role.MANAGER) {
            user.follow(java.util.Set.of(team.getId())); // the demo manager follows the village team
        }
        users.save(user);
    }
}
