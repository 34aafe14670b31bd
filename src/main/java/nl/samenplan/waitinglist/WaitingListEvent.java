package nl.samenplan.waitinglist;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.time.LocalDate;

/** One dated status change of a waiting-list entry, kept for good. */
@Entity
@Table(name = "waiting_list_event")
class WaitingListEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "entry_id", nullable = false)
    private Long entryId;

    @Column(name = "on_date", nullable = false)
    private LocalDate onDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WaitingStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "leave_reason", length = 20)
    private LeaveReason leaveReason;

    @Column(length = WaitingListLimits.NOTE)
    @Size(max = WaitingListLimits.NOTE)
    private String note;

    @Column(name = "by_name", nullable = false, length = WaitingListLimits.WRITTEN_BY)
    @Size(max = WaitingListLimits.WRITTEN_BY)
    private String byName;

    @Column(nullable = false)
    private Instant at;

    protected WaitingListEvent() {
    }

    WaitingListEvent(long entryId, LocalDate onDate, WaitingStatus status, LeaveReason leaveReason, String note,
            String byName, Instant at) {
        if (note != null && note.strip().length() > WaitingListLimits.NOTE) {
            throw new nl.samenplan.base.BusinessRuleException("error.waitinglist.noteTooLong", WaitingListLimits.NOTE);
        }
        this.entryId = entryId;
        this.onDate = onDate;
        this.status = status;
        this.leaveReason = leaveReason;
        this.note = note == null || note.isBlank() ? null : note.strip();
        this.byName = byName;
        this.at = at;
    }

    Long getEntryId() {
        return entryId;
    }

    LocalDate getOnDate() {
        return onDate;
    }

    WaitingStatus getStatus() {
        return status;
    }

    LeaveReason getLeaveReason() {
        return leaveReason;
    }

    String getNote() {
        return note;
    }

    String getByName() {
        return byName;
    }
}
