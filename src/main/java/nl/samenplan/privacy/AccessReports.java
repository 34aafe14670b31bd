package nl.samenplan.privacy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.samenplan.audit.AccessEvent;
import nl.samenplan.audit.AccessLog.ChainCheck;
import nl.samenplan.audit.AccessLog;
import nl.samenplan.audit.AccessLogReader;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.Translations;
import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import nl.samenplan.client.ClientDirectory;
import nl.samenplan.client.ClientService.ReportSubject;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.security.PeopleService.Person;
import nl.samenplan.security.PeopleService;
import nl.samenplan.security.Permissions;
import nl.samenplan.security.Role;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The access reports (NEN 7513, AVG art. 15): for one client who looked at and who changed the file, produced by the
 * client's plan owner or the privacy officer; for one user what they opened, and the chain check, for the privacy
 * officer. Every read of a report is itself an entry in the access log.
 */
@Service
@Transactional(readOnly = true)
public class AccessReports {

    private final ReportLines lines;
    private final AccessLogReader log;
    private final AccessLog accessLog;
    private final ClientService clients;
    private final ClientDirectory directory;
    private final PlanService plans;
    private final PeopleService people;
    private final Translations translations;

    AccessReports(ReportLines lines, AccessLogReader log, AccessLog accessLog, ClientService clients,
            ClientDirectory directory, PlanService plans, PeopleService people, Translations translations) {
        this.lines = lines;
        this.log = log;
        this.accessLog = accessLog;
        this.clients = clients;
        this.directory = directory;
        this.plans = plans;
        this.people = people;
        this.translations = translations;
    }

    /**
     * Whether the current user may produce this client's access report: the privacy officer always, the others when
     * they own the client's plan. For showing the link; the reports check it again.
     */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    public boolean mayProduce(long clientId) {
        CurrentUser me = CurrentUser.require();
        return me.role() == Role.PRIVACY || plans.owner(clientId).map(o -> o.userId() == me.userId()).orElse(false);
    }

    /** Whom the report is about, for its page's heading; refused unless the plan owner or the privacy officer. */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @LogsAccess(AccessEventType.ACCESS_LOG_VIEWED)
    public ReportSubject subject(long clientId) {
        return requireMayProduce(clientId);
    }

    /** A page of the client's report: the entries in the period (from and to included), newest first. */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @LogsAccess(AccessEventType.ACCESS_LOG_VIEWED)
    public Page<ReportLine> clientReport(long clientId, ReportPeriod period, Pageable pageable) {
        requireMayProduce(clientId);
        return lines.page(clientId, period, pageable);
    }

    /** The client's report for the period as a PDF in plain language (Dutch, or English for an English screen). */
    @PreAuthorize(Permissions.ACCESS_REPORT)
    @LogsAccess(AccessEventType.ACCESS_LOG_VIEWED)
    public byte[] clientReportPdf(long clientId, ReportPeriod period, Locale locale) {
        ReportSubject subject = requireMayProduce(clientId);
        return AccessReportPdf.render(subject, period, lines.all(clientId, period), text(locale));
    }

    /**
     * A page of one user's report ("what did this user open"): their entries in the period, newest first, each with
     * the client's name. The privacy officer only; logged with the user's id.
     */
    @PreAuthorize(Permissions.PRIVACY_OFFICE)
    public Page<ReportLine> userReport(long userId, ReportPeriod period, Pageable pageable) {
        Person person = people.person(userId).orElseThrow(() -> new BusinessRuleException("error.accessReport.noUser"));
        Page<AccessLogReader.Line> page = log.ofUser(userId, period.fromInstant(), period.toInstant(), pageable);
        Map<Long, String> clientNames = directory.visits(page.stream().map(AccessLogReader.Line::clientId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().fullName()));
        if (pageable.isUnpaged() || pageable.getPageNumber() == 0) {
            accessLog.record(AccessEvent.allowed(AccessEventType.ACCESS_LOG_VIEWED, null,
                    "user report: user " + userId + " (" + person.username() + "), " + period));
        }
        return page.map(line -> ReportLine.of(line, person.displayName(), clientNames.get(line.clientId())));
    }

    /** The privacy officer's search for the user whose report to produce. */
    @PreAuthorize(Permissions.PRIVACY_OFFICE)
    public Page<Person> findPeople(String search, Pageable pageable) {
        return people.findPeople(search, pageable);
    }

    /** The chain check of the whole access log; logged as a read of the log. */
    @PreAuthorize(Permissions.ACCESS_LOG_CHECK)
    public ChainCheck checkChain() {
        ChainCheck check = accessLog.verify();
        accessLog.record(AccessEvent.allowed(AccessEventType.ACCESS_LOG_VIEWED, null,
                "chain check: " + (check.isIntact() ? "intact" : "broken at " + check.brokenAt())));
        return check;
    }

    private ReportSubject requireMayProduce(long clientId) {
        ReportSubject subject = clients.reportSubject(clientId);
        if (!mayProduce(clientId)) {
            accessLog.record(AccessEvent.refused(AccessEventType.ACCESS_LOG_VIEWED, clientId,
                    "access report: not the plan owner"));
            throw new BusinessRuleException("error.accessReport.notOwner");
        }
        return subject;
    }

    private nl.samenplan.plan.Translator text(Locale locale) {
        return (key, params) -> translations.getTranslation(key, locale, params);
    }

    /** The default period of a report: the last twelve months up to today. */
    public static ReportPeriod lastYear(LocalDate today) {
        return new ReportPeriod(today.minusYears(1), today);
    }
}
