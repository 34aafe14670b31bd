package nl.samenplan.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import nl.samenplan.client.Client;
import nl.samenplan.client.ClientRepository;
import nl.samenplan.client.ClientStatus;
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
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Profile;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo data for a fictional village team, loaded on the first start of the default profile so that a
 * newcomer sees a living system at once. Every name and place is invented. Never in production.
 */
@Service
@Profile("!prod")
@ConditionalOnProperty(name = "samenplan.demo-data.enabled", havingValue = "true")
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_PASSWORD = "samenplan";
    static final String TEAM_NAME = "Dorpsteam Heideveen";
    static final String OTHER_TEAM_NAME = "Buurtteam Zuiderpark";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AppUserRepository users;
    private final TeamRepository teams;
    private final OrganisationRepository organisations;
    private final ClientRepository clients;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    DemoDataLoader(AppUserRepository users, TeamRepository teams, OrganisationRepository organisations,
            ClientRepository clients, PasswordEncoder passwordEncoder, Clock clock) {
        this.users = users;
        this.teams = teams;
        this.organisations = organisations;
        this.clients = clients;
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
        LocalDate today = LocalDate.now(clock);

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
        // Colleagues without a demo login
        user("wvk.veenhof", "Anouk Brink", Role.WIJKVERPLEEGKUNDIGE, team, homeCareB, hash, now);
        user("leefcoach.zuiderpark", "Rachid El Amrani", Role.LEEFCOACH, otherTeam, welfare, hash, now);

        List<String[]> residents = List.of(
                // first name, last name, village, year of birth
                new String[] {"Aaltje", "Hoekstra", "Heideveen", "1938"},
                new String[] {"Albert", "Schuiling", "Heideveen", "1941"},
                new String[] {"Berendina", "Lubbers", "Oosterzand", "1935"},
                new String[] {"Cornelis", "Jonker", "Heideveen", "1946"},
                new String[] {"Dina", "Wolters", "Kloosterdijk", "1940"},
                new String[] {"Egbert", "Mulderij", "Oosterzand", "1937"},
                new String[] {"Femmie", "Kuipers", "Heideveen", "1944"},
                new String[] {"Geert", "Hadders", "Kloosterdijk", "1939"},
                new String[] {"Harmke", "Zwiers", "Heideveen", "1950"},
                new String[] {"Hendrik", "Brouwer", "Oosterzand", "1933"},
                new String[] {"Ina", "Wieringa", "Heideveen", "1948"},
                new String[] {"Jakob", "Scheper", "Kloosterdijk", "1942"},
                new String[] {"Janna", "Dijkstra", "Heideveen", "1936"},
                new String[] {"Klaas", "Lanting", "Oosterzand", "1945"},
                new String[] {"Lammechien", "Pol", "Heideveen", "1934"},
                new String[] {"Marten", "Veenstra", "Kloosterdijk", "1949"},
                new String[] {"Neeltje", "Boelens", "Heideveen", "1943"},
                new String[] {"Otto", "Reinders", "Oosterzand", "1952"},
                new String[] {"Petronella", "Knol", "Heideveen", "1939"},
                new String[] {"Roelof", "Hemmes", "Kloosterdijk", "1947"},
                new String[] {"Sientje", "Tiesing", "Heideveen", "1941"},
                new String[] {"Teunis", "Wubbels", "Oosterzand", "1936"},
                new String[] {"Trijntje", "Nijboer", "Heideveen", "1951"},
                new String[] {"Willem", "Eefting", "Kloosterdijk", "1938"},
                new String[] {"Wietske", "Bosma", "Heideveen", "1944"},
                new String[] {"Yvonne", "Drenth", "Oosterzand", "1958"},
                new String[] {"Zwaantje", "Hilbolling", "Heideveen", "1932"},
                new String[] {"Derk", "Steenbergen", "Heideveen", "1940"},
                new String[] {"Grada", "Bruins", "Kloosterdijk", "1946"},
                new String[] {"Lucas", "Moesker", "Oosterzand", "1955"},
                new String[] {"Mina", "Timmer", "Heideveen", "1937"},
                new String[] {"Freerk", "Jalving", "Heideveen", "1942"});
        ClientStatus[] statuses = {ClientStatus.ACTIEF, ClientStatus.ACTIEF, ClientStatus.AANGEMELD,
                ClientStatus.ACTIEF, ClientStatus.AFGESLOTEN};
        for (int i = 0; i < residents.size(); i++) {
            String[] r = residents.get(i);
            LocalDate born = LocalDate.of(Integer.parseInt(r[3]), 1 + (i * 5) % 12, 1 + (i * 7) % 28);
            Client client = new Client(team.getId(), r[0], r[1], born, r[2], today, now);
            client.changeContact("Dorpsstraat " + (3 + i * 2), String.format("79%02d %s", 10 + i % 3,
                    i % 2 == 0 ? "KH" : "LM"), r[2], "0528-" + (260100 + i * 37), null);
            client.changeStatus(statuses[i % statuses.length]);
            clients.save(client);
        }
        // A few residents of another team, to show that teams see only their own clients
        for (String[] r : List.of(new String[] {"Ahmed", "Bouzid", "1949"}, new String[] {"Bep", "van Dam", "1940"},
                new String[] {"Corrie", "Visser", "1945"})) {
            Client client = new Client(otherTeam.getId(), r[0], r[1], LocalDate.of(Integer.parseInt(r[2]), 3, 14),
                    "Zuiderpark", today, now);
            client.changeStatus(ClientStatus.ACTIEF);
            clients.save(client);
        }
        LOG.info("Demo data loaded: team '{}' with {} clients; log in as leefcoach / {}", TEAM_NAME,
                residents.size(), DEMO_PASSWORD);
    }

    private void user(String username, String name, Role role, Team team, Organisation organisation, String hash,
            Instant now) {
        users.save(new AppUser(username, hash, name, role, team, organisation, now));
    }
}
