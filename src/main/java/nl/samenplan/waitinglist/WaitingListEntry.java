package nl.samenplan.waitinglist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import nl.samenplan.base.BusinessRuleException;

/**
 * One period of a client on the nursing-home waiting list: since when, for what, how urgent, the
 * indication date, the current status since when, and when and why it ended. Guards the order of dates.
 */
@Entity
@Table(name = "waiting_list_entry")
class WaitingListEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    /** The client's village when put on the list, for the dashboard's filter without a join. */
    @Column(length = WaitingListLimits.VILLAGE)
    @Size(max = WaitingListLimits.VILLAGE)
    private String village;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WaitingListType type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private WaitingUrgency urgency;

    @Column(name = "indication_date")
    private LocalDate indicationDate;

    @Column(name = "placed_on", nullable = false)
    private LocalDate placedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WaitingStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "left_on")
    private LocalDate leftOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason", length = 20)
    private LeaveReason leaveReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected WaitingListEntry() {
    }

    WaitingListEntry(long teamId, long clientId, String village, WaitingListData data, LocalDate today, Instant now) {
        if (data.placedOn() == null) {
            throw new BusinessRuleException("error.waitinglist.placedOnRequired");
        }
        if (data.placedOn().isAfter(today)) {
            throw new BusinessRuleException("error.waitinglist.future");
        }
        if (data.type() == null || data.urgency() == null) {
            throw new BusinessRuleException("error.waitinglist.typeRequired");
        }
        if (data.indicationDate() != null && data.indicationDate().isAfter(data.placedOn())) {
            throw new BusinessRuleException("error.waitinglist.indicationAfterPlaced");
        }
        this.teamId = teamId;
        this.clientId = clientId;
        this.village = village;
        this.type = data.type();
        this.urgency = data.urgency();
        this.indicationDate = data.indicationDate();
        this.placedOn = data.placedOn();
        this.status = data.status() == null || !data.status().onList() ? WaitingStatus.ACTIEF_WACHTEND : data.status();
        this.statusSince = data.placedOn();
        this.createdAt = now;
    }

    /** A new status from a day on, not before the last change and not in the future. */
    void changeStatus(WaitingStatus newStatus, LocalDate on, LocalDate today) {
        requireOpen();
        if (newStatus == null || !newStatus.onList()) {
            throw new BusinessRuleException("error.waitinglist.statusRequired");
        }
        requireDate(on, today);
        this.status = newStatus;
        this.statusSince = on;
    }

    /** Off the list from a day on, with the reason. */
    void leave(LeaveReason reason, LocalDate on, LocalDate today) {
        requireOpen();
        if (reason == null) {
            throw new BusinessRuleException("error.waitinglist.reasonRequired");
        }
        requireDate(on, today);
        this.status = WaitingStatus.AFGEMELD;
        this.statusSince = on;
        this.leftOn = on;
        this.leaveReason = reason;
    }

    private void requireOpen() {
        if (leftOn != null) {
            throw new BusinessRuleException("error.waitinglist.closed");
        }
    }

    private void requireDate(LocalDate on, LocalDate today) {
        if (on == null) {
            throw new BusinessRuleException("error.waitinglist.dateRequired");
        }
        if (on.isAfter(today)) {
            throw new BusinessRuleException("error.waitinglist.future");
        }
        if (on.isBefore(statusSince)) {
            throw new BusinessRuleException("error.waitinglist.beforeLastChange",
                    nl.samenplan.base.DutchFormats.date(statusSince));
        }
    }

    boolean isOpen() {
        return leftOn == null;
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    Long getTeamId() {
        return teamId;
    }

    Long getClientId() {
        return clientId;
    }

    String getVillage() {
        return village;
    }

    WaitingListType getType() {
        return type;
    }

    WaitingUrgency getUrgency() {
        return urgency;
    }

    LocalDate getIndicationDate() {
        return indicationDate;
    }

    LocalDate getPlacedOn() {
        return placedOn;
    }

    WaitingStatus getStatus() {
        return status;
    }

    LocalDate getStatusSince() {
        return statusSince;
    }

    LocalDate getLeftOn() {
        return leftOn;
    }

    LeaveReason getLeaveReason() {
        return leaveReason;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WaitingListEntry other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return WaitingListEntry.class.hashCode();
    }
}
