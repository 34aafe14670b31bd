package nl.samenplan.retention;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.samenplan.audit.AccessEvent;
import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.audit.AccessLog;
import nl.samenplan.audit.SystemAuditLog;
import nl.samenplan.catalog.RetentionTerm;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The nightly retention run: every client file closed longer ago than the retention term (a setting, 20 years by
 * default) is anonymised ({@link Anonymiser}), {@value #BATCH} files per transaction. Each file gets a line in its
 * history and a CLIENT_FILE_CHANGED entry in the access log; the run itself is a RETENTION_RUN entry (how many files,
 * which term) and a line in the application log. Safe to run twice: an anonymised file is marked and never taken
 * again. The time is a property, {@code samenplan.retention.cron}, like the task job's.
 *
 * <p>One node at a time: the lock {@value #LOCK} ({@link nl.samenplan.base.SchedulerLocks}). At most
 * {@value #LOCK_AT_MOST_FOR}: the first run on years of closed files can be long (a batch at a time), and the lock must
 * outlast it, or a second node would start on the same files. At least {@value #LOCK_AT_LEAST_FOR}: no second run by a
 * node whose clock is a few minutes behind.
 */
@Component
public class RetentionJob {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionJob.class);
    static final int BATCH = 200;
    static final String LOCK = "retention-job";
    static final String LOCK_AT_MOST_FOR = "PT3H";
    static final String LOCK_AT_LEAST_FOR = "PT5M";

    private final Anonymiser anonymiser;
    private final RetentionTerm term;
    private final NamedParameterJdbcTemplate jdbc;
    private final SystemAuditLog history;
    private final AccessLog accessLog;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final net.javacrumbs.shedlock.core.LockingTaskExecutor locks;

    RetentionJob(Anonymiser anonymiser, RetentionTerm term, NamedParameterJdbcTemplate jdbc, SystemAuditLog history,
            AccessLog accessLog, PlatformTransactionManager transactions, Clock clock,
            net.javacrumbs.shedlock.core.LockingTaskExecutor locks) {
        this.locks = locks;
        this.anonymiser = anonymiser;
        this.term = term;
        this.jdbc = jdbc;
        this.history = history;
        this.accessLog = accessLog;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    @Scheduled(cron = "${samenplan.retention.cron:0 45 3 * * *}", zone = "Europe/Amsterdam")
    public void nightly() {
        locks.executeWithLock((Runnable) this::runAll, new net.javacrumbs.shedlock.core.LockConfiguration(
                net.javacrumbs.shedlock.core.ClockProvider.now(), LOCK, java.time.Duration.parse(LOCK_AT_MOST_FOR),
                java.time.Duration.parse(LOCK_AT_LEAST_FOR)));
    }

    /** Anonymises every file past the term; returns how many it anonymised. */
    public int runAll() {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(clock);
        int years = term.years();
        LocalDate closedBefore = RetentionRule.closedBefore(years, today);
        int anonymised = 0;
        long after = 0;
        List<Long> batch;
        do {
            batch = pastTerm(closedBefore, after);
            if (batch.isEmpty()) {
                break;
            }
            after = batch.get(batch.size() - 1);
            List<Long> ids = batch;
            try {
                Map<Long, Long> done = transaction.execute(status -> {
                    Map<Long, Long> teams = anonymiser.anonymise(ids, today);
                    teams.forEach((clientId, teamId) -> history.record(teamId, clientId, "history.client.anonymised",
                            String.valueOf(years)));
                    return teams;
                });
                anonymised += done.size();
                // after the commit: the access report of each file says when it was anonymised
                done.keySet().forEach(id -> accessLog.record(AccessEvent.allowed(AccessEventType.CLIENT_FILE_CHANGED,
                        id, "history.client.anonymised")));
            } catch (RuntimeException e) {
                LOG.error("Retention: the files {} to {} could not be anonymised; the next run tries again",
                        ids.get(0), after, e);
            }
        } while (batch.size() == BATCH);
        String detail = "Bewaartermijn " + years + " jaar: " + anonymised
                + (anonymised == 1 ? " gesloten dossier" : " gesloten dossiers") + " geanonimiseerd (gesloten vóór "
                + nl.samenplan.base.DutchFormats.date(closedBefore) + ")";
        accessLog.record(AccessEvent.allowed(AccessEventType.RETENTION_RUN, null, detail));
        LOG.info("Retention run: {} closed files anonymised (term {} years, closed before {}) in {} ms", anonymised,
                years, closedBefore, (System.nanoTime() - started) / 1_000_000);
        return anonymised;
    }

    /** The next closed files past the term that are not anonymised yet, in id order (index ix_client_retention). */
    private List<Long> pastTerm(LocalDate closedBefore, long after) {
        return jdbc.queryForList("select id from client where anonymised_on is null and status = 'AFGESLOTEN'"
                + " and closed_on < :before and id > :after order by id limit " + BATCH,
                new MapSqlParameterSource("before", Date.valueOf(closedBefore)).addValue("after", after), Long.class);
    }
}
