package nl.samenplan.client;

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
 * One short check-in of a mantelzorger's burden (mantelzorgbelasting): a 0-10 score, whether they sleep enough,
 * have time for themselves, worry, and want contact, and an optional note. Entered by the team with or for them.
 */
@Entity
@Table(name = "burden_check_in")
public class BurdenCheckIn {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "network_member_id", nullable = false)
    private Long networkMemberId;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(name = "checked_in_on", nullable = false)
    private LocalDate checkedInOn;

    @Column(nullable = false)
    private int score;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private CheckInAnswer sleep;

    @Enumerated(EnumType.STRING)
    @Column(name = "time_for_self", nullable = false, length = 6)
    private CheckInAnswer timeForSelf;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 6)
    private CheckInAnswer worries;

    @Column(name = "wants_contact", nullable = false)
    private boolean wantsContact;

    @Column(length = ClientLimits.CHECK_IN_NOTE)
    @Size(max = ClientLimits.CHECK_IN_NOTE)
    private String note;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = ClientLimits.WRITTEN_BY)
    @Size(max = ClientLimits.WRITTEN_BY)
    private String createdBy;

    protected BurdenCheckIn() {
    }

    /** A check-in of a mantelzorger; refused unless everything asked is answered, the score lies in 0-10 and the date is not in the future. */
    public BurdenCheckIn(NetworkMember member, BurdenCheckInData data, LocalDate today, Instant now, String by) {
        if (!member.isCaregiver()) {
            throw new BusinessRuleException("error.checkIn.notCaregiver", member.getName());
        }
        if (data.on() == null) {
            throw new BusinessRuleException("error.checkIn.dateRequired");
        }
        if (data.on().isAfter(today)) {
            throw new BusinessRuleException("error.checkIn.dateFuture");
        }
        if (data.score() == null || data.score() < 0 || data.score() > NetworkMember.MAX_BURDEN) {
            throw new BusinessRuleException("error.network.burdenRange");
        }
        if (data.sleepsEnough() == null || data.timeForSelf() == null || data.worries() == null
                || data.wantsContact() == null) {
            throw new BusinessRuleException("error.checkIn.answersRequired");
        }
        this.networkMemberId = member.getId();
        this.clientId = member.getClientId();
        this.checkedInOn = data.on();
        this.score = data.score();
        this.sleep = data.sleepsEnough();
        this.timeForSelf = data.timeForSelf();
        this.worries = data.worries();
        this.wantsContact = data.wantsContact();
        this.note = Texts.optional(data.note(), ClientLimits.CHECK_IN_NOTE);
        this.createdAt = Objects.requireNonNull(now);
        this.createdBy = Texts.limit(by, ClientLimits.WRITTEN_BY);
    }

    public Long getId() {
        return id;
    }

    public Long getNetworkMemberId() {
        return networkMemberId;
    }

    public Long getClientId() {
        return clientId;
    }

    public LocalDate getCheckedInOn() {
        return checkedInOn;
    }

    public int getScore() {
        return score;
    }

    public CheckInAnswer getSleep() {
        return sleep;
    }

    public CheckInAnswer getTimeForSelf() {
        return timeForSelf;
    }

    public CheckInAnswer getWorries() {
        return worries;
    }

    public boolean isWantsContact() {
        return wantsContact;
    }

    public String getNote() {
        return note;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BurdenCheckIn other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return BurdenCheckIn.class.hashCode();
    }
}
