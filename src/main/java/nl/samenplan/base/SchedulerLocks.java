package nl.samenplan.base;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Scheduled work runs on one node at a time, however many nodes share the database: every {@code @Scheduled} method
 * runs its work through {@link #lockingTaskExecutor} and so first takes its row in the {@code shedlock} table
 * (ShedLock, Liquibase 031); a node that finds the row taken skips that run. Explicitly, in the method's own code,
 * not through ShedLock's {@code @SchedulerLock} proxies (they need Spring AOP's auto-proxying of every advisor, which
 * nothing else here needs); an ArchUnit rule checks that every {@code @Scheduled} method does so. The times are the database's ({@code usingDbTime()}), so the nodes'
 * clocks need not agree. A start-up catch-up that is no scheduled call takes the same lock through
 * {@link #executor}. {@code lockAtMostFor} frees the row of a node that died mid-run; each job sets its own, longer
 * than its longest run.
 */
@Configuration
public class SchedulerLocks {

    /** The lock table, one row per job name. */
    public static final String TABLE = "shedlock";

    @Bean
    public LockProvider lockProvider(DataSource dataSource) {
        return provider(dataSource);
    }

    /** Runs a piece of work under a job's lock, for callers that are not a scheduled method. */
    @Bean
    public LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }

    /** The application's lock provider on a data source: what every node builds (a test builds a second node's). */
    public static LockProvider provider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .withTableName(TABLE)
                .usingDbTime()
                .build());
    }
}
