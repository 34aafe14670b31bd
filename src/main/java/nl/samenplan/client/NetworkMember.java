package nl.samenplan.client;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;

/**
 * A naaste in the client's own network: partner, child, neighbour, friend, member of a care circle.
 * What they already do, what they could do, when they can, and for a mantelzorger how heavy it is.
 */
@Entity
@Table(name = "network_member")
public class NetworkMember {

    public static final int MAX_BURDEN = 10;
    public static final int DEFAULT_CHECK_IN_WEEKS = 4;
    public static final int MAX_CHECK_IN_WEEKS = 26;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Column(nullable = false, length = ClientLimits.MEMBER_NAME)
    @NotBlank
    @Size(max = ClientLimits.MEMBER_NAME)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Relation relation;

    @Column(length = ClientLimits.PHONE)
    @Size(max = ClientLimits.PHONE)
    private String phone;

    @Column(length = ClientLimits.EMAIL)
    @Size(max = ClientLimits.EMAIL)
    private String email;

    @Column(name = "current_help", length = ClientLimits.CURRENT_HELP)
    @Size(max = ClientLimits.CURRENT_HELP)
    private String currentHelp;

    @Column(length = ClientLimits.AVAILABILITY)
    @Size(max = ClientLimits.AVAILABILITY)
    private String availability;

    @Column(nullable = false)
    private boolean caregiver;

    @Column(name = "burden_score")
    private Integer burdenScore;

    /**
     * The day the team entered or changed the burden score by hand (member dialog): without check-ins it counts as
     * the first check-in, so a score just entered is not "due" (issue 12). Empty for scores from before that.
     */
    @Column(name = "burden_scored_on")
    private java.time.LocalDate burdenScoredOn;

    /** How often the mantelzorger's burden is checked in, in weeks. */
    @Column(name = "check_in_weeks", nullable = false)
    private int checkInWeeks = DEFAULT_CHECK_IN_WEEKS;

    @ElementCollection
    @CollectionTable(name = "network_member_category", joinColumns = @JoinColumn(name = "network_member_id"))
    @Column(name = "need_category_id", nullable = false)
    private Set<Long> canHelpWith = new HashSet<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Who changed the member last: the member dialog or a burden check-in (empty before issue 11). */
    @jakarta.validation.constraints.Size(max = 120)
    @Column(name = "changed_by", length = 120)
    private String changedBy;

    protected NetworkMember() {
    }

    public NetworkMember(long clientId, Instant createdAt) {
        this.clientId = clientId;
        this.createdAt = Objects.requireNonNull(createdAt);
    }

    /** Applies what the team typed; a burden score only exists for a mantelzorger and lies in 0-10. */
    public void change(NetworkMemberData data) {
        change(data, null);
    }

    /**
     * The same, on {@code today}: a burden score entered or changed by hand is dated, so that it counts as a check-in
     * for when the next one is due.
     */
    public void change(NetworkMemberData data, java.time.LocalDate today) {
        if (data.name() == null || data.name().isBlank()) {
            throw new BusinessRuleException("error.network.nameRequired");
        }
        if (data.relation() == null) {
            throw new BusinessRuleException("error.network.relationRequired");
        }
        Integer burden = data.caregiver() ? data.burdenScore() : null;
        if (burden != null && (burden < 0 || burden > MAX_BURDEN)) {
            throw new BusinessRuleException("error.network.burdenRange");
        }
        this.name = Texts.limit(data.name(), ClientLimits.MEMBER_NAME);
        this.relation = data.relation();
        this.phone = Texts.phone(data.phone());
        this.email = Texts.email(data.email());
        this.currentHelp = Texts.optional(data.currentHelp(), ClientLimits.CURRENT_HELP);
        this.availability = Texts.optional(data.availability(), ClientLimits.AVAILABILITY);
        this.caregiver = data.caregiver();
        if (burden == null) {
            this.burdenScoredOn = null;
        } else if (today != null && !burden.equals(this.burdenScore)) {
            this.burdenScoredOn = today;
        }
        this.burdenScore = burden;
        this.canHelpWith.clear();
        this.canHelpWith.addAll(data.canHelpWith());
    }

    /**
     * A check-in was recorded: the interval is set, and when it is the newest check-in its score becomes the
     * current burden, which the router reads. The member dialog can still change the current burden by hand; the
     * next check-in overwrites it again.
     */
    void recordCheckIn(int score, boolean newest, Integer intervalWeeks) {
        int weeks = intervalWeeks == null ? checkInWeeks : intervalWeeks;
        if (weeks < 1 || weeks > MAX_CHECK_IN_WEEKS) {
            throw new BusinessRuleException("error.checkIn.interval", 1, MAX_CHECK_IN_WEEKS);
        }
        this.checkInWeeks = weeks;
        if (newest) {
            this.burdenScore = score;
        }
    }

    void changedBy(String by) {
        this.changedBy = by;
    }

    public String getChangedBy() {
        return changedBy;
    }

    /** The day the burden score was entered by hand, or {@code null}. */
    public java.time.LocalDate getBurdenScoredOn() {
        return burdenScoredOn;
    }

    public int getCheckInWeeks() {
        return checkInWeeks;
    }

    public NetworkMemberData data() {
        return new NetworkMemberData(name, relation, phone, email, currentHelp, Set.copyOf(canHelpWith), availability,
                caregiver, burdenScore);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public Relation getRelation() {
        return relation;
    }

    public boolean isCaregiver() {
        return caregiver;
    }

    public Integer getBurdenScore() {
        return burdenScore;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkMember other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return NetworkMember.class.hashCode();
    }
}
