package nl.samenplan.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A person who logs in: a team member, a volunteer, a manager or the administrator. */
@Entity
@Table(name = "app_user")
public class AppUser {

    private static final Pattern PHONE = Pattern.compile("[+0-9 ()\\-]{6,20}");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,60}");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Column(nullable = false, unique = true, length = SecurityLimits.USERNAME)
    @NotBlank
    @Size(max = SecurityLimits.USERNAME)
    private String username;

    @Column(name = "password_hash", nullable = false, length = SecurityLimits.PASSWORD_HASH)
    @Size(max = SecurityLimits.PASSWORD_HASH)
    private String passwordHash;

    @Column(name = "display_name", nullable = false, length = SecurityLimits.DISPLAY_NAME)
    @NotBlank
    @Size(max = SecurityLimits.DISPLAY_NAME)
    private String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = SecurityLimits.ROLE)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "team_id")
    private Team team;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organisation_id")
    private Organisation organisation;

    @Column(nullable = false)
    private boolean active = true;

    @Column(length = SecurityLimits.PHONE)
    @jakarta.validation.constraints.Size(max = SecurityLimits.PHONE)
    private String phone;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** After a reset by the beheerder: the one-time password opens only the step where the user chooses their own. */
    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    /**
     * When the beheerder issued the one-time password that is the password now (none once the user chose their own):
     * it opens the log-in only for a while ({@code samenplan.security.one-time-password-valid}). The failed log-ins
     * and the lock on the same row are not mapped here: {@link LoginAttempts} changes them with one UPDATE, and a
     * save of this entity must never write back a count it read earlier.
     */
    @Column(name = "password_reset_at")
    private Instant passwordResetAt;

    /** The teams whose figures a manager follows on the dashboard (table manager_team); empty for other roles. */
    @jakarta.persistence.ElementCollection(fetch = FetchType.LAZY)
    @jakarta.persistence.CollectionTable(name = "manager_team", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "team_id", nullable = false)
    private java.util.Set<Long> followedTeamIds = new java.util.HashSet<>();

    protected AppUser() {
    }

    public AppUser(String username, String passwordHash, String displayName, Role role, Team team,
            Organisation organisation, Instant createdAt) {
        this.username = normaliseUsername(username);
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.createdAt = Objects.requireNonNull(createdAt);
        change(displayName, role, team, organisation);
    }

    /** Usernames are lower case letters, digits, dots, dashes and underscores (3-60). */
    public static String normaliseUsername(String raw) {
        String candidate = raw == null ? "" : raw.strip().toLowerCase(Locale.ROOT);
        if (!USERNAME.matcher(candidate).matches()) {
            throw new IllegalArgumentException("Invalid username");
        }
        return candidate;
    }

    public static boolean isValidUsername(String raw) {
        return raw != null && USERNAME.matcher(raw.strip().toLowerCase(Locale.ROOT)).matches();
    }

    /** A team member always has a team; the administrator has none and sees no client data. */
    public void change(String newDisplayName, Role newRole, Team newTeam, Organisation newOrganisation) {
        Objects.requireNonNull(newRole, "role");
        if (newRole.needsTeam() && newTeam == null) {
            throw new IllegalArgumentException("Role " + newRole + " needs a team");
        }
        this.displayName = Names.required(newDisplayName, SecurityLimits.DISPLAY_NAME);
        this.role = newRole;
        this.team = newRole.needsTeam() ? newTeam : null;
        this.organisation = newOrganisation;
        if (newRole != Role.MANAGER) {
            followedTeamIds.clear();
        }
    }

    /** The user's own phone number, or none; digits, spaces, +, -, ( and ), 6 to 20 of them. */
    /** The teams a manager follows from now on (a manager only; the set replaces the one before). */
    public void follow(java.util.Set<Long> teamIds) {
        if (role != Role.MANAGER) {
            throw new IllegalStateException("Only a manager follows teams");
        }
        followedTeamIds.clear();
        followedTeamIds.addAll(teamIds);
    }

    public java.util.Set<Long> getFollowedTeamIds() {
        return java.util.Set.copyOf(followedTeamIds);
    }

    public void changePhone(String newPhone) {
        String stripped = newPhone == null || newPhone.isBlank() ? null : newPhone.strip();
        if (stripped != null && !PHONE.matcher(stripped).matches()) {
            throw new nl.samenplan.base.BusinessRuleException("error.phone.invalid");
        }
        this.phone = stripped;
    }

    public String getPhone() {
        return phone;
    }

    /** The user chose a new password themselves: it is theirs, no change is owed any more. */
    public void changePasswordHash(String newHash) {
        this.passwordHash = Objects.requireNonNull(newHash);
        this.passwordChangeRequired = false;
        this.passwordResetAt = null;
    }

    /**
     * The beheerder reset the password to a one-time password (hashed here), issued at {@code issuedAt}: it only lets
     * the user choose their own at the next log-in, and only for a while after it was issued.
     */
    public void resetPasswordHash(String oneTimeHash, Instant issuedAt) {
        this.passwordHash = Objects.requireNonNull(oneTimeHash);
        this.passwordChangeRequired = true;
        this.passwordResetAt = Objects.requireNonNull(issuedAt);
    }

    /** Whether the password is a one-time password issued longer than {@code valid} before {@code now}. */
    public boolean oneTimePasswordExpired(Instant now, java.time.Duration valid) {
        return passwordChangeRequired && passwordResetAt != null && !now.isBefore(passwordResetAt.plus(valid));
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public void deactivate() {
        this.active = false;
    }

    public void activate() {
        this.active = true;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public String getDisplayName() {
        return displayName;
    }

    public Role getRole() {
        return role;
    }

    public Team getTeam() {
        return team;
    }

    public Organisation getOrganisation() {
        return organisation;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AppUser other && id != null && Objects.equals(id, other.id);
    }

    @Override
    public int hashCode() {
        return AppUser.class.hashCode();
    }
}
