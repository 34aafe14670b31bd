package nl.samenplan.waitinglist;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.Changed;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.InputValidation;
import nl.samenplan.client.ClientDirectory;
import nl.samenplan.client.ClientService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The team's nursing-home waiting list: put a client on it, change the status, take them off with a
 * reason; every change dated and kept. A client is on it at most once at a time, but may come back.
 */
@Service
@Transactional(readOnly = true)
public class WaitingListService {

    private final WaitingListRepository entries;
    private final WaitingListEventRepository events;
    private final ClientService clients;
    private final ClientDirectory directory;
    private final AuditLog auditLog;
    private final Clock clock;
    private final TransactionTemplate writes;

    /** How often putting a client on the list is tried when the database ends it as a deadlock. */
    static final int ATTEMPTS = 3;

    WaitingListService(WaitingListRepository entries, WaitingListEventRepository events, ClientService clients,
            ClientDirectory directory, AuditLog auditLog, Clock clock, PlatformTransactionManager transactions) {
        this.writes = new TransactionTemplate(transactions);
        this.entries = entries;
        this.events = events;
        this.clients = clients;
        this.directory = directory;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The client's periods on the list, newest first, each with its dated history. */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.WAITING_LIST_VIEWED)
    public List<EntryView> ofClient(long clientId) {
        clients.get(clientId); // team check
        return periods(clientId);
    }

    /** The client's periods on the list, for the export of everything held on the client (AVG art. 15 and 20). */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @nl.samenplan.base.access.LogsAccess(nl.samenplan.base.access.AccessEventType.DATA_EXPORTED)
    public List<EntryView> exportPeriods(long clientId) {
        clients.reportSubject(clientId);
        return periods(clientId);
    }

    private List<EntryView> periods(long clientId) {
        List<WaitingListEntry> all = entries.findByClientIdOrderByPlacedOnDesc(clientId);
        Map<Long, List<EventLine>> history = events.findByEntryIdInOrderByOnDateAscIdAsc(
                        all.stream().map(WaitingListEntry::getId).toList()).stream()
                .collect(Collectors.groupingBy(WaitingListEvent::getEntryId, Collectors.mapping(
                        e -> new EventLine(e.getOnDate(), e.getStatus(), e.getLeaveReason(), e.getNote(),
                                e.getByName()), Collectors.toList())));
        return all.stream().map(e -> view(e, history.getOrDefault(e.getId(), List.of()))).toList();
    }

    /** The period the client is on the list now, if any. */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.WAITING_LIST_VIEWED)
    public Optional<EntryView> current(long clientId) {
        return ofClient(clientId).stream().filter(EntryView::open).findFirst();
    }

    /**
     * Puts the client on the list: not while they are on it, and not from before their previous period ended. The
     * database holds the same rules (Liquibase 015). Its check of overlapping periods reads, and so locks, the
     * periods around the client's; when two people put clients on the list at the very same moment, InnoDB may
     * end one of the two transactions as a deadlock. That one is tried again in a new transaction, where it sees
     * what the other stored: the user gets the result or a Dutch message, never a server error.
     */
    @PreAuthorize(Permissions.CLIENT_WRITE)
    @Transactional(propagation = Propagation.SUPPORTS)
    public long putOn(long clientId, WaitingListData data, String note) {
        InputValidation.require(data);
        InputValidation.require(new WaitingListNote(null, note));
        if (TransactionSynchronizationManager.isActualTransactionActive()) {
            return place(clientId, data, note); // part of the caller's transaction (the demo data): no retry
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return writes.execute(status -> place(clientId, data, note));
            } catch (PessimisticLockingFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw new BusinessRuleException("error.waitinglist.busy");
                }
            }
        }
    }

    private long place(long clientId, WaitingListData data, String note) {
        var client = clients.get(clientId);
        directory.requireOpen(clientId);
        if (entries.openOf(clientId).isPresent()) {
            throw new BusinessRuleException("error.waitinglist.alreadyOn");
        }
        Optional<LocalDate> previousEnd = entries.lastLeftOn(clientId);
        if (data.placedOn() != null && previousEnd.isPresent() && data.placedOn().isBefore(previousEnd.get())) {
            throw new BusinessRuleException("error.waitinglist.beforePreviousEnded",
                    DutchFormats.date(previousEnd.get()));
        }
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        WaitingListEntry entry = WaitingListConstraints.guard(() -> entries.saveAndFlush(new WaitingListEntry(
                CurrentUser.require().requireTeamId(), clientId, client.data().village(), data, today, now)));
        events.save(new WaitingListEvent(entry.getId(), entry.getPlacedOn(), entry.getStatus(), null, note,
                CurrentUser.require().displayName(), now));
        auditLog.record(clientId, "history.waitinglist.placed", typeName(entry));
        return entry.getId();
    }

    @PreAuthorize(Permissions.CLIENT_WRITE)
    @Transactional
    public void changeStatus(long entryId, long expectedVersion, WaitingStatus status, LocalDate on, String note) {
        InputValidation.require(new WaitingListNote(on, note));
        WaitingListEntry entry = load(entryId, expectedVersion);
        entry.changeStatus(status, on, LocalDate.now(clock));
        events.save(new WaitingListEvent(entryId, on, status, null, note, CurrentUser.require().displayName(),
                clock.instant()));
        auditLog.record(entry.getClientId(), "history.waitinglist.status", status.name());
    }

    @PreAuthorize(Permissions.CLIENT_WRITE)
    @Transactional
    public void leave(long entryId, long expectedVersion, LeaveReason reason, LocalDate on, String note) {
        InputValidation.require(new WaitingListNote(on, note));
        WaitingListEntry entry = load(entryId, expectedVersion);
        entry.leave(reason, on, LocalDate.now(clock));
        events.save(new WaitingListEvent(entryId, on, WaitingStatus.AFGEMELD, reason, note,
                CurrentUser.require().displayName(), clock.instant()));
        auditLog.record(entry.getClientId(), "history.waitinglist.left", reason.name());
    }

    /** The team's list page: who is on it (or was), filtered and sorted by the database; longest waiting first. */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.CLIENT_LIST_VIEWED)
    public Page<ListRow> list(ListFilter filter, Pageable pageable) {
        ListFilter f = filter == null ? ListFilter.NOW : filter;
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("placedOn", "id"));
        Page<WaitingListEntry> page = entries.inTeam(CurrentUser.require().requireTeamId(), f.includeLeft(),
                f.status(), f.type(), f.village() == null || f.village().isBlank() ? null : f.village(), sorted);
        Map<Long, ClientDirectory.Visit> names = directory.visits(
                page.getContent().stream().map(WaitingListEntry::getClientId).collect(Collectors.toSet()));
        LocalDate today = LocalDate.now(clock);
        return new PageImpl<>(page.getContent().stream().map(e -> {
            ClientDirectory.Visit v = names.get(e.getClientId());
            LocalDate end = e.getLeftOn() == null ? today : e.getLeftOn();
            return new ListRow(e.getId(), e.getClientId(), v == null ? "" : v.fullName(), e.getVillage(), e.getType(),
                    e.getUrgency(), e.getPlacedOn(), e.getStatus(), e.getStatusSince(), e.getLeaveReason(),
                    java.time.temporal.ChronoUnit.DAYS.between(e.getPlacedOn(), end));
        }).toList(), sorted, page.getTotalElements());
    }

    private WaitingListEntry load(long entryId, long expectedVersion) {
        WaitingListEntry entry = entries.findById(entryId)
                .orElseThrow(() -> new BusinessRuleException("error.waitinglist.notFound"));
        BusinessRuleException.asMissing("error.waitinglist.notFound", () -> clients.get(entry.getClientId()));
        directory.requireOpen(entry.getClientId());
        if (entry.getVersion() != expectedVersion) {
            String by = events.findFirstByEntryIdOrderByAtDescIdDesc(entryId).map(WaitingListEvent::getByName)
                    .orElse(null);
            throw Changed.meanwhile("error.waitinglist.changed", by);
        }
        return entry;
    }

    private static String typeName(WaitingListEntry entry) {
        return entry.getType().name();
    }

    private static EntryView view(WaitingListEntry e, List<EventLine> history) {
        return new EntryView(e.getId(), e.getVersion(), e.getType(), e.getUrgency(), e.getIndicationDate(),
                e.getPlacedOn(), e.getStatus(), e.getStatusSince(), e.getLeftOn(), e.getLeaveReason(), history);
    }

    /** One period on the list, with its history. */
    public record EntryView(long id, long version, WaitingListType type, WaitingUrgency urgency,
            LocalDate indicationDate, LocalDate placedOn, WaitingStatus status, LocalDate statusSince, LocalDate leftOn,
            LeaveReason leaveReason, List<EventLine> history) {

        public boolean open() {
            return leftOn == null;
        }
    }

    /** A dated status change. */
    public record EventLine(LocalDate on, WaitingStatus status, LeaveReason reason, String note, String by) {
    }

    /** The list page's filters. */
    public record ListFilter(boolean includeLeft, WaitingStatus status, WaitingListType type, String village) {
        public static final ListFilter NOW = new ListFilter(false, null, null, null);
    }

    /** A row of the team's list page. */
    public record ListRow(long entryId, long clientId, String clientName, String village, WaitingListType type,
            WaitingUrgency urgency, LocalDate placedOn, WaitingStatus status, LocalDate statusSince,
            LeaveReason leaveReason, long daysWaiting) {
    }
}
