package nl.samenplan.client;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.InputValidation;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mantelzorgbelasting: the short, regular check-ins of a client's caregivers, their trend, and who needs the team's
 * attention (overburdened, rising, or a check-in due). Always scoped to the team of the person asking.
 */
@Service
@Transactional(readOnly = true)
public class BurdenCheckInService {

    private final BurdenCheckInRepository checkIns;
    private final NetworkMemberRepository members;
    private final ClientRepository clients;
    private final SettingsService settings;
    private final AuditLog auditLog;
    private final Clock clock;
    private final jakarta.persistence.EntityManager entityManager;

    private final ClientDirectory directory;

    BurdenCheckInService(BurdenCheckInRepository checkIns, NetworkMemberRepository members, ClientRepository clients,
            SettingsService settings, AuditLog auditLog, Clock clock, jakarta.persistence.EntityManager entityManager,
            ClientDirectory directory) {
        this.directory = directory;
        this.entityManager = entityManager;
        this.checkIns = checkIns;
        this.members = members;
        this.clients = clients;
        this.settings = settings;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** The client's mantelzorgers with their check-ins (oldest first), flags and next check-in. */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.CHECKINS_VIEWED)
    public List<Caregiver> caregivers(long clientId) {
        checkTeam(clientId);
        List<NetworkMember> caregivers = members.findByClientIdOrderByIdAsc(clientId).stream()
                .filter(NetworkMember::isCaregiver).toList();
        return caregivers(caregivers, checkIns.findByClientIdOrderByCheckedInOnAscIdAsc(clientId));
    }

    /** The client's mantelzorgers with all their check-ins, for the export of everything held on the client. */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @nl.samenplan.base.access.LogsAccess(nl.samenplan.base.access.AccessEventType.DATA_EXPORTED)
    public List<Caregiver> exportCaregivers(long clientId) {
        ReportScope.require(clients, clientId);
        List<NetworkMember> caregivers = members.findByClientIdOrderByIdAsc(clientId).stream()
                .filter(NetworkMember::isCaregiver).toList();
        return caregivers(caregivers, checkIns.findByClientIdOrderByCheckedInOnAscIdAsc(clientId));
    }

    /**
     * Records a check-in with or for a mantelzorger. The newest check-in's score becomes the caregiver's current
     * burden (which the router reads); the interval is kept for the next one. Written in the client's history.
     */
    @PreAuthorize(Permissions.CLIENT_WRITE)
    @Transactional
    public Caregiver record(long memberId, BurdenCheckInData data) {
        InputValidation.require(data);
        NetworkMember member = members.findById(memberId)
                .orElseThrow(() -> new BusinessRuleException("error.network.notFound"));
        BusinessRuleException.asMissing("error.network.notFound", () -> checkTeam(member.getClientId()));
        directory.requireOpen(member.getClientId());
        CurrentUser user = CurrentUser.require();
        BurdenCheckIn checkIn = new BurdenCheckIn(member, data, LocalDate.now(clock), clock.instant(),
                user.displayName());
        List<BurdenCheckIn> earlier = checkIns.findByNetworkMemberIdOrderByCheckedInOnAscIdAsc(memberId);
        boolean newest = earlier.stream().noneMatch(c -> c.getCheckedInOn().isAfter(checkIn.getCheckedInOn()));
        member.recordCheckIn(checkIn.getScore(), newest, data.intervalWeeks());
        // a check-in is a change of the member, also when score and interval stay the same: whoever saw the
        // member before it (to remove or edit them) is told, instead of removing it with the member unseen
        member.changedBy(user.displayName());
        entityManager.lock(member, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        checkIns.save(checkIn);
        auditLog.record(member.getClientId(), "history.checkIn.recorded", member.getName() + ": "
                + checkIn.getScore() + "/10 (" + DutchFormats.date(checkIn.getCheckedInOn()) + ")");
        members.flush();
        return caregivers(List.of(member), checkIns.findByNetworkMemberIdOrderByCheckedInOnAscIdAsc(memberId))
                .get(0);
    }

    /**
     * The caregivers among these clients (of the own team, not closed) who need attention: flagged, or a check-in
     * due. For the landing page of the plan owner.
     */
    @PreAuthorize(Permissions.CLIENT_READ)
    public List<Notice> needingAttention(Collection<Long> clientIds) {
        if (clientIds.isEmpty()) {
            return List.of();
        }
        Map<Long, Client> own = clients.findByIdInAndTeamIdAndStatusNot(clientIds,
                CurrentUser.require().requireTeamId(), ClientStatus.AFGESLOTEN).stream()
                .collect(Collectors.toMap(Client::getId, Function.identity()));
        if (own.isEmpty()) {
            return List.of();
        }
        List<Caregiver> caregivers = caregivers(members.findByClientIdInAndCaregiverTrueOrderByIdAsc(own.keySet()),
                checkIns.findByClientIdInOrderByCheckedInOnAscIdAsc(own.keySet()));
        return caregivers.stream().filter(c -> c.flagged() || c.due())
                .map(c -> new Notice(c.clientId(), own.get(c.clientId()).getFullName(), c))
                .sorted(Comparator.comparing((Notice n) -> !n.caregiver().flagged())
                        .thenComparing(Notice::clientName).thenComparing(n -> n.caregiver().name()))
                .toList();
    }

    private List<Caregiver> caregivers(List<NetworkMember> caregivers, List<BurdenCheckIn> all) {
        int threshold = settings.current().burdenThreshold();
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<BurdenCheckIn>> byMember = all.stream()
                .collect(Collectors.groupingBy(BurdenCheckIn::getNetworkMemberId));
        return caregivers.stream().map(m -> {
            List<CheckIn> own = byMember.getOrDefault(m.getId(), List.of()).stream().map(CheckIn::of).toList();
            List<Integer> scores = own.stream().map(CheckIn::score).toList();
            // a score the team entered by hand counts as the first check-in until there is a real one
            LocalDate last = own.isEmpty() ? m.getBurdenScoredOn() : own.get(own.size() - 1).on();
            return new Caregiver(m.getId(), m.getVersion(), m.getClientId(), m.getName(), m.getBurdenScore(),
                    m.getCheckInWeeks(), threshold, own, BurdenTrend.flags(m.getBurdenScore(), scores, threshold),
                    BurdenTrend.rise(scores), BurdenTrend.nextDue(last, m.getCheckInWeeks()),
                    BurdenTrend.isDue(last, m.getCheckInWeeks(), today), own.isEmpty() ? m.getBurdenScoredOn() : null);
        }).toList();
    }

    private void checkTeam(long clientId) {
        if (clients.findByIdAndTeamId(clientId, CurrentUser.require().requireTeamId()).isEmpty()) {
            throw new BusinessRuleException("error.client.notFound");
        }
    }

    /** One check-in as the screens show it. */
    public record CheckIn(long id, LocalDate on, int score, CheckInAnswer sleepsEnough, CheckInAnswer timeForSelf,
            CheckInAnswer worries, boolean wantsContact, String note, String by) {

        static CheckIn of(BurdenCheckIn c) {
            return new CheckIn(c.getId(), c.getCheckedInOn(), c.getScore(), c.getSleep(), c.getTimeForSelf(),
                    c.getWorries(), c.isWantsContact(), c.getNote(), c.getCreatedBy());
        }
    }

    /**
     * A mantelzorger: the current burden (the newest check-in, or what the team set in the member dialog), the
     * interval in weeks, the threshold in force, the check-ins oldest first, the flags, the change between the last
     * two check-ins, when the next check-in is due ({@code null}: never checked in, due now), and, without
     * check-ins, the day the score was entered by hand, which counts as the first check-in ({@code null}: none).
     */
    public record Caregiver(long memberId, long memberVersion, long clientId, String name, Integer score,
            int intervalWeeks, int threshold, List<CheckIn> checkIns, Set<BurdenTrend.Flag> flags, Integer rise,
            LocalDate nextDue, boolean due, LocalDate scoredOn) {

        public boolean flagged() {
            return !flags.isEmpty();
        }

        public boolean overburdened() {
            return flags.contains(BurdenTrend.Flag.OVERBURDENED);
        }

        public boolean rising() {
            return flags.contains(BurdenTrend.Flag.RISING);
        }

        public CheckIn last() {
            return checkIns.isEmpty() ? null : checkIns.get(checkIns.size() - 1);
        }

        /** The score before the last check-in's, for "van 5 naar 8". */
        public Integer previousScore() {
            return checkIns.size() < 2 ? null : checkIns.get(checkIns.size() - 2).score();
        }
    }

    /** A caregiver who needs attention, with their client, for the landing page. */
    public record Notice(long clientId, String clientName, Caregiver caregiver) {
    }
}
