package nl.samenplan.client;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Set;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.InputValidation;
import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.context.ApplicationEventPublisher;
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
    private final AuditLog auditLog;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    ClientService(ClientRepository clients, AuditLog auditLog, Clock clock, ApplicationEventPublisher events) {
        this.clients = clients;
        this.auditLog = auditLog;
        this.clock = clock;
        this.events = events;
    }

    /** A page of the current user's team's clients, filtered and sorted by the database. */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.CLIENT_LIST_VIEWED)
    public Page<ClientRow> findClients(ClientFilter filter, Pageable pageable) {
        long teamId = CurrentUser.require().requireTeamId();
        ClientFilter f = filter == null ? ClientFilter.NONE : filter;
        LocalDate reviewDueOn = f.reviewDue() ? LocalDate.now(clock) : null;
        return clients.searchInTeam(teamId, nl.samenplan.base.SearchTerm.of(f.search()), f.status(), blankToNull(f.village()),
                reviewDueOn, byNameUnlessSorted(pageable)).map(ClientRow::of);
    }

    /** A page of the current user's team's clients matching a name. */
    @PreAuthorize(Permissions.CLIENT_READ)
    public Page<ClientRow> findClients(String search, Pageable pageable) {
        return findClients(new ClientFilter(search, null, null, false), pageable);
    }

    /** The villages of the team's clients (names of places, nothing of a client): also for the volunteer register. */
    @PreAuthorize(Permissions.TEAM_VILLAGES)
    public List<String> villages() {
        return clients.villagesOfTeam(CurrentUser.require().requireTeamId());
    }

    /**
     * The client file's header and details as a person opens the file (any of its tabs): logged in the access log.
     * A client of another team does not exist for this user, and the attempt is logged as refused.
     */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.CLIENT_FILE_OPENED)
    public ClientDetails open(long clientId) {
        return get(clientId);
    }

    /**
     * The client's details for a service that works on the file (and the team check it makes): not itself an access
     * to log, because the service that asks logs its own read or change.
     */
    @PreAuthorize(Permissions.CLIENT_READ)
    public ClientDetails get(long clientId) {
        return ClientDetails.of(load(clientId), LocalDate.now(clock));
    }

    /**
     * The team check before the plan is written: a client of another team does not exist for this user. Returns
     * nothing of the file, so that the coordinator who matches a volunteer into a plan reads none of it.
     */
    @PreAuthorize(Permissions.PLAN_FOLLOWS)
    public void requireInTeam(long clientId) {
        load(clientId);
    }

    /** Clients of the own team with the same name and date of birth: probably the same person. */
    @PreAuthorize(Permissions.CLIENT_WRITE)
    public List<ClientRow> possibleDuplicates(Long excludeId, String firstName, String lastName, LocalDate dateOfBirth) {
        if (firstName == null || lastName == null || dateOfBirth == null) {
            return List.of();
        }
        return clients.sameNameAndBirthDate(CurrentUser.require().requireTeamId(), firstName.strip(),
                        lastName.strip(), dateOfBirth).stream()
                .filter(c -> !c.getId().equals(excludeId)).map(ClientRow::of).toList();
    }

    @PreAuthorize(Permissions.CLIENT_WRITE)
    @Transactional
    public long create(ClientData data) {
        InputValidation.require(data);
        LocalDate today = LocalDate.now(clock);
        Client client = new Client(CurrentUser.require().requireTeamId(), data.firstName(), data.lastName(),
                data.dateOfBirth(), data.village(), today, clock.instant());
        client.change(data, today);
        client = clients.save(client);
        auditLog.record(client.getId(), "history.client.created", client.getFullName());
        if (client.isClosed()) {
            events.publishEvent(new ClientFileClosed(client.getId(), client.getTeamId()));
        }
        return client.getId();
    }

    /**
     * Changes the client's details. Setting the status to afgesloten closes the file: the day is recorded, the work
     * still to do for the client ends ({@link ClientFileClosed}) and from then on the file is read-only.
     */
    @PreAuthorize(Permissions.CLIENT_WRITE)
    @Transactional
    public ClientDetails update(long clientId, long expectedVersion, ClientData data) {
        InputValidation.require(data);
        Client client = load(clientId);
        client.requireOpen();
        if (client.getVersion() != expectedVersion) {
            throw new BusinessRuleException("error.concurrentChange");
        }
        ClientData before = client.data();
        client.change(data, LocalDate.now(clock));
        String changed = ClientChanges.between(before, client.data());
        if (!changed.isEmpty()) {
            auditLog.record(clientId, "history.client.changed", changed);
        }
        if (client.isClosed()) {
            auditLog.record(clientId, "history.client.closed", nl.samenplan.base.DutchFormats.date(client.getClosedOn()));
            events.publishEvent(new ClientFileClosed(clientId, client.getTeamId()));
        }
        clients.flush();
        return ClientDetails.of(client, LocalDate.now(clock));
    }

    /**
     * Opens a closed file again, for the roles that own plans: the client is active again, the retention term no
     * longer runs, and the history says who reopened it. An anonymised file cannot be reopened.
     */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public ClientDetails reopen(long clientId, long expectedVersion) {
        Client client = load(clientId);
        if (client.getVersion() != expectedVersion) {
            throw new BusinessRuleException("error.concurrentChange");
        }
        client.reopen();
        auditLog.record(clientId, "history.client.reopened", null);
        clients.flush();
        return ClientDetails.of(client, LocalDate.now(clock));
    }

    /**
     * The plan tells the client record its next review date, for the list's "review due" filter. Any
     * save of the plan does, also the coordinator's match of a volunteer (hence not only plan writers).
     */
    @PreAuthorize(Permissions.PLAN_FOLLOWS)
    @Transactional
    public void recordPlanReviewDate(long clientId, LocalDate reviewDate) {
        load(clientId).recordPlanReviewDate(reviewDate); // refused for a closed file
    }

    /**
     * The plan tells the client record what follows from it, so that nobody types it again: the funding domains of
     * its professional care in force, and whether the client agreed with the plan (a registered client is then
     * active). Called with every save of the plan and every decision on an indication.
     */
    @PreAuthorize(Permissions.PLAN_FOLLOWS)
    @Transactional
    public void recordPlanFacts(long clientId, boolean planAgreed, Set<FundingDomain> domains) {
        Client client = load(clientId);
        ClientData was = client.data();
        if (client.followPlan(planAgreed, domains == null ? Set.of() : domains)) {
            String changed = ClientChanges.between(was, client.data());
            if (!changed.isEmpty()) {
                auditLog.record(clientId, "history.client.followsPlan", changed);
            }
        }
    }

    /**
     * The privacy officer's search for a client across all teams (the officer has no team): name, date of birth,
     * village and team, nothing of the file; logged as a list read.
     */
    @PreAuthorize(Permissions.PRIVACY_OFFICE)
    @LogsAccess(AccessEventType.CLIENT_LIST_VIEWED)
    public Page<FoundClient> findInAllTeams(String search, Pageable pageable) {
        Pageable unsorted = pageable.isPaged() ? PageRequest.of(pageable.getPageNumber(), pageable.getPageSize())
                : pageable;
        return clients.searchAllTeams(nl.samenplan.base.SearchTerm.of(search), unsorted);
    }

    /**
     * Whom an access report or an export is about: the client's name, date of birth and team. For the own team's
     * clients, and for the privacy officer every team's; the report checks the plan owner on top. Other features'
     * export reads call it as their scope check. Not logged itself: the report and the export that call it are.
     */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    public ReportSubject reportSubject(long clientId) {
        return ReportSubject.of(reportable(clientId));
    }

    /** The client's details for the export of everything held on them (AVG art. 15 and 20). */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @LogsAccess(AccessEventType.DATA_EXPORTED)
    public ClientDetails exportDetails(long clientId) {
        return ClientDetails.of(reportable(clientId), LocalDate.now(clock));
    }

    private Client reportable(long clientId) {
        return ReportScope.require(clients, clientId);
    }

    private Client load(long clientId) {
        return clients.findByIdAndTeamId(clientId, CurrentUser.require().requireTeamId())
                .orElseThrow(() -> new BusinessRuleException("error.client.notFound"));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Pageable byNameUnlessSorted(Pageable pageable) {
        if (pageable.isUnpaged() || pageable.getSort().isSorted()) {
            return pageable;
        }
        return PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("lastName", "firstName"));
    }

    /** The list's filters; all applied in the database. */
    public record ClientFilter(String search, ClientStatus status, String village, boolean reviewDue) {
        public static final ClientFilter NONE = new ClientFilter(null, null, null, false);
    }

    /** A client row of the current user's team, as the list shows it. */
    public record ClientRow(long id, String firstName, String lastName, LocalDate dateOfBirth, String village,
            ClientStatus status, LocalDate planReviewDate) {

        static ClientRow of(Client client) {
            return new ClientRow(client.getId(), client.getFirstName(), client.getLastName(),
                    client.getDateOfBirth(), client.getVillage(), client.getStatus(), client.getPlanReviewDate());
        }

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    /** A client found by the privacy officer's search: enough to pick the right person, nothing of the file. */
    public record FoundClient(long id, String firstName, String lastName, LocalDate dateOfBirth, String village,
            String teamName) {

        public String fullName() {
            return firstName + " " + lastName;
        }
    }

    /** Whom a report is about. */
    public record ReportSubject(long id, String fullName, LocalDate dateOfBirth, String village, long teamId) {

        static ReportSubject of(Client client) {
            return new ReportSubject(client.getId(), client.getFullName(), client.getDateOfBirth(),
                    client.getVillage(), client.getTeamId());
        }
    }

    /** Everything the client file shows about the client. */
    public record ClientDetails(long id, long version, ClientData data, int age, LocalDate planReviewDate,
            LocalDate closedOn, boolean anonymised) {

        static ClientDetails of(Client client, LocalDate today) {
            return new ClientDetails(client.getId(), client.getVersion(), client.data(),
                    Period.between(client.getDateOfBirth(), today).getYears(), client.getPlanReviewDate(),
                    client.getClosedOn(), client.getAnonymisedOn() != null);
        }

        /** A closed file is read-only: the screens show no edit actions. */
        public boolean closed() {
            return data.status() == ClientStatus.AFGESLOTEN;
        }

        public String fullName() {
            return data.firstName() + " " + data.lastName();
        }

        public Set<FundingDomain> fundingDomains() {
            return data.fundingDomains();
        }
    }
}
