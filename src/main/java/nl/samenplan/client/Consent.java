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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import nl.samenplan.base.BusinessRuleException;

/**
 * A client's consent to share their data with one recipient: the team, one network member, the team's volunteers or
 * one organisation outside the team. Given on a day, in a manner (spoken, signed, by a representative), recorded by a
 * team member; withdrawn on a day by a team member. A withdrawn consent stays as history; a new one may be recorded
 * after it. At most one consent per recipient is active (the database's unique key says the same).
 */
@Entity
@Table(name = "client_consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "client_id", nullable = false)
    private Long clientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConsentRecipient recipient;

    @Column(name = "network_member_id")
    private Long networkMemberId;

    @jakarta.validation.constraints.Size(max = ClientLimits.CONSENT_NAME)
    @Column(length = ClientLimits.CONSENT_NAME)
    private String organisation;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    /** Null only for the consents copied from the old single date (how they were given is unknown). */
    @Enumerated(EnumType.STRING)
    @Column(length = 20)
    private ConsentManner manner;

    @jakarta.validation.constraints.Size(max = ClientLimits.CONSENT_NAME)
    @Column(length = ClientLimits.CONSENT_NAME)
    private String representative;

    @Column(name = "recorded_by_id")
    private Long recordedById;

    @jakarta.validation.constraints.Size(max = ClientLimits.WRITTEN_BY)
    @Column(name = "recorded_by_name", nullable = false, length = ClientLimits.WRITTEN_BY)
    private String recordedByName;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_by_id")
    private Long withdrawnById;

    @jakarta.validation.constraints.Size(max = ClientLimits.WRITTEN_BY)
    @Column(name = "withdrawn_by_name", length = ClientLimits.WRITTEN_BY)
    private String withdrawnByName;

    @Column(name = "withdrawn_at")
    private Instant withdrawnAt;

    protected Consent() {
    }

    /**
     * Records a consent, refusing what cannot be true: no recipient, a date in the future, a representative's consent
     * without their name, a network member or organisation not named, or a second active consent for a recipient that
     * has one already among {@code existing} (the client's consents so far).
     */
    static Consent record(long clientId, ConsentData data, Collection<Consent> existing, long byId, String byName,
            Instant now, LocalDate today) {
        if (data == null || data.recipient() == null) {
            throw new BusinessRuleException("error.consent.recipientRequired");
        }
        if (data.givenOn() == null) {
            throw new BusinessRuleException("error.consent.givenOnRequired");
        }
        if (data.givenOn().isAfter(today)) {
            throw new BusinessRuleException("error.consent.givenOnFuture");
        }
        if (data.manner() == null) {
            throw new BusinessRuleException("error.consent.mannerRequired");
        }
        Consent consent = new Consent();
        consent.clientId = clientId;
        consent.recipient = data.recipient();
        consent.networkMemberId = data.recipient() == ConsentRecipient.NETWORK_MEMBER ? data.networkMemberId() : null;
        consent.organisation = data.recipient() == ConsentRecipient.ORGANISATION
                ? Texts.optional(data.organisation(), ClientLimits.CONSENT_NAME) : null;
        if (data.recipient() == ConsentRecipient.NETWORK_MEMBER && consent.networkMemberId == null) {
            throw new BusinessRuleException("error.consent.memberRequired");
        }
        if (data.recipient() == ConsentRecipient.ORGANISATION && consent.organisation == null) {
            throw new BusinessRuleException("error.consent.organisationRequired");
        }
        consent.manner = data.manner();
        consent.representative = data.manner() == ConsentManner.VERTEGENWOORDIGER
                ? Texts.optional(data.representative(), ClientLimits.CONSENT_NAME) : null;
        if (data.manner() == ConsentManner.VERTEGENWOORDIGER && consent.representative == null) {
            throw new BusinessRuleException("error.consent.representativeRequired");
        }
        if (existing.stream().anyMatch(c -> c.isActive() && c.sameRecipient(consent))) {
            throw new BusinessRuleException("error.consent.alreadyActive");
        }
        consent.givenOn = data.givenOn();
        consent.recordedById = byId;
        consent.recordedByName = Objects.requireNonNull(byName);
        consent.recordedAt = Objects.requireNonNull(now);
        return consent;
    }

    /** Withdraws the consent from a day on: not before it was given, not in the future, and only once. */
    void withdraw(LocalDate on, LocalDate today, long byId, String byName, Instant now) {
        if (!isActive()) {
            throw new BusinessRuleException("error.consent.alreadyWithdrawn");
        }
        if (on == null) {
            throw new BusinessRuleException("error.consent.withdrawnOnRequired");
        }
        if (on.isBefore(givenOn)) {
            throw new BusinessRuleException("error.consent.withdrawnBeforeGiven");
        }
        if (on.isAfter(today)) {
            throw new BusinessRuleException("error.consent.withdrawnOnFuture");
        }
        this.withdrawnOn = on;
        this.withdrawnById = byId;
        this.withdrawnByName = Objects.requireNonNull(byName);
        this.withdrawnAt = Objects.requireNonNull(now);
    }

    public boolean isActive() {
        return withdrawnOn == null;
    }

    /** Whether this consent is for the given recipient (for a network member: that member). */
    public boolean covers(ConsentRecipient kind, Long memberId) {
        return recipient == kind && (kind != ConsentRecipient.NETWORK_MEMBER || Objects.equals(networkMemberId, memberId));
    }

    private boolean sameRecipient(Consent other) {
        return recipient == other.recipient && Objects.equals(networkMemberId, other.networkMemberId)
                && Objects.equals(lower(organisation), lower(other.organisation));
    }

    private static String lower(String name) {
        return name == null ? null : name.toLowerCase(Locale.ROOT);
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

    public ConsentRecipient getRecipient() {
        return recipient;
    }

    public Long getNetworkMemberId() {
        return networkMemberId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public ConsentManner getManner() {
        return manner;
    }

    public String getRepresentative() {
        return representative;
    }

    public String getRecordedByName() {
        return recordedByName;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawnByName() {
        return withdrawnByName;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Consent other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Consent.class.hashCode();
    }
}
