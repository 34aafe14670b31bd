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
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.catalog.FundingDomain;

/**
 * The resident who needs support. Only what the team needs to do the job: no BSN. Belongs to exactly
 * one team; every query for clients is scoped to the team of the person asking.
 */
@Entity
@Table(name = "client")
public class Client {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(name = "first_name", nullable = false, length = ClientLimits.FIRST_NAME)
    @NotBlank
    @Size(max = ClientLimits.FIRST_NAME)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = ClientLimits.LAST_NAME)
    @NotBlank
    @Size(max = ClientLimits.LAST_NAME)
    private String lastName;

    @Column(name = "call_name", length = ClientLimits.CALL_NAME)
    @Size(max = ClientLimits.CALL_NAME)
    private String callName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(length = ClientLimits.ADDRESS)
    @Size(max = ClientLimits.ADDRESS)
    private String address;

    @Column(length = ClientLimits.POSTCODE)
    @Size(max = ClientLimits.POSTCODE)
    private String postcode;

    @Column(nullable = false, length = ClientLimits.VILLAGE)
    @NotBlank
    @Size(max = ClientLimits.VILLAGE)
    private String village;

    @Column(length = ClientLimits.PHONE)
    @Size(max = ClientLimits.PHONE)
    private String phone;

    @Column(length = ClientLimits.EMAIL)
    @Size(max = ClientLimits.EMAIL)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClientStatus status = ClientStatus.AANGEMELD;

    @ElementCollection
    @CollectionTable(name = "client_funding_domain", joinColumns = @JoinColumn(name = "client_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "domain", nullable = false, length = 10)
    private Set<FundingDomain> fundingDomains = EnumSet.noneOf(FundingDomain.class);

    @Column(name = "important_to_me", length = ClientLimits.IMPORTANT_TO_ME)
    @Size(max = ClientLimits.IMPORTANT_TO_ME)
    private String importantToMe;

    /** Copied from the plan so that the list can filter on "plan review due" in one query. */
    @Column(name = "plan_review_date")
    private LocalDate planReviewDate;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** The day the file was closed (afgesloten); from then on it is read-only and the retention term runs. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** The day the retention job anonymised the file: it is never changed or reopened after that. */
    @Column(name = "anonymised_on")
    private LocalDate anonymisedOn;

    protected Client() {
    }

    public Client(long teamId, String firstName, String lastName, LocalDate dateOfBirth, String village,
            LocalDate today, Instant createdAt) {
        this.teamId = teamId;
        this.createdAt = Objects.requireNonNull(createdAt);
        change(new ClientData(firstName, lastName, dateOfBirth, null, null, village, null, null,
                ClientStatus.AANGEMELD, Set.of(), null), today);
    }

    /**
     * Applies what the team typed, refusing what cannot be true (a future birth date, a bad postcode). A closed
     * file is read-only: only {@link #reopen} changes it. Closing it (the status afgesloten) records the day.
     */
    public void change(ClientData data, LocalDate today) {
        requireOpen();
        if (data.firstName() == null || data.firstName().isBlank() || data.lastName() == null
                || data.lastName().isBlank()) {
            throw new BusinessRuleException("error.client.nameRequired");
        }
        if (data.dateOfBirth() == null) {
            throw new BusinessRuleException("error.client.dateOfBirthRequired");
        }
        if (data.dateOfBirth().isAfter(today)) {
            throw new BusinessRuleException("error.client.dateOfBirthFuture");
        }
        if (data.dateOfBirth().isBefore(today.minusYears(125))) {
            throw new BusinessRuleException("error.client.dateOfBirthPast");
        }
        if (data.village() == null || data.village().isBlank()) {
            throw new BusinessRuleException("error.client.villageRequired");
        }
        if (data.postcode() != null && !data.postcode().isBlank() && !Postcode.isValid(data.postcode())) {
            throw new BusinessRuleException("error.client.postcodeInvalid");
        }
        this.firstName = Texts.limit(data.firstName(), ClientLimits.FIRST_NAME);
        this.lastName = Texts.limit(data.lastName(), ClientLimits.LAST_NAME);
        this.dateOfBirth = data.dateOfBirth();
        this.address = Texts.optional(data.address(), ClientLimits.ADDRESS);
        this.postcode = data.postcode() == null || data.postcode().isBlank() ? null
                : Postcode.normalise(data.postcode());
        this.village = Texts.limit(data.village(), ClientLimits.VILLAGE);
        this.phone = Texts.phone(data.phone());
        this.email = Texts.email(data.email());
        this.status = data.status() == null ? ClientStatus.AANGEMELD : data.status();
        this.closedOn = status == ClientStatus.AFGESLOTEN ? today : null;
        this.callName = Texts.optional(data.callName(), ClientLimits.CALL_NAME);
        this.importantToMe = Texts.optional(data.importantToMe(), ClientLimits.IMPORTANT_TO_ME);
    }

    public ClientData data() {
        return new ClientData(firstName, lastName, dateOfBirth, address, postcode, village, phone, email, status,
                fundingDomains.isEmpty() ? Set.of() : EnumSet.copyOf(fundingDomains), importantToMe, callName);
    }

    /** Whether the file is closed: read-only, waiting for the retention term. */
    public boolean isClosed() {
        return status == ClientStatus.AFGESLOTEN;
    }

    /** Refuses any change of a closed file. */
    void requireOpen() {
        if (isClosed()) {
            throw new BusinessRuleException(ClientDirectory.CLOSED);
        }
    }

    /**
     * Opens a closed file again (the client comes back): active, and the retention term no longer runs. An
     * anonymised file has nothing left to work with and stays closed.
     */
    void reopen() {
        if (anonymisedOn != null) {
            throw new BusinessRuleException("error.client.anonymised");
        }
        if (!isClosed()) {
            throw new BusinessRuleException("error.client.notClosed");
        }
        this.status = ClientStatus.ACTIEF;
        this.closedOn = null;
    }

    /**
     * What the plan says about the client: the funding domains of its professional care, and, once the client
     * agreed with the plan, that a client who was only registered (aangemeld) is now active. Whether anything
     * changed.
     */
    boolean followPlan(boolean planAgreed, Set<FundingDomain> domains) {
        requireOpen();
        boolean changed = !fundingDomains.equals(domains);
        if (changed) { // only then: rewriting the same set would still count as a change of the client (its version)
            fundingDomains.retainAll(domains);
            fundingDomains.addAll(domains);
        }
        if (planAgreed && status == ClientStatus.AANGEMELD) {
            status = ClientStatus.ACTIEF;
            changed = true;
        }
        return changed;
    }

    void recordPlanReviewDate(LocalDate reviewDate) {
        requireOpen();
        this.planReviewDate = reviewDate;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public String getFullName() {
        return firstName + " " + lastName;
    }

    public LocalDate getDateOfBirth() {
        return dateOfBirth;
    }

    public String getVillage() {
        return village;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public LocalDate getPlanReviewDate() {
        return planReviewDate;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public LocalDate getAnonymisedOn() {
        return anonymisedOn;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Client other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Client.class.hashCode();
    }
}
