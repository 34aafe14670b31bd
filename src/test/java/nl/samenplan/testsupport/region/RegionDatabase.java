package nl.samenplan.testsupport.region;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import liquibase.integration.spring.SpringLiquibase;
import nl.samenplan.testsupport.EmbeddedMariaDb;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Where a generated region goes: by default a throw-away database {@value #EMBEDDED_DATABASE} on the embedded MariaDB
 * that keeps its data in target/region-db between runs (so a complete region is generated once and reused); or the
 * database of {@code -Dsamenplan.region.url=jdbc:mariadb://...} (with {@code samenplan.region.user} and the password
 * in the environment variable SAMENPLAN_REGION_PASSWORD), which is never dropped: the region is added to it. Either
 * way Liquibase first brings the schema up to date, as the application would.
 */
public final class RegionDatabase {

    public static final String URL = "samenplan.region.url";
    public static final String USER = "samenplan.region.user";
    public static final String EMBEDDED_DATABASE = "samenplan_region";
    static final Path EMBEDDED_DATA = Path.of("target", "region-db", "data");

    private final DataSource dataSource;
    private final boolean throwAway;
    private final String name;

    private RegionDatabase(DataSource dataSource, boolean throwAway, String name) {
        this.dataSource = dataSource;
        this.throwAway = throwAway;
        this.name = name;
    }

    /** The database the system properties name, or the embedded one. */
    public static RegionDatabase fromSystemProperties() {
        String url = System.getProperty(URL);
        if (url == null || url.isBlank()) {
            return embedded();
        }
        String password = System.getenv().getOrDefault("SAMENPLAN_REGION_PASSWORD", "");
        return new RegionDatabase(new DriverManagerDataSource(url, System.getProperty(USER, "root"), password), false,
                url.replaceAll("\\?.*", ""));
    }

    /** A database of a server that someone else started (such as a benchmark's own server): added to, never dropped. */
    public static RegionDatabase of(String url, String user, String password) {
        return new RegionDatabase(new DriverManagerDataSource(url, user, password), false, url.replaceAll("\\?.*", ""));
    }

    /** The throw-away database on the embedded server (started here if need be, data kept in target/region-db). */
    public static RegionDatabase embedded() {
        String url = EmbeddedMariaDb.start(EMBEDDED_DATA, false, EMBEDDED_DATABASE);
        return new RegionDatabase(new DriverManagerDataSource(url, "root", ""), true, EMBEDDED_DATABASE);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    public String name() {
        return name;
    }

    /**
     * A complete region of this size: the one already there, or a new one (on the embedded server the database is
     * emptied first). Returns the generator's report, or null when the region was already there.
     */
    public RegionGenerator.Report ensure(RegionSize size, LocalDate today) throws SQLException {
        if (throwAway) {
            sizeForBulkLoad(dataSource);
        }
        migrate();
        if (RegionGenerator.isComplete(dataSource, size)) {
            return null;
        }
        if (throwAway) {
            try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
                statement.execute("DROP DATABASE " + EMBEDDED_DATABASE);
                statement.execute("CREATE DATABASE " + EMBEDDED_DATABASE
                        + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            }
            migrate();
        }
        return new RegionGenerator(dataSource, size, today).generate();
    }

    /**
     * The embedded server is this JVM's own and throw-away: it gets a buffer pool and redo log that hold a region's
     * indexes (MariaDB's defaults, 128 MB and 96 MB, made the access log's random hash index go to disk for every
     * row: measured 12,500 entries/s falling to 4,000/s by 1.5 million). Both are dynamic; a real server is sized
     * by its operator and left alone. Also for the other benchmarks' embedded servers (one per test JVM).
     */
    public static void sizeForBulkLoad(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SET GLOBAL innodb_buffer_pool_size = " + (1L << 30));
            statement.execute("SET GLOBAL innodb_log_file_size = " + (512L << 20));
        }
    }

    /** Liquibase's update with the application's change log. */
    public void migrate() {
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(dataSource);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        try {
            liquibase.afterPropertiesSet();
        } catch (Exception e) {
            throw new IllegalStateException("Liquibase could not migrate " + name, e);
        }
    }
}
