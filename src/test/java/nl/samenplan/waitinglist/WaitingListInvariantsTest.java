package nl.samenplan.waitinglist;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.Translations;
import nl.samenplan.client.ClientService;
import nl.samenplan.testsupport.AnotherUser;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The waiting list's rules live in the database too (Liquibase 015): at most one open period per client, and a
 * new period does not start before the previous one ended. Whatever writes the table is held to them, and the
 * application tells a refusal in Dutch, also when two people act at the same moment.
 */
class WaitingListInvariantsTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private WaitingListService waitingList;
    @Autowired
    private JdbcTemplate jdbc;
    @Autowired
    private DataSource dataSource;
    @Autowired
    private Translations translations;

    private long clientId;
    private long teamId;
    private LocalDate today;

    @BeforeEach
    void a_client_of_the_leefcoach() {
        login("leefcoach");
        clientId = Fixtures.newClient(clients, "Invariant");
        teamId = jdbc.queryForObject("select team_id from client where id = ?", Long.class, clientId);
        today = LocalDate.now(clock);
    }

    @Test
    void the_database_refuses_a_second_open_period_of_a_client_written_behind_the_applications_back() {
        waitingList.putOn(clientId, data(today.minusDays(30)), null);

        assertThatThrownBy(() -> insert(clientId, today.minusDays(1), null))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("waiting_list_period_open");
        assertThatThrownBy(() -> insert(clientId, today.minusDays(60), null))
                .as("also when it would start earlier").isInstanceOf(DataAccessException.class);
        // besides the trigger, the unique index on the open period (it decides when two inserts race: see below)
        assertThat(jdbc.queryForList("select column_name from information_schema.statistics where table_schema ="
                + " database() and table_name = 'waiting_list_entry' and index_name = 'uq_wle_open_client'"
                + " and non_unique = 0", String.class)).containsExactly("open_client_id");
        assertThat(openPeriods()).isEqualTo(1);
    }

    @Test
    void the_database_refuses_a_period_that_starts_before_the_previous_one_ended() {
        insert(clientId, today.minusDays(100), today.minusDays(40));

        assertThatThrownBy(() -> insert(clientId, today.minusDays(50), null))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("waiting_list_period_overlap");
        assertThatThrownBy(() -> insert(clientId, today.minusDays(120), today.minusDays(90)))
                .as("nor a closed period that overlaps").isInstanceOf(DataAccessException.class);
        long back = insert(clientId, today.minusDays(40), null);
        assertThat(back).as("coming back on the day one left is fine").isPositive();
        assertThatThrownBy(() -> jdbc.update("update waiting_list_entry set placed_on = ? where id = ?",
                Date.valueOf(today.minusDays(60)), back))
                .as("nor moving the start back into the previous period")
                .isInstanceOf(DataAccessException.class).hasMessageContaining("waiting_list_period_overlap");
        assertThat(jdbc.queryForObject("select count(*) from waiting_list_entry where client_id = ?", Integer.class,
                clientId)).isEqualTo(2);
    }

    @Test
    void the_application_says_in_dutch_that_a_new_period_cannot_start_before_the_previous_one_ended() {
        long first = waitingList.putOn(clientId, data(today.minusDays(100)), null);
        waitingList.leave(first, 0, LeaveReason.NIET_MEER_NODIG, today.minusDays(40), null);

        assertThatThrownBy(() -> waitingList.putOn(clientId, data(today.minusDays(50)), null))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(dutch(e))
                        .isEqualTo("De vorige periode op de wachtlijst eindigde op " + nl.samenplan.base.DutchFormats
                                .date(today.minusDays(40)) + ". Een nieuwe periode kan niet eerder beginnen: kies die"
                                + " datum of later."));
        assertThat(waitingList.ofClient(clientId)).hasSize(1);
    }

    @Test
    void two_people_putting_the_same_client_on_the_list_at_the_same_moment_one_succeeds_the_other_is_told_in_dutch()
            throws Exception {
        AnotherUser users = new AnotherUser(userDetailsService);
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Long>> attempts = new ArrayList<>();
            for (String who : List.of("leefcoach", "dorpsregisseur")) {
                attempts.add(pool.submit(() -> {
                    users.logInThisThread(who);
                    together.await(10, TimeUnit.SECONDS);
                    return waitingList.putOn(clientId, data(today.minusDays(3)), who);
                }));
            }
            List<Long> saved = new ArrayList<>();
            List<String> told = new ArrayList<>();
            for (Future<Long> attempt : attempts) {
                try {
                    saved.add(attempt.get(60, TimeUnit.SECONDS));
                } catch (java.util.concurrent.ExecutionException e) {
                    assertThat(e.getCause()).as("a rule that said no, not a server error")
                            .isInstanceOf(BusinessRuleException.class);
                    told.add(dutch((BusinessRuleException) e.getCause()));
                }
            }
            assertThat(saved).hasSize(1);
            assertThat(told).containsExactly("Deze cliënt staat al op de wachtlijst.");
            assertThat(openPeriods()).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void two_people_putting_two_new_clients_on_the_list_at_the_same_moment_both_succeed() throws Exception {
        // New clients have no periods yet, so their inserts meet in the same gap of the client index, where the
        // database's overlap check locks: a deadlock is likely, and must end as a retry, not as a server error.
        AnotherUser users = new AnotherUser(userDetailsService);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                long first = Fixtures.newClient(clients, "Tegelijk");
                long second = Fixtures.newClient(clients, "Tegelijk");
                CyclicBarrier together = new CyclicBarrier(2);
                List<Future<Long>> attempts = new ArrayList<>();
                for (long client : List.of(first, second)) {
                    attempts.add(pool.submit(() -> {
                        users.logInThisThread("dorpsregisseur");
                        together.await(10, TimeUnit.SECONDS);
                        return waitingList.putOn(client, data(today.minusDays(1)), null);
                    }));
                }
                for (Future<Long> attempt : attempts) {
                    assertThat(attempt.get(60, TimeUnit.SECONDS)).isPositive();
                }
                assertThat(waitingList.current(first)).isPresent();
                assertThat(waitingList.current(second)).isPresent();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void when_the_database_says_no_after_the_applications_own_check_said_yes_the_user_is_told_in_dutch()
            throws Exception {
        // Someone else's transaction has put the client on the list and has not committed yet: the application's
        // own check cannot see it, so the unique index has to make the second insert wait and then refuse it.
        AnotherUser users = new AnotherUser(userDetailsService);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement insert = other.prepareStatement(INSERT)) {
                bind(insert, clientId, today.minusDays(2), null);
                insert.executeUpdate();
            }
            Future<Long> attempt = pool.submit(() -> {
                users.logInThisThread("dorpsregisseur");
                return waitingList.putOn(clientId, data(today.minusDays(1)), null);
            });
            // wait until the application has passed its own checks and its insert is held by the database
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (jdbc.queryForObject("select count(*) from information_schema.processlist where command = 'Query'"
                    + " and info like 'insert into waiting_list_entry%'", Integer.class) == 0) {
                if (attempt.isDone()) {
                    attempt.get();
                }
                assertThat(System.nanoTime()).as("the second insert waits for the first").isLessThan(deadline);
                Thread.sleep(20);
            }
            other.commit();
            assertThatThrownBy(() -> attempt.get(60, TimeUnit.SECONDS)).cause()
                    .isInstanceOfSatisfying(BusinessRuleException.class, e -> assertThat(dutch(e))
                            .isEqualTo("Deze cliënt staat al op de wachtlijst."));
        } finally {
            pool.shutdownNow();
        }
        assertThat(openPeriods()).isEqualTo(1);
    }

    private static final String INSERT = "insert into waiting_list_entry (version, team_id, client_id, village, type,"
            + " urgency, placed_on, status, status_since, left_on, leave_reason, created_at)"
            + " values (0, ?, ?, 'Heideveen', 'VERPLEEGHUIS', 'NORMAAL', ?, ?, ?, ?, ?, now())";

    private long insert(long client, LocalDate placed, LocalDate left) {
        var key = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.update(c -> {
            PreparedStatement statement = c.prepareStatement(INSERT, java.sql.Statement.RETURN_GENERATED_KEYS);
            bind(statement, client, placed, left);
            return statement;
        }, key);
        return key.getKey().longValue();
    }

    private void bind(PreparedStatement statement, long client, LocalDate placed, LocalDate left)
            throws java.sql.SQLException {
        statement.setLong(1, teamId);
        statement.setLong(2, client);
        statement.setDate(3, Date.valueOf(placed));
        statement.setString(4, left == null ? "ACTIEF_WACHTEND" : "AFGEMELD");
        statement.setDate(5, Date.valueOf(left == null ? placed : left));
        statement.setDate(6, left == null ? null : Date.valueOf(left));
        statement.setString(7, left == null ? null : "NIET_MEER_NODIG");
    }

    private int openPeriods() {
        return jdbc.queryForObject("select count(*) from waiting_list_entry where client_id = ? and left_on is null",
                Integer.class, clientId);
    }

    private String dutch(BusinessRuleException e) {
        return translations.getTranslation(e.messageKey(), Translations.NL, e.parameters());
    }

    private static WaitingListData data(LocalDate placedOn) {
        return new WaitingListData(placedOn, WaitingListType.VERPLEEGHUIS, WaitingUrgency.NORMAAL, null,
                WaitingStatus.ACTIEF_WACHTEND);
    }
}
