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
import java.util.Objects;

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

    @Column(name = "first_name", nullable = false, length = 80)
    private String firstName;

    @Column(name = "last_name", nullable = false, length = 120)
    private String lastName;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(length = 160)
    private String address;

    @Column(length = 7)
    private String postcode;

    @Column(nullable = false, length = 120)
    private String village;

    @Column(length = 30)
    private String phone;

    @Column(length = 160)
    private String email;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ClientStatus status = ClientStatus.AANGEMELD;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Client() {
    }

    public Client(long teamId, String firstName, String lastName, LocalDate dateOfBirth, String village,
            LocalDate today, Instant createdAt) {
        this.teamId = teamId;
        this.createdAt = Objects.requireNonNull(createdAt);
        rename(firstName, lastName);
        changeDateOfBirth(dateOfBirth, today);
        this.village = requireText(village, "village");
    }

    public void rename(String newFirstName, String newLastName) {
        this.firstName = requireText(newFirstName, "firstName");
        this.lastName = requireText(newLastName, "lastName");
    }

    public void changeDateOfBirth(LocalDate date, LocalDate today) {
        Objects.requireNonNull(date, "dateOfBirth");
        if (date.isAfter(today)) {
            throw new IllegalArgumentException("A date of birth cannot lie in the future");
        }
        this.dateOfBirth = date;
    }

    public void changeContact(String newAddress, String newPostcode, String newVillage, String newPhone,
            String newEmail) {
        this.address = blankToNull(newAddress);
        this.postcode = newPostcode == null || newPostcode.isBlank() ? null : Postcode.normalise(newPostcode);
        this.village = requireText(newVillage, "village");
        this.phone = blankToNull(newPhone);
        this.email = blankToNull(newEmail);
    }

    public void changeStatus(ClientStatus newStatus) {
        this.status = Objects.requireNonNull(newStatus);
    }

    private static String requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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

    public String getAddress() {
        return address;
    }

    public String getPostcode() {
        return postcode;
    }

    public String getVillage() {
        return village;
    }

    public String getPhone() {
        return phone;
    }

    public String getEmail() {
        return email;
    }

    public ClientStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
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
