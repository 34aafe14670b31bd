package nl.samenplan.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.ClassPathResource;
import org.yaml.snakeyaml.Yaml;

/**
 * The access log's two triggers exactly as Liquibase 022 creates them, read from the change log itself, so that a
 * test that drops them to tamper behind the application's back puts back the very same triggers.
 */
public final class AccessLogTriggers {

    static final String CHANGELOG = "db/changelog/changes/022-access-log.yaml";
    public static final List<String> NAMES = List.of("access_log_entry_no_update", "access_log_entry_no_delete");

    private AccessLogTriggers() {
    }

    /** The CREATE TRIGGER statements, in the order of the change log. */
    @SuppressWarnings("unchecked")
    public static List<String> createStatements() {
        List<String> statements = new ArrayList<>();
        try (InputStream in = new ClassPathResource(CHANGELOG).getInputStream()) {
            Map<String, Object> log = new Yaml().load(in);
            for (Map<String, Object> item : (List<Map<String, Object>>) log.get("databaseChangeLog")) {
                Map<String, Object> changeSet = (Map<String, Object>) item.get("changeSet");
                for (Map<String, Object> change : (List<Map<String, Object>>) changeSet.get("changes")) {
                    Map<String, Object> sql = (Map<String, Object>) change.get("sql");
                    if (sql != null && sql.get("sql").toString().startsWith("CREATE TRIGGER")) {
                        statements.add(sql.get("sql").toString());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (statements.size() != NAMES.size()) {
            throw new IllegalStateException("Expected " + NAMES.size() + " triggers in " + CHANGELOG + ", found "
                    + statements.size());
        }
        return statements;
    }
}
