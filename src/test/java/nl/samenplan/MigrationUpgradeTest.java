package nl.samenplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.changelog.ChangeSet;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import nl.samenplan.audit.AccessLog;
import nl.samenplan.audit.AccessLog.ChainCheck;
import nl.samenplan.testsupport.EmbeddedMariaDb;
import nl.samenplan.testsupport.EmbeddedMariaDbInitializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every earlier release stays upgradable: each dump under src/test/resources/db/releases (schema, data and Liquibase's
 * own tables of that release, see the README there) is restored into a fresh database on the embedded server and
 * upgraded by the application's changelog. Then every changeSet has run, every table of the release still holds
 * the same rows with the same values in the columns it had, the application starts on the upgraded schema
 * (Hibernate validates it) and the access log's hash chain still verifies.
 */
class MigrationUpgradeTest {

    private static final String CHANGELOG = "db/changelog/db.changelog-master.yaml";
    private static final String RELEASES = "db/releases";
    private static final List<String> LIQUIBASE_TABLES = List.of("DATABASECHANGELOG", "DATABASECHANGELOGLOCK");
    private static final List<String> DEMO_ACCOUNTS = List.of("leefcoach", "dorpsregisseur", "wijkverpleegkundige",
            "coordinator", "vrijwilliger", "manager", "beheerder", "privacy");

    static Stream<String> releaseDumps() throws IOException, URISyntaxException {
        Path folder = Path.of(MigrationUpgradeTest.class.getClassLoader().getResource(RELEASES).toURI());
        List<String> dumps;
        try (Stream<Path> files = Files.list(folder)) {
            dumps = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".sql.gz"))
                    .sorted().toList();
        }
        assertThat(dumps).as("the dumps of the earlier releases in " + RELEASES).isNotEmpty();
        return dumps.stream();
    }

    @ParameterizedTest(name = "from {0}")
    @MethodSource("releaseDumps")
    void a_database_of_an_earlier_release_is_upgraded_with_every_change_set_and_keeps_its_data(String dump)
            throws Exception {
        String release = dump.replace(".sql.gz", "").replaceAll("[^A-Za-z0-9]", "_");
        String asDumped = restore(dump, "release_" + release + "_as_dumped");
        String upgraded = restore(dump, "release_" + release + "_upgraded");

        List<ChangeSet> changeSets;
        try (Connection connection = DriverManager.getConnection(upgraded, "root", "")) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Liquibase liquibase = new Liquibase(CHANGELOG, new ClassLoaderResourceAccessor(), database);
            liquibase.update(new Contexts(), new LabelExpression());
            assertThat(liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()))
                    .as("changeSets not run after the upgrade").isEmpty();
            changeSets = liquibase.getDatabaseChangeLog().getChangeSets();
        }

        try (Connection before = DriverManager.getConnection(asDumped, "root", "");
             Connection after = DriverManager.getConnection(upgraded, "root", "")) {
            assertThat(appliedChangeSets(after)).as("the changeSets recorded as run")
                    .containsAll(changeSets.stream().map(MigrationUpgradeTest::key).toList())
                    .containsAll(appliedChangeSets(before));
            for (String table : tables(before)) {
                List<String> columns = columns(before, table);
                assertThat(columns(after, table)).as("the columns of table " + table + " after the upgrade")
                        .containsAll(columns);
                assertThat(rowsAndChecksum(after, table, columns))
                        .as("the rows of table %s (and their values in the columns it had) after the upgrade", table)
                        .isEqualTo(rowsAndChecksum(before, table, columns));
            }
            assertThat(strings(after, "SELECT username FROM app_user")).containsAll(DEMO_ACCOUNTS);
            assertThat(strings(after, "SELECT name FROM team")).contains("Dorpsteam Heideveen");
            assertThat(count(after, "access_log_entry")).as("the access log's entries").isPositive();
        }

        theApplicationStartsOnItAndTheAccessLogStillVerifies("release_" + release + "_upgraded",
                count(upgraded, "access_log_entry"));
    }

    /** Restores the dump into a fresh database of that name on the test run's server; the database's JDBC URL. */
    private static String restore(String dump, String database) throws IOException {
        String url = EmbeddedMariaDbInitializer.testRunServer(database);
        try (Connection connection = DriverManager.getConnection(url, "root", "");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS `" + database + "`");
            statement.execute("CREATE DATABASE `" + database + "`");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream sql = new GZIPInputStream(MigrationUpgradeTest.class.getClassLoader()
                .getResourceAsStream(RELEASES + "/" + dump))) {
            EmbeddedMariaDb.source(sql, database);
        }
        return url;
    }

    /**
     * The application's own start on the upgraded database: Hibernate validates the schema against the entities,
     * Liquibase finds nothing left to run, the users of the release still log in (their details load), and the
     * access log's chain, written by the earlier release, verifies in full.
     */
    private static void theApplicationStartsOnItAndTheAccessLogStillVerifies(String database, long entries) {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .properties("samenplan.embedded-db.database=" + database, "spring.main.banner-mode=off", "PORT=0",
                        "vaadin.productionMode=false",
                        "SAMENPLAN_SECOND_FACTOR_KEY=demo-sleutel-alleen-voor-de-demo")
                .run()) {
            UserDetails privacy = context.getBean(UserDetailsService.class).loadUserByUsername("privacy");
            SecurityContextHolder.getContext().setAuthentication(
                    new UsernamePasswordAuthenticationToken(privacy, null, privacy.getAuthorities()));
            ChainCheck check = context.getBean(AccessLog.class).verify();
            assertThat(check.isIntact()).as("the access log's chain after the upgrade: " + check).isTrue();
            assertThat(check.entriesChecked()).isGreaterThanOrEqualTo(entries);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private static String key(ChangeSet changeSet) {
        return changeSet.getFilePath() + "::" + changeSet.getId() + "::" + changeSet.getAuthor();
    }

    private static List<String> appliedChangeSets(Connection connection) throws SQLException {
        return strings(connection, "SELECT CONCAT(FILENAME, '::', ID, '::', AUTHOR) FROM DATABASECHANGELOG");
    }

    private static List<String> tables(Connection connection) throws SQLException {
        return strings(connection, "SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " AND table_type = 'BASE TABLE' ORDER BY table_name").stream()
                .filter(table -> !LIQUIBASE_TABLES.contains(table)).toList();
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        return strings(connection, "SELECT column_name FROM information_schema.columns WHERE table_schema = DATABASE()"
                + " AND table_name = '" + table + "' ORDER BY ordinal_position");
    }

    /** The number of rows and a checksum of their values in these columns (NULL told apart from any text). */
    private static Map<String, Long> rowsAndChecksum(Connection connection, String table, List<String> columns)
            throws SQLException {
        String row = columns.stream().map(column -> "IFNULL(HEX(`" + column + "`), 'NULL')")
                .collect(Collectors.joining(", ", "CONCAT_WS('|', ", ")"));
        Map<String, Long> result = new LinkedHashMap<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*), IFNULL(SUM(CRC32(" + row + ")), 0),"
                     + " IFNULL(BIT_XOR(CRC32(REVERSE(" + row + "))), 0) FROM `" + table + "`")) {
            rows.next();
            result.put("rows", rows.getLong(1));
            result.put("sum of row checksums", rows.getLong(2));
            result.put("xor of reversed row checksums", rows.getLong(3));
        }
        return result;
    }

    private static long count(String url, String table) {
        try (Connection connection = DriverManager.getConnection(url, "root", "")) {
            return count(connection, table);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM `" + table + "`")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static List<String> strings(Connection connection, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
