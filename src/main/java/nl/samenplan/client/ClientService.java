package nl.samenplan.client;

import java.time.LocalDate;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Client records, always scoped to the team of the person asking. */
@Service
@Transactional(readOnly = true)
public class ClientService {

    private final ClientRepository clients;

    ClientService(ClientRepository clients) {
        this.clients = clients;
    }

    /** A page of the current user's team's clients, filtered and sorted by the database. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public Page<ClientRow> findClients(String search, Pageable pageable) {
        long teamId = CurrentUser.require().requireTeamId();
        String term = search == null || search.isBlank() ? null : search.strip();
        return clients.searchInTeam(teamId, term, byNameUnlessSorted(pageable)).map(ClientRow::of);
    }

    private static Pageable byNameUnlessSorted(Pageable pageable) {
        if (pageable.isUnpaged() || pageable.getSort().isSorted()) {
            return pageable;
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("lastName", "firstName"));
    }

    /** A client row of the current user's team, as the list shows it. */
    public record ClientRow(long id, String firstName, String lastName, LocalDate dateOfBirth, String village,
            ClientStatus status) {

        static ClientRow of(Client client) {
            return new ClientRow(client.getId(), client.getFirstName(), client.getLastName(),
                    client.getDateOfBirth(), client.getVillage(), client.getStatus());
        }

        public String fullName() {
            return firstName + " " + lastName;
        }
    }
}
