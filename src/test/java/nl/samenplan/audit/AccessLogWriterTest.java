package nl.samenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import nl.samenplan.base.ErrorMessages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * The access log's own connection pool keeps the application's time-outs (application.properties): an entry written
 * while the database is away fails within seconds, as the change it follows does, never after Hikari's default 30 s;
 * and a half-open connection is given up by the driver's socket time-out.
 */
class AccessLogWriterTest {

    @Test
    void an_entry_written_while_the_database_is_away_fails_within_seconds_with_the_database_unreachable()
            throws Exception {
        AccessLogWriter writer = new AccessLogWriter(nowhere(), applicationProperties());
        try {
            long started = System.nanoTime();
            assertThatThrownBy(() -> writer.append(previous -> {
                throw new AssertionError("no connection, so no entry either");
            })).satisfies(e -> assertThat(ErrorMessages.classify(e).kind())
                    .isEqualTo(ErrorMessages.Kind.DATABASE_UNREACHABLE));
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(seconds).as("seconds before the writer gave up").isLessThan(8);
        } finally {
            writer.close();
        }
    }

    @Test
    void the_pool_of_the_access_log_has_the_drivers_socket_time_out_and_its_own_size() throws Exception {
        AccessLogWriter writer = new AccessLogWriter(nowhere(), applicationProperties());
        try {
            HikariDataSource pool = (HikariDataSource) ReflectionTestUtils.getField(writer, "pool");
            assertThat(pool.getDataSourceProperties()).containsEntry("socketTimeout", "300000")
                    .containsEntry("connectTimeout", "5000");
            assertThat(pool.getConnectionTimeout()).isEqualTo(5000);
            assertThat(pool.getKeepaliveTime()).isEqualTo(120000);
            assertThat(pool.getMaximumPoolSize()).isEqualTo(AccessLogWriter.POOL_SIZE);
            assertThat(pool.getPoolName()).isEqualTo("access-log");
        } finally {
            writer.close();
        }
    }

    /** A database address where nothing listens: a port that was free a moment ago. */
    private static DataSourceProperties nowhere() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        DataSourceProperties properties = new DataSourceProperties();
        properties.setUrl("jdbc:mariadb://127.0.0.1:" + port + "/samenplan");
        properties.setUsername("samenplan");
        properties.setPassword("geheim");
        return properties;
    }

    private static StandardEnvironment applicationProperties() throws Exception {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new ResourcePropertySource(
                new ClassPathResource("application.properties")));
        return environment;
    }
}
