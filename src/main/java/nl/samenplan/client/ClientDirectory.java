package nl.samenplan.client;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The least client data that other features need to do their work: the team a client belongs to,
 * where to go for a visit, and who the network members are. For the application's own jobs and for
 * services that have checked access already (the task service shows a volunteer only the clients of
 * their own tasks); it checks no access itself and never returns a client file.
 */
@Component
@Transactional(readOnly = true)
public class ClientDirectory {

    /** The message of every refused change to a closed file. */
    public static final String CLOSED = "error.client.closed";

    private final ClientRepository clients;
    private final NetworkMemberRepository members;
    private final ConsentRepository consents;

    ClientDirectory(ClientRepository clients, NetworkMemberRepository members, ConsentRepository consents) {
        this.clients = clients;
        this.members = members;
        this.consents = consents;
    }

    /**
     * Whether the client has an active consent to share their data with the team's volunteers: without it no task
     * with the client's address goes to a volunteer (the nightly task run asks, outside any user's session).
     */
    public boolean sharesWithVolunteers(long clientId) {
        return consents.active(clientId, ConsentRecipient.VOLUNTEERS, null);
    }

    /** The client's team, and whether the client's file is closed (no new work then). */
    public Optional<Placement> placement(long clientId) {
        return clients.findById(clientId)
                .map(c -> new Placement(c.getTeamId(), c.getStatus() == ClientStatus.AFGESLOTEN));
    }

    /** Which of these clients have a closed file, in one query. */
    public java.util.Set<Long> closed(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return java.util.Set.of();
        }
        return clients.findAllById(clientIds).stream().filter(c -> c.getStatus() == ClientStatus.AFGESLOTEN)
                .map(Client::getId).collect(Collectors.toSet());
    }

    /**
     * The one guard of a closed file, called by every service that changes something of a client's file (network,
     * check-ins, plan, needs, tasks, MDO, waiting list): a closed file is read-only. A client that does not exist
     * passes: the caller's own team check says so.
     */
    public void requireOpen(long clientId) {
        if (clients.existsByIdAndStatus(clientId, ClientStatus.AFGESLOTEN)) {
            throw new nl.samenplan.base.BusinessRuleException(CLOSED);
        }
    }

    /** Where a client belongs. */
    public record Placement(long teamId, boolean closed) {
    }

    /** Name and address of each client, in one query. */
    public Map<Long, Visit> visits(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        return clients.findAllById(clientIds).stream().map(c -> new Visit(c.getId(), c.getFirstName(),
                        c.getLastName(), c.data().address(), c.data().postcode(), c.getVillage()))
                .collect(Collectors.toMap(Visit::clientId, Function.identity()));
    }

    /** The client's network members by id: name and relation. */
    public Map<Long, Member> networkMembers(long clientId) {
        return members.findByClientIdOrderByIdAsc(clientId).stream()
                .map(m -> new Member(m.getId(), m.getName(), m.getRelation()))
                .collect(Collectors.toMap(Member::id, Function.identity()));
    }

    /**
     * The client's network members with what the support ladder weighs (what they can help with, when, whether they
     * are a caregiver and their last burden score): for the rules that route a need, never for a screen. The
     * coordinator's matching asks the ladder through this, and shows only the volunteer rung of what it answers.
     */
    public List<Helper> helpers(long clientId) {
        return members.findByClientIdOrderByIdAsc(clientId).stream()
                .map(m -> new Helper(m.getId(), m.getName(), m.data())).toList();
    }

    /** A network member as the ladder weighs them. */
    public record Helper(long id, String name, NetworkMemberData data) {
    }

    /** Where a visit goes: the client's name and address. */
    public record Visit(long clientId, String firstName, String lastName, String address, String postcode,
            String village) {

        public String fullName() {
            return firstName + " " + lastName;
        }

        /** Street, postcode and village as one line. */
        public String addressLine() {
            return java.util.stream.Stream.of(address, postcode, village).filter(p -> p != null && !p.isBlank())
                    .collect(Collectors.joining(", "));
        }
    }

    /** A network member as a task names them. */
    public record Member(long id, String name, Relation relation) {
    }
}
