package nl.samenplan.volunteer;

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
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;

/** A volunteer of the cooperative in the register of one team. Guards its own rules. */
@Entity
@Table(name = "volunteer")
class Volunteer {

    static final int MAX_PER_WEEK = 21;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(nullable = false, length = VolunteerLimits.NAME)
    @NotBlank
    @Size(max = VolunteerLimits.NAME)
    private String name;

    @Column(length = VolunteerLimits.PHONE)
    @Size(max = VolunteerLimits.PHONE)
    private String phone;

    @Column(length = VolunteerLimits.EMAIL)
    @Size(max = VolunteerLimits.EMAIL)
    private String email;

    @Column(length = VolunteerLimits.VILLAGE)
    @Size(max = VolunteerLimits.VILLAGE)
    private String village;

    @ElementCollection
    @CollectionTable(name = "volunteer_service", joinColumns = @JoinColumn(name = "volunteer_id"))
    @Column(name = "need_category_id", nullable = false)
    private Set<Long> services = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "volunteer_availability", joinColumns = @JoinColumn(name = "volunteer_id"))
    private Set<Slot> availability = new HashSet<>();

    @Column(name = "max_per_week", nullable = false)
    private int maxPerWeek;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private VolunteerStatus status = VolunteerStatus.ACTIEF;

    @Column(name = "training_note", length = VolunteerLimits.TRAINING_NOTE)
    @Size(max = VolunteerLimits.TRAINING_NOTE)
    private String trainingNote;

    @Column(name = "vog_present", nullable = false)
    private boolean vogPresent;

    @Column(name = "vog_date")
    private LocalDate vogDate;

    @Column(name = "user_id")
    private Long userId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Volunteer() {
    }

    Volunteer(long teamId, Instant createdAt) {
        this.teamId = teamId;
        this.createdAt = createdAt;
    }

    /** Takes over what the coordinator typed, or says in Dutch what is wrong (nothing changes then). */
    void change(VolunteerData data, LocalDate today) {
        if (data.name() == null || data.name().isBlank()) {
            throw new BusinessRuleException("error.volunteer.nameRequired");
        }
        if (data.name().strip().length() > VolunteerLimits.NAME) {
            throw new BusinessRuleException("error.volunteer.nameTooLong", VolunteerLimits.NAME);
        }
        if (data.services().isEmpty()) {
            throw new BusinessRuleException("error.volunteer.servicesRequired");
        }
        if (data.maxPerWeek() < 1 || data.maxPerWeek() > MAX_PER_WEEK) {
            throw new BusinessRuleException("error.volunteer.maxPerWeek", MAX_PER_WEEK);
        }
        if (data.status() == null) {
            throw new BusinessRuleException("error.volunteer.statusRequired");
        }
        if (data.vogDate() != null && data.vogDate().isAfter(today)) {
            throw new BusinessRuleException("error.volunteer.vogDateFuture");
        }
        if (data.email() != null && !data.email().isBlank() && !data.email().strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new BusinessRuleException("error.volunteer.email");
        }
        this.name = data.name().strip();
        this.phone = blankToNull(data.phone());
        this.email = blankToNull(data.email());
        this.village = blankToNull(data.village());
        this.services.clear();
        this.services.addAll(data.services());
        this.availability.clear();
        this.availability.addAll(data.availability());
        this.maxPerWeek = data.maxPerWeek();
        this.startDate = data.startDate();
        this.status = data.status();
        this.trainingNote = blankToNull(data.trainingNote());
        this.vogPresent = data.vogPresent();
        this.vogDate = data.vogPresent() ? data.vogDate() : null;
        this.userId = data.userId();
    }

    /** The volunteer sets themselves on pause, or back (a stopped volunteer cannot). */
    void pause(boolean paused) {
        if (status == VolunteerStatus.GESTOPT) {
            throw new BusinessRuleException("error.volunteer.stopped");
        }
        this.status = paused ? VolunteerStatus.PAUZE : VolunteerStatus.ACTIEF;
    }

    VolunteerData data() {
        return new VolunteerData(name, phone, email, village, Set.copyOf(services), Set.copyOf(availability),
                maxPerWeek, startDate, status, trainingNote, vogPresent, vogDate, userId);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
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

    String getName() {
        return name;
    }

    VolunteerStatus getStatus() {
        return status;
    }

    Long getUserId() {
        return userId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Volunteer other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return Volunteer.class.hashCode();
    }
}
