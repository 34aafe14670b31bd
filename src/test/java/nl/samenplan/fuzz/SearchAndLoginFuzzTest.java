package nl.samenplan.fuzz;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.security.UserAdminService.UserRow;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders;

/**
 * The search boxes and the login form under hostile input. A search finds what was typed, literally: "%" and "_"
 * are characters, not wildcards; hostile text never makes an error, never renders as markup; the login form
 * refuses every hostile name and password with its own Dutch page, never a server error.
 */
class SearchAndLoginFuzzTest extends FuzzTest {

    /** Searches whose characters mean something to a database. */
    private static final List<String> WILDCARDS = List.of("%", "_", "!", "'", "\\", "%%", "_%_");

    @Test
    void theClientSearchFindsLiterallyWhatWasTypedAndNeverBreaks() {
        login(LEEFCOACH);
        List<String> names = new ArrayList<>(List.of("Honderd%Zeker", "de_Vries", "Uitroep!teken", "O'Brien",
                "Back\\slash"));
        Hostile.texts(nl.samenplan.client.ClientLimits.LAST_NAME).stream().map(Hostile.Text::value).filter(v -> !v.isBlank() && v.strip().length() <= nl.samenplan.client.ClientLimits.LAST_NAME)
                .map(String::strip).forEach(names::add);
        for (String name : names) {
            clients.create(new ClientData("Zoek", name, LocalDate.of(1941, 3, 4), null, null, "Fuzzdorp", null, null,
                    ClientStatus.ACTIEF, Set.of(), null, null));
        }
        int cases = 0;
        for (String name : names) {
            var found = clients.findClients(name, PageRequest.of(0, 50)).getContent();
            assertThat(found).as("searching \"" + name + "\"").anyMatch(r -> r.lastName().equals(name));
            cases++;
        }
        for (String typed : WILDCARDS) {
            var found = clients.findClients(typed, PageRequest.of(0, 500)).getContent();
            if (typed.length() == 1) {
                assertThat(found).as("the client with \"" + typed + "\" in her name").isNotEmpty();
            }
            assertThat(found).as("\"" + typed + "\" is a character, not a wildcard")
                    .allMatch(r -> (r.firstName() + " " + r.lastName() + " " + r.village()).contains(typed.strip()));
            cases++;
        }
        cases += searchInTheView("clienten", "client-search", names);
        Fuzzer.TALLY.merge("Zoeken in cliënten", cases, Integer::sum);
        System.out.println("Client search: " + cases + " cases");
    }

    @Test
    void theUserSearchOfTheBeheerderTakesHostileTextLiterally() {
        login("beheerder");
        int cases = 0;
        for (String typed : WILDCARDS) {
            List<UserRow> found = userAdmin.findUsers(typed, PageRequest.of(0, 500)).getContent();
            assertThat(found).as("\"" + typed + "\" matches no user name or display name").allMatch(
                    u -> (u.username() + " " + u.displayName()).contains(typed));
            cases++;
        }
        cases += searchInTheView("beheer/gebruikers", "user-search", List.of());
        Fuzzer.TALLY.merge("Zoeken in gebruikers", cases, Integer::sum);
    }

    @Test
    void theVolunteerSearchOfTheCoordinatorNeverBreaks() {
        login(COORDINATOR);
        int cases = searchInTheView("vrijwilligers", "volunteer-search", List.of());
        Fuzzer.TALLY.merge("Zoeken in vrijwilligers", cases, Integer::sum);
    }

    @Test
    void theLoginFormRefusesEveryHostileNameAndPasswordWithItsOwnPage() throws Exception {
        int cases = 0;
        List<String> values = new ArrayList<>(WILDCARDS);
        Hostile.texts(255).forEach(t -> values.add(t.value()));
        SecurityContext own = SecurityContextHolder.getContext();
        SecurityContextHolder.clearContext();
        try {
            for (String value : values) {
                mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user(value).password("samenplan"))
                        .andExpect(redirectedUrl("/login?error"));
                mvc.perform(SecurityMockMvcRequestBuilders.formLogin("/login").user("leefcoach").password(value))
                        .andExpect(redirectedUrl("/login?error"));
                cases += 2;
            }
        } finally {
            SecurityContextHolder.setContext(own);
        }
        Fuzzer.TALLY.merge("Inloggen", cases, Integer::sum);
    }

    /**
     * Types every hostile text into the view's search box and reads what the grid shows: no error message, no
     * markup, and the rows of a search for one of {@code names} include it.
     */
    @SuppressWarnings("unchecked")
    private int searchInTheView(String route, String fieldId, List<String> names) {
        navigate(route);
        TextField search = _get(TextField.class, spec -> spec.withId(fieldId));
        Grid<Object> grid = _get(Grid.class, spec -> { });
        List<String> typed = new ArrayList<>(WILDCARDS);
        Hostile.texts(Math.max(search.getMaxLength(), 80)).forEach(t -> typed.add(t.value()));
        int cases = 0;
        for (String value : typed) {
            NotificationsKt.clearNotifications();
            HasValueUtilsKt._setValue(search, value);
            int rows = GridKt._size(grid);
            List<String> shown = new ArrayList<>();
            for (int i = 0; i < Math.min(rows, 20); i++) {
                shown.add(String.join(" ", GridKt._getFormattedRow(grid, i)));
            }
            String what = route + ", search \"" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "\"";
            for (Notification n : NotificationsKt.getNotifications()) {
                assertThat(n.getElement().getTextRecursively()).as(what).doesNotContain("Er ging iets mis");
            }
            assertThat(grid.getElement().getProperty("innerHTML", "")).as(what).doesNotContain("<script", "<img");
            if (names.contains(value.strip()) && value.strip().length() <= search.getMaxLength()) {
                assertThat(String.join("\n", shown)).as(what + " shows it").contains(value.strip());
            }
            cases++;
        }
        return cases;
    }
}
