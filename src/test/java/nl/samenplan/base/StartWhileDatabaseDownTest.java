package nl.samenplan.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.time.Duration;
import nl.samenplan.Application;
import nl.samenplan.security.Role;
import nl.samenplan.testsupport.EmbeddedMariaDb;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node that starts while its database is still down waits for it (bounded) instead of exiting: the database is
 * reached through a port that opens only some seconds later, as a database server does when it restarts.
 */
class StartWhileDatabaseDownTest {

    private static final Duration DATABASE_AWAY = Duration.ofSeconds(8);

    @Test
    void a_start_while_the_database_is_down_waits_for_it_and_then_comes_up_as_usual() throws Exception {
        String server = EmbeddedMariaDb.start(Path.of("target", "test-db",
                Long.toString(ProcessHandle.current().pid()), "data"), true, "samenplan_late_start");
        int serverPort = Integer.parseInt(server.replaceAll("^jdbc:mariadb://[^:]+:(\\d+)/.*$", "$1"));
        int latePort = freePort();
        Thread opensLater = new Thread(() -> forwardLater(latePort, serverPort), "database-comes-back");
        opensLater.setDaemon(true);
        opensLater.start();

        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = startOn(latePort, "samenplan_late_start")) {
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.printf("Started %d ms after the first try; the database was away for %d ms%n",
                    took.toMillis(), DATABASE_AWAY.toMillis());
            assertThat(took).isGreaterThanOrEqualTo(DATABASE_AWAY);
            assertThat(context.getBean(JdbcTemplate.class).queryForObject(
                    "select count(*) from app_user where role = ?", Integer.class, Role.BEHEERDER.name())).isEqualTo(1);
        }
    }

    @Test
    void a_database_that_never_comes_gives_up_in_bounded_time_instead_of_hanging() {
        int nobodyListens = freePort();
        long started = System.nanoTime();
        assertThatThrownBy(() -> startOn(nobodyListens, "samenplan_never",
                "--spring.datasource.hikari.initialization-fail-timeout=3000").close()).isNotNull();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(60));
    }

    /** {@code arguments}: as on the command line (the builder's properties are defaults, below the application's). */
    private static ConfigurableApplicationContext startOn(int port, String database, String... arguments) {
        return new SpringApplicationBuilder(Application.class)
                .properties("SAMENPLAN_DB_URL=jdbc:mariadb://127.0.0.1:" + port + "/" + database
                                + "?createDatabaseIfNotExist=true", "SAMENPLAN_DB_USER=root", "SAMENPLAN_DB_PASSWORD=",
                        "SAMENPLAN_ADMIN_USERNAME=beheer.later", "SAMENPLAN_ADMIN_PASSWORD=een-lang-en-eigen-wachtwoord-9",
                        "SAMENPLAN_SECOND_FACTOR_KEY=een-sleutel-voor-deze-test", "PORT=0",
                        "vaadin.productionMode=false", "spring.main.banner-mode=off")
                .run(arguments);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** After {@link #DATABASE_AWAY}, forwards every connection on {@code from} to the database server on {@code to}. */
    private static void forwardLater(int from, int to) {
        try {
            Thread.sleep(DATABASE_AWAY.toMillis());
            try (ServerSocket listening = new ServerSocket(from)) {
                while (!Thread.currentThread().isInterrupted()) {
                    Socket client = listening.accept();
                    Socket database = new Socket("127.0.0.1", to);
                    pipe(client.getInputStream(), database.getOutputStream());
                    pipe(database.getInputStream(), client.getOutputStream());
                }
            }
        } catch (IOException | InterruptedException ended) {
            // the test is over
        }
    }

    private static void pipe(InputStream in, OutputStream out) {
        Thread copy = new Thread(() -> {
            try (in; out) {
                in.transferTo(out);
            } catch (IOException closed) {
                // one side closed the connection
            }
        });
        copy.setDaemon(true);
        copy.start();
    }
}
