package nl.samenplan.audit;

import nl.samenplan.base.access.AccessEventType;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.samenplan.audit.AccessLog.ChainBreak;
import nl.samenplan.audit.AccessLog.ChainCheck;
import nl.samenplan.testsupport.AnotherUser;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/** The access log (NEN 7513): append-only in the database, and a chain of hashes that shows any change behind it. */
class AccessLogTest extends KaribuTest {

    @Autowired
    private AccessLog accessLog;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void every_entry_follows_on_from_the_one_before_and_the_check_finds_the_chain_intact() {
        long before = rows();
        as("leefcoach", () -> {
            accessLog.record(AccessEvent.allowed(AccessEventType.CLIENT_FILE_OPENED, 101L, "tab: plan"));
            accessLog.record(AccessEvent.refused(AccessEventType.CLIENT_FILE_OPENED, 202L, "not in the team"));
            accessLog.record(AccessEvent.allowed(AccessEventType.PLAN_EXPORTED, 101L, null));
        });

        List<Map<String, Object>> newest = newest(3);
        String organisation = jdbc.queryForObject("select o.name from app_user u join organisation o "
                + "on o.id = u.organisation_id where u.username = 'leefcoach'", String.class);
        assertThat(rows()).isEqualTo(before + 3);
        for (int k = 1; k < newest.size(); k++) {
            assertThat(newest.get(k).get("previous_hash")).as("entry %s follows on from the one before",
                    newest.get(k).get("id")).isEqualTo(newest.get(k - 1).get("hash"));
        }
        assertThat(newest).allSatisfy(row -> {
            assertThat(row.get("hash").toString()).matches("[0-9a-f]{64}");
            assertThat(row.get("username")).isEqualTo("leefcoach");
            assertThat(row.get("role")).isEqualTo("LEEFCOACH");
            assertThat(row.get("user_id")).isNotNull();
            assertThat(row.get("team_id")).as("the leefcoach's team").isNotNull();
            assertThat(row.get("organisation")).as("the leefcoach's organisation").isEqualTo(organisation);
        });
        assertThat(newest).extracting(row -> row.get("outcome")).containsExactly("ALLOWED", "REFUSED", "ALLOWED");
        assertThat(newest).extracting(row -> row.get("client_id")).containsExactly(101L, 202L, 101L);
        assertThat(jdbc.queryForObject("select previous_hash from access_log_entry order by id limit 1", String.class))
                .as("the very first entry starts from 64 zeros").isEqualTo("0".repeat(64));

        ChainCheck check = as("beheerder", accessLog::verify);
        assertThat(check.isIntact()).as(check.toString()).isTrue();
        assertThat(check.entriesChecked()).isEqualTo(rows());
    }

    @Test
    void an_attempt_by_nobody_logged_in_is_logged_too_without_a_user() {
        SecurityContextHolder.clearContext();
        accessLog.record(AccessEvent.refused(AccessEventType.CLIENT_LIST_VIEWED, null, "not logged in"));

        Map<String, Object> row = newest(1).get(0);
        assertThat(row.get("user_id")).isNull();
        assertThat(row.get("username")).isNull();
        assertThat(row.get("outcome")).isEqualTo("REFUSED");
        assertThat(row.get("detail")).isEqualTo("not logged in");
    }

    @Test
    void the_database_refuses_to_change_or_delete_an_entry() {
        as("leefcoach", () -> accessLog.record(AccessEvent.allowed(AccessEventType.CLIENT_FILE_OPENED, 303L, "as written")));
        long id = newestId();

        assertThatThrownBy(() -> jdbc.update("update access_log_entry set detail = 'changed' where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("The access log is append-only: an entry cannot be changed");
        assertThatThrownBy(() -> jdbc.update("delete from access_log_entry where id = ?", id))
                .isInstanceOf(DataAccessException.class)
                .hasMessageContaining("The access log is append-only: an entry cannot be deleted");
        assertThatThrownBy(() -> jdbc.update("delete from access_log_entry"))
                .as("not even all at once").isInstanceOf(DataAccessException.class);

        assertThat(jdbc.queryForObject("select detail from access_log_entry where id = ?", String.class, id))
                .isEqualTo("as written");
    }

    @Test
    void an_entry_changed_behind_the_applications_back_is_where_the_check_finds_the_chain_broken() {
        as("leefcoach", () -> {
            accessLog.record(AccessEvent.allowed(AccessEventType.CLIENT_FILE_OPENED, 404L, "before"));
            accessLog.record(AccessEvent.allowed(AccessEventType.CLIENT_FILE_OPENED, 404L, "the one changed"));
            accessLog.record(AccessEvent.allowed(AccessEventType.CLIENT_FILE_OPENED, 404L, "after"));
        });
        long changed = newestId() - 1;
        assertThat(jdbc.queryForObject("select detail from access_log_entry where id = ?", String.class, changed))
                .isEqualTo("the one changed");
        ChainCheck tampered;
        try {
            AccessLogTriggers.NAMES.forEach(name -> jdbc.execute("DROP TRIGGER " + name));
            jdbc.update("update access_log_entry set detail = 'nobody looked' where id = ?", changed);
            tampered = as("beheerder", accessLog::verify);
        } finally {
            jdbc.update("update access_log_entry set detail = 'the one changed' where id = ?", changed);
            AccessLogTriggers.NAMES.forEach(name -> jdbc.execute("DROP TRIGGER IF EXISTS " + name));
            AccessLogTriggers.createStatements().forEach(jdbc::execute);
        }

        assertThat(tampered.isIntact()).isFalse();
        assertThat(tampered.brokenAt()).isEqualTo(changed);
        assertThat(tampered.reason()).isEqualTo(ChainBreak.CONTENT_DOES_NOT_MATCH_HASH);
        assertThat(jdbc.queryForList("select trigger_name from information_schema.triggers "
                + "where event_object_table = 'access_log_entry' and trigger_schema = database()", String.class))
                .as("the triggers are back").containsExactlyInAnyOrderElementsOf(AccessLogTriggers.NAMES);
        assertThat(as("beheerder", accessLog::verify).isIntact()).as("put back as it was").isTrue();
    }

    @Test
    void eight_people_writing_at_the_same_time_make_one_unbroken_chain() throws Exception {
        long before = as("beheerder", accessLog::verify).entriesChecked();
        AnotherUser people = new AnotherUser(userDetailsService);
        List<String> users = List.of("leefcoach", "dorpsregisseur", "wijkverpleegkundige", "coordinator",
                "leefcoach", "dorpsregisseur", "wijkverpleegkundige", "coordinator");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(users.size());
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < users.size(); t++) {
                String user = users.get(t);
                long clientId = 500L + t;
                done.add(threads.submit(() -> {
                    people.logInThisThread(user);
                    start.await();
                    for (int k = 0; k < 50; k++) {
                        accessLog.record(AccessEvent.allowed(AccessEventType.CLIENT_FILE_OPENED, clientId, "#" + k));
                    }
                    SecurityContextHolder.clearContext();
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get(2, TimeUnit.MINUTES);
            }
        } finally {
            threads.shutdownNow();
        }

        ChainCheck after = as("beheerder", accessLog::verify);
        assertThat(after.isIntact()).as(after.toString()).isTrue();
        assertThat(after.entriesChecked()).isEqualTo(before + 400);
        assertThat(jdbc.queryForObject("select count(distinct previous_hash) from access_log_entry", Long.class))
                .as("no two entries chained onto the same one").isEqualTo(rows());
    }

    private long rows() {
        return jdbc.queryForObject("select count(*) from access_log_entry", Long.class);
    }

    private long newestId() {
        return jdbc.queryForObject("select max(id) from access_log_entry", Long.class);
    }

    /** The newest entries, oldest of them first. */
    private List<Map<String, Object>> newest(int count) {
        List<Map<String, Object>> rows = new ArrayList<>(jdbc.queryForList(
                "select * from access_log_entry order by id desc limit ?", count));
        java.util.Collections.reverse(rows);
        return rows;
    }
}
