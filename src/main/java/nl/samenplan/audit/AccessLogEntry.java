package nl.samenplan.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import org.hibernate.annotations.Immutable;

/**
 * One line of the access log (NEN 7513): who accessed which client's data, when, from where, and whether it was
 * allowed. Never changed after it is written (the database refuses UPDATE and DELETE); its hash covers its content
 * and the hash of the entry before it, so a change behind the application's back shows as a broken link.
 */
@Entity
@Immutable
@Table(name = "access_log_entry")
public class AccessLogEntry {

    /** The previous hash of the very first entry. */
    public static final String GENESIS = "0".repeat(64);

    static final int EVENT_TYPE = 60;
    static final int USERNAME = 60;
    static final int ROLE = 40;
    static final int ORGANISATION = 120;
    static final int ON_BEHALF_OF = 120;
    static final int SESSION_ID = 64;
    static final int SOURCE_ADDRESS = 45;
    static final int OUTCOME = 10;
    static final int DETAIL = 500;
    static final int HASH = 64;

    /** Changes only with a new version prefix in {@link #canonical()} (and verify() reading both). */
    private static final String FORMAT = "access-log-v1";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "event_type", nullable = false, updatable = false, length = EVENT_TYPE)
    @Size(max = EVENT_TYPE)
    private String eventType;

    @Column(name = "client_id", updatable = false)
    private Long clientId;

    @Column(name = "user_id", updatable = false)
    private Long userId;

    @Column(updatable = false, length = USERNAME)
    @Size(max = USERNAME)
    private String username;

    @Column(updatable = false, length = ROLE)
    @Size(max = ROLE)
    private String role;

    @Column(updatable = false, length = ORGANISATION)
    @Size(max = ORGANISATION)
    private String organisation;

    @Column(name = "team_id", updatable = false)
    private Long teamId;

    @Column(name = "on_behalf_of", updatable = false, length = ON_BEHALF_OF)
    @Size(max = ON_BEHALF_OF)
    private String onBehalfOf;

    @Column(name = "session_id", updatable = false, length = SESSION_ID)
    @Size(max = SESSION_ID)
    private String sessionId;

    @Column(name = "source_address", updatable = false, length = SOURCE_ADDRESS)
    @Size(max = SOURCE_ADDRESS)
    private String sourceAddress;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false, length = OUTCOME)
    private AccessOutcome outcome;

    @Column(updatable = false, length = DETAIL)
    @Size(max = DETAIL)
    private String detail;

    @Column(name = "previous_hash", nullable = false, updatable = false, length = HASH, columnDefinition = "char(64)")
    @Size(max = HASH)
    private String previousHash;

    @Column(nullable = false, updatable = false, unique = true, length = HASH, columnDefinition = "char(64)")
    @Size(max = HASH)
    private String hash;

    protected AccessLogEntry() {
    }

    /** A new entry after the one whose hash is {@code previousHash}; its own hash is computed here. */
    AccessLogEntry(Instant occurredAt, String eventType, Long clientId, Long userId, String username, String role,
            String organisation, Long teamId, String onBehalfOf, String sessionId, String sourceAddress,
            AccessOutcome outcome, String detail, String previousHash) {
        // the column keeps milliseconds: the hash must cover what is read back
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MILLIS);
        this.eventType = eventType;
        this.clientId = clientId;
        this.userId = userId;
        this.username = cut(username, USERNAME);
        this.role = cut(role, ROLE);
        this.organisation = cut(organisation, ORGANISATION);
        this.teamId = teamId;
        this.onBehalfOf = cut(onBehalfOf, ON_BEHALF_OF);
        this.sessionId = cut(sessionId, SESSION_ID);
        this.sourceAddress = cut(sourceAddress, SOURCE_ADDRESS);
        this.outcome = outcome;
        // written by Samenplan, not typed: a very long line is shortened, visibly
        this.detail = detail == null || detail.length() <= DETAIL ? detail : detail.substring(0, DETAIL - 3) + "...";
        this.previousHash = previousHash;
        this.hash = computedHash();
    }

    /** The SHA-256 (hex) of this entry's content as it is now, including the previous entry's hash. */
    String computedHash() {
        return sha256(canonical());
    }

    /** The SHA-256 of a text (UTF-8) in hex: the log's hashes, and the pseudonym of a session id. */
    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /**
     * The content in one unambiguous string: every field in a fixed order, texts prefixed with their length so that
     * no separator inside a value can shift one field into the next, and null distinct from empty.
     */
    String canonical() {
        StringBuilder s = new StringBuilder(FORMAT);
        field(s, Long.toString(occurredAt.toEpochMilli()));
        field(s, eventType);
        field(s, clientId);
        field(s, userId);
        field(s, username);
        field(s, role);
        field(s, organisation);
        field(s, teamId);
        field(s, onBehalfOf);
        field(s, sessionId);
        field(s, sourceAddress);
        field(s, outcome == null ? null : outcome.name());
        field(s, detail);
        field(s, previousHash);
        return s.toString();
    }

    private static void field(StringBuilder s, Long value) {
        field(s, value == null ? null : value.toString());
    }

    private static void field(StringBuilder s, String value) {
        s.append('|');
        if (value == null) {
            s.append('-');
        } else {
            s.append(value.length()).append(':').append(value);
        }
    }

    private static String cut(String value, int length) {
        return value == null || value.length() <= length ? value : value.substring(0, length);
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getEventType() {
        return eventType;
    }

    public Long getClientId() {
        return clientId;
    }

    public Long getUserId() {
        return userId;
    }

    public String getUsername() {
        return username;
    }

    public String getRole() {
        return role;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Long getTeamId() {
        return teamId;
    }

    public String getOnBehalfOf() {
        return onBehalfOf;
    }

    public String getSessionId() {
        return sessionId;
    }

    public String getSourceAddress() {
        return sourceAddress;
    }

    public AccessOutcome getOutcome() {
        return outcome;
    }

    public String getDetail() {
        return detail;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
