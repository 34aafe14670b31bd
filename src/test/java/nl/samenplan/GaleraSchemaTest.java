package nl.samenplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a Galera cluster asks of the schema and the code (README, "Galera cluster"), checked on the migrated embedded
 * database and in the sources: a primary key on every table (Liquibase's history table included), InnoDB only (Galera
 * replicates nothing else), no scheduled events (they would run on every node) and no table or named locks (Galera
 * does not replicate them).
 */
class GaleraSchemaTest extends KaribuTest {

    private static final Pattern TABLE_OR_NAMED_LOCK = Pattern.compile(
            "\\bLOCK\\s+TABLES?\\b|\\bFLUSH\\s+TABLES\\s+WITH\\s+READ\\s+LOCK\\b|(?i:\\b(GET|RELEASE)_LOCK\\s*\\()");

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void every_table_has_a_primary_key_liquibase_history_included() {
        List<String> tables = jdbc.queryForList("select table_name from information_schema.tables"
                + " where table_schema = database() and table_type = 'BASE TABLE'", String.class);
        List<String> withoutKey = jdbc.queryForList("select t.table_name from information_schema.tables t"
                + " where t.table_schema = database() and t.table_type = 'BASE TABLE' and not exists (select 1"
                + " from information_schema.table_constraints c where c.table_schema = t.table_schema"
                + " and c.table_name = t.table_name and c.constraint_type = 'PRIMARY KEY') order by t.table_name",
                String.class);
        assertThat(tables).as("the schema's tables").contains("DATABASECHANGELOG", "DATABASECHANGELOGLOCK", "plan",
                "shedlock");
        assertThat(withoutKey).as("tables without a primary key").isEmpty();
    }

    @Test
    void every_table_is_innodb_the_only_engine_galera_replicates() {
        assertThat(jdbc.queryForList("select concat(table_name, ': ', engine) from information_schema.tables"
                + " where table_schema = database() and table_type = 'BASE TABLE' and engine <> 'InnoDB'",
                String.class)).as("tables of another engine").isEmpty();
    }

    @Test
    void the_schema_has_no_scheduled_events_which_would_run_on_every_node() {
        assertThat(jdbc.queryForList("select event_name from information_schema.events"
                + " where event_schema = database()", String.class)).isEmpty();
    }

    @Test
    void no_code_or_migration_takes_a_table_lock_or_a_named_lock_which_galera_does_not_replicate() throws IOException {
        List<String> found;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src", "main")), Files.walk(Path.of("db")))) {
            found = files.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(java|yaml|sql|sh|properties)$"))
                    .filter(f -> TABLE_OR_NAMED_LOCK.matcher(read(f).replaceAll("(?m)^\\s*(//|/\\*|\\*|#|--).*$", ""))
                            .find())
                    .map(Path::toString).toList();
        }
        assertThat(found).as("files that lock tables or take named locks").isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
