package nl.samenplan.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import nl.samenplan.client.ClientService.ClientRow;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;

/** Team scoping lives in the service and its query, not in the menu. */
class ClientServiceTest extends KaribuTest {

    @Autowired
    private ClientService clients;

    @Test
    void a_leefcoach_sees_only_the_clients_of_her_own_team() {
        as("leefcoach");
        var page = clients.findClients((String) null, PageRequest.of(0, 100, Sort.by("lastName")));
        assertThat(page.getTotalElements()).as("the 32 demo clients, and those other tests added")
                .isGreaterThanOrEqualTo(32);
        assertThat(page.stream().map(ClientRow::lastName)).contains("Hoekstra").doesNotContain("Bouzid");

        as("leefcoach.zuiderpark");
        var other = clients.findClients((String) null, PageRequest.of(0, 100));
        assertThat(other.stream().map(ClientRow::lastName)).contains("Bouzid", "van Dam", "Visser")
                .doesNotContain("Hoekstra");
    }

    @Test
    void search_and_sort_happen_in_the_database_and_ignore_case_and_accents() {
        as("leefcoach");
        assertThat(clients.findClients("hoek", PageRequest.of(0, 10)).stream().map(ClientRow::fullName))
                .containsExactly("Aaltje Hoekstra");
        assertThat(clients.findClients("Aaltje Hoek", PageRequest.of(0, 10)).getTotalElements()).isEqualTo(1);
        var byDefault = clients.findClients((String) null, PageRequest.of(0, 20)).map(ClientRow::lastName).toList();
        assertThat(byDefault).as("without a chosen sort the list is by last name")
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        var firstPage = clients.findClients((String) null, PageRequest.of(0, 5, Sort.by(Sort.Direction.DESC, "lastName")));
        assertThat(firstPage.getContent()).hasSize(5);
        assertThat(firstPage.map(ClientRow::lastName).toList())
                .isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER.reversed());
    }

    @Test
    void the_manager_and_the_administrator_cannot_read_client_files() {
        as("manager");
        assertThatThrownBy(() -> clients.findClients((String) null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        as("beheerder");
        assertThatThrownBy(() -> clients.findClients((String) null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
        as("vrijwilliger");
        assertThatThrownBy(() -> clients.findClients((String) null, PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private void as(String username) {
        UserDetails user = userDetailsService.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }

    @AfterEach
    void clear() {
        SecurityContextHolder.clearContext();
    }
}
