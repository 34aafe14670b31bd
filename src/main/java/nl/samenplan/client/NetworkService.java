package nl.samenplan.client;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import java.time.Clock;
import java.util.List;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.Changed;
import nl.samenplan.base.InputValidation;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The client's own network: asked about first, before any professional help. */
@Service
@Transactional(readOnly = true)
public class NetworkService {

    private final NetworkMemberRepository members;
    private final ClientRepository clients;
    private final AuditLog auditLog;
    private final List<SupportProviders> supportProviders;
    private final Clock clock;

    private final ClientDirectory directory;

    NetworkService(NetworkMemberRepository members, ClientRepository clients, AuditLog auditLog,
            List<SupportProviders> supportProviders, Clock clock, ClientDirectory directory) {
        this.directory = directory;
        this.members = members;
        this.clients = clients;
        this.auditLog = auditLog;
        this.supportProviders = supportProviders;
        this.clock = clock;
    }

    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.NETWORK_VIEWED)
    public List<Member> members(long clientId) {
        checkTeam(clientId);
        return members.findByClientIdOrderByIdAsc(clientId).stream().map(Member::of).toList();
    }

    /** The client's network for the export of everything held on the client (AVG art. 15 and 20). */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @nl.samenplan.base.access.LogsAccess(nl.samenplan.base.access.AccessEventType.DATA_EXPORTED)
    public List<Member> exportMembers(long clientId) {
        ReportScope.require(clients, clientId);
        return members.findByClientIdOrderByIdAsc(clientId).stream().map(Member::of).toList();
    }

    /** Volunteers, general provisions and professionals around the client, for the outer ring. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public List<SupportProviders.Provider> providers(long clientId) {
        checkTeam(clientId);
        return supportProviders.stream().flatMap(p -> p.providersOf(clientId).stream()).toList();
    }

    @PreAuthorize(Permissions.CLIENT_WRITE)
    @Transactional
    public Member add(long clientId, NetworkMemberData data) {
        InputValidation.require(data);
        checkTeam(clientId);
        directory.requireOpen(clientId);
        NetworkMember member = new NetworkMember(clientId, clock.instant());
        member.change(data, java.time.LocalDate.now(clock));
        member.changedBy(CurrentUser.require().displayName());
        member = members.save(member);
        auditLog.record(clientId, "history.network.added", member.getName());
        return Member.of(member);
    }

    @PreAuthorize(Permissions.CLIENT_WRITE)
    @Transactional
    public Member update(long memberId, long expectedVersion, NetworkMemberData data) {
        InputValidation.require(data);
        NetworkMember member = load(memberId);
        directory.requireOpen(member.getClientId());
        if (member.getVersion() != expectedVersion) {
            throw Changed.meanwhile("error.network.changed", member.getChangedBy());
        }
        member.change(data, java.time.LocalDate.now(clock));
        member.changedBy(CurrentUser.require().displayName());
        auditLog.record(member.getClientId(), "history.network.changed", member.getName());
        flushOrRefuse("error.network.changed");
        return Member.of(member);
    }

    /**
     * Removes a naaste (and their check-ins) from the network. {@code expectedVersion} is the version the user saw:
     * if someone changed the member since (edited them, recorded a check-in), nothing is removed and the user is
     * told who. A naaste named in an agreement of the plan is never removed: the agreement would lose who does
     * it. The database's foreign key from the agreement says the same when a plan is saved at this very moment.
     */
    @PreAuthorize(Permissions.CLIENT_WRITE)
    @Transactional
    public void remove(long memberId, long expectedVersion) {
        NetworkMember member = load(memberId);
        directory.requireOpen(member.getClientId());
        if (member.getVersion() != expectedVersion) {
            throw Changed.meanwhile("error.network.changedBeforeRemove", member.getChangedBy(), member.getName());
        }
        if (supportProviders.stream().anyMatch(p -> p.isNamedInAgreements(memberId))) {
            throw new BusinessRuleException("error.network.hasAgreements", member.getName());
        }
        members.delete(member);
        try {
            members.flush();
        } catch (DataIntegrityViolationException e) {
            throw new BusinessRuleException("error.network.hasAgreements", member.getName());
        } catch (OptimisticLockingFailureException e) {
            throw Changed.meanwhile("error.network.changedBeforeRemove", null, member.getName());
        }
        auditLog.record(member.getClientId(), "history.network.removed", member.getName());
    }

    /** Writes now, so that a change by someone else in the last instant is refused and told, not at commit. */
    private void flushOrRefuse(String key) {
        try {
            members.flush();
        } catch (OptimisticLockingFailureException e) {
            throw Changed.meanwhile(key, null);
        }
    }

    private NetworkMember load(long memberId) {
        NetworkMember member = members.findById(memberId)
                .orElseThrow(() -> new BusinessRuleException("error.network.notFound"));
        BusinessRuleException.asMissing("error.network.notFound", () -> checkTeam(member.getClientId()));
        return member;
    }

    private void checkTeam(long clientId) {
        if (clients.findByIdAndTeamId(clientId, CurrentUser.require().requireTeamId()).isEmpty()) {
            throw new BusinessRuleException("error.client.notFound");
        }
    }

    /** A network member as the screens show it. */
    public record Member(long id, long version, long clientId, NetworkMemberData data) {
        static Member of(NetworkMember member) {
            return new Member(member.getId(), member.getVersion(), member.getClientId(), member.data());
        }

        public String name() {
            return data.name();
        }
    }
}
