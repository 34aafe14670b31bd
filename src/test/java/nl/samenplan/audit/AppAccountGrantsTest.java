package nl.samenplan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The README's rights for the application's database account, as {@code db/app-account-grants.sql} prints them for
 * the real schema: every table gets its grant, and the logs only SELECT and INSERT, so that the account cannot change
 * or remove a line even without the triggers. (The embedded server runs without grant tables, so the statements are
 * checked, not executed.)
 */
class AppAccountGrantsTest extends KaribuTest {

    private static final Pattern GRANT = Pattern.compile("GRANT (.+) ON `[^`]+`\\.`([^`]+)` TO 'samenplan'@'%';");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void the_applications_account_may_add_to_and_read_the_logs_but_never_change_or_remove_a_line() throws IOException {
        Map<String, String> rights = grants();

        assertThat(rights.get("access_log_entry")).isEqualTo("SELECT, INSERT");
        assertThat(rights.get("audit_entry")).isEqualTo("SELECT, INSERT");
        assertThat(rights.get("access_log_head")).as("the head moves on, is never removed").isEqualTo("SELECT, UPDATE");
        assertThat(rights.get("client")).isEqualTo("SELECT, INSERT, UPDATE, DELETE");
        assertThat(rights).doesNotContainKeys("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");
    }

    @Test
    void every_table_of_the_schema_gets_its_grant() throws IOException {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables where table_schema "
                + "= database() and table_type = 'BASE TABLE' and table_name not like 'DATABASECHANGELOG%'", String.class);

        assertThat(grants().keySet()).containsExactlyInAnyOrderElementsOf(tables);
    }

    private Map<String, String> grants() throws IOException {
        String generator = new ClassPathResource("db/app-account-grants.sql").getContentAsString(StandardCharsets.UTF_8);
        return jdbc.queryForList(generator, String.class).stream().map(GRANT::matcher).peek(m -> {
            assertThat(m.matches()).as(m.toString()).isTrue();
        }).collect(Collectors.toMap(m -> m.group(2), m -> m.group(1), (a, b) -> a + " | " + b));
    }
}
