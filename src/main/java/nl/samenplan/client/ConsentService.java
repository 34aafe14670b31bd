package nl.samenplan.client;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.base.access.LogsAccess;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.Changed;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.InputValidation;
import nl.samenplan.base.Translations;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.Permissions;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's consents to share their data, per recipient: recorded and withdrawn by the writers of the client's
 * team, read by everyone who reads the file, and asked by other features before they share ({@link #hasConsent}).
 * Every change is in the client's history (and so in the access log). A withdrawal takes effect at once: it is
 * published as {@link ConsentWithdrawn} in the same transaction.
 */
@Service
@Transactional(readOnly = true)
public class ConsentService {

    private final ConsentRepository consents;
    private final ClientRepository clients;
    private final ClientDirectory directory;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;
    private final Translations translations;
    private final Clock clock;

    ConsentService(ConsentRepository consents, ClientRepository clients, ClientDirectory directory, AuditLog auditLog,
            ApplicationEventPublisher events, Translations translations, Clock clock) {
        this.consents = consents;
        this.clients = clients;
        this.directory = directory;
        this.auditLog = auditLog;
        this.events = events;
        this.translations = translations;
        this.clock = clock;
    }

    /** The client's consents, the active ones first, then the withdrawn ones (the history), newest first. */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.CLIENT_FILE_OPENED)
    public List<ConsentLine> consents(long clientId) {
        requireClient(clientId);
        Map<Long, ClientDirectory.Member> members = directory.networkMembers(clientId);
        return consents.ofClient(clientId).stream().map(c -> ConsentLine.of(c, members)).toList();
    }

    /** The client's consents, withdrawn ones too, for the export of everything held on them (AVG art. 15 and 20). */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @LogsAccess(AccessEventType.DATA_EXPORTED)
    public List<ConsentLine> exportConsents(long clientId) {
        ReportScope.require(clients, clientId); // the plan owner or the privacy officer
        Map<Long, ClientDirectory.Member> members = directory.networkMembers(clientId);
        return consents.ofClient(clientId).stream().map(c -> ConsentLine.of(c, members)).toList();
    }

    /**
     * Records a consent; refused when the recipient has an active consent already, and in a closed file (read-only).
     * A withdrawal is not: a client may always take their consent back.
     */
    @PreAuthorize(Permissions.CLIENT_WRITE)
    @Transactional
    public ConsentLine record(long clientId, ConsentData data) {
        InputValidation.require(data);
        requireClient(clientId);
        directory.requireOpen(clientId);
        Map<Long, ClientDirectory.Member> members = directory.networkMembers(clientId);
        if (data.recipient() == ConsentRecipient.NETWORK_MEMBER && data.networkMemberId() != null
                && !members.containsKey(data.networkMemberId())) {
            throw new BusinessRuleException("error.consent.memberNotInNetwork");
        }
        CurrentUser me = CurrentUser.require();
        Consent consent = Consent.record(clientId, data, consents.ofClient(clientId), me.userId(), me.displayName(),
                clock.instant(), LocalDate.now(clock));
        try {
            consent = consents.saveAndFlush(consent);
        } catch (DataIntegrityViolationException e) { // someone recorded the same recipient at this very moment
            throw new BusinessRuleException("error.consent.alreadyActive");
        }
        ConsentLine line = ConsentLine.of(consent, members);
        auditLog.record(clientId, "history.consent.recorded", describe(line));
        return line;
    }

    /**
     * Withdraws a consent from a day on. {@code expectedVersion} is the version the user saw: if someone changed it
     * since, nothing happens and the user is told. What shared on the consent stops at once ({@link ConsentWithdrawn}).
     */
    @PreAuthorize(Permissions.CLIENT_WRITE)
    @Transactional
    public ConsentLine withdraw(long clientId, long consentId, long expectedVersion, LocalDate on) {
        requireClient(clientId);
        Consent consent = consents.findByIdAndClientId(consentId, clientId)
                .orElseThrow(() -> new BusinessRuleException("error.consent.notFound"));
        if (consent.getVersion() != expectedVersion) {
            throw Changed.meanwhile("error.consent.changed", consent.getWithdrawnByName());
        }
        CurrentUser me = CurrentUser.require();
        consent.withdraw(on, LocalDate.now(clock), me.userId(), me.displayName(), clock.instant());
        try {
            consents.flush();
        } catch (OptimisticLockingFailureException e) {
            throw Changed.meanwhile("error.consent.changed", null);
        }
        ConsentLine line = ConsentLine.of(consent, directory.networkMembers(clientId));
        auditLog.record(clientId, "history.consent.withdrawn", describe(line));
        events.publishEvent(new ConsentWithdrawn(clientId, consent.getRecipient(), consent.getNetworkMemberId(), on,
                me.displayName()));
        return line;
    }

    /** Whether the client has an active consent for this kind of recipient (the team, the volunteers). */
    @PreAuthorize(Permissions.CLIENT_READ)
    public boolean hasConsent(long clientId, ConsentRecipient kind) {
        return hasConsent(clientId, kind, null);
    }

    /** The same for one network member ({@code memberId}; ignored for the other kinds). */
    @PreAuthorize(Permissions.CLIENT_READ)
    public boolean hasConsent(long clientId, ConsentRecipient kind, Long memberId) {
        requireClient(clientId);
        if (kind == ConsentRecipient.NETWORK_MEMBER && memberId == null) {
            return false;
        }
        return consents.active(clientId, kind, kind == ConsentRecipient.NETWORK_MEMBER ? memberId : null);
    }

    private void requireClient(long clientId) {
        if (clients.findByIdAndTeamId(clientId, CurrentUser.require().requireTeamId()).isEmpty()) {
            throw new BusinessRuleException("error.client.notFound");
        }
    }

    /** The line of the history tab, in Dutch: "vrijwilligers van het team, gegeven op 02-12-2026 (mondeling)". */
    private String describe(ConsentLine line) {
        String recipient = translations.getTranslation(line.recipient().labelKey(), Translations.NL)
                + (line.recipientName() == null ? "" : " " + line.recipientName());
        String manner = line.manner() == null ? "" : " (" + translations.getTranslation(line.manner().labelKey(),
                Translations.NL) + (line.representative() == null ? "" : " " + line.representative()) + ")";
        String text = recipient + ", " + translations.getTranslation("consent.history.given", Translations.NL,
                DutchFormats.date(line.givenOn())) + manner;
        return line.withdrawnOn() == null ? text : text + ", " + translations.getTranslation("consent.history.withdrawn",
                Translations.NL, DutchFormats.date(line.withdrawnOn()));
    }

    /**
     * A consent as the Overzicht shows it: for whom ({@code recipientName} is the network member's or organisation's
     * name), given when, how and by whom recorded; withdrawn when and by whom (null while active).
     */
    public record ConsentLine(long id, long version, ConsentRecipient recipient, Long networkMemberId,
            String recipientName, LocalDate givenOn, ConsentManner manner, String representative, String recordedBy,
            LocalDate withdrawnOn, String withdrawnBy) {

        static ConsentLine of(Consent c, Map<Long, ClientDirectory.Member> members) {
            String name = c.getRecipient() == ConsentRecipient.ORGANISATION ? c.getOrganisation()
                    : c.getNetworkMemberId() == null ? null
                    : members.containsKey(c.getNetworkMemberId()) ? members.get(c.getNetworkMemberId()).name() : null;
            return new ConsentLine(c.getId(), c.getVersion(), c.getRecipient(), c.getNetworkMemberId(), name,
                    c.getGivenOn(), c.getManner(), c.getRepresentative(), c.getRecordedByName(), c.getWithdrawnOn(),
                    c.getWithdrawnByName());
        }

        public boolean active() {
            return withdrawnOn == null;
        }
    }
}
