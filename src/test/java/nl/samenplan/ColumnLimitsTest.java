package nl.samenplan;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.validation.constraints.Size;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.samenplan.testsupport.KaribuTest;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.metamodel.mapping.ModelPart;
import org.hibernate.metamodel.mapping.PluralAttributeMapping;
import org.hibernate.metamodel.mapping.SelectableMapping;
import org.hibernate.persister.entity.EntityPersister;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every text column three times the same number: the length of the column in the real MariaDB (as Liquibase made
 * it), the entity's {@code @Column(length)} (Hibernate's mapping) and its {@code @Size(max)} (Bean Validation, and
 * through the input records the forms' {@code maxLength}). Walks every JPA entity, so a new entity or column is
 * checked without anyone adding it here. Enum columns must hold their longest constant.
 */
class ColumnLimitsTest extends KaribuTest {

    @Autowired
    private EntityManagerFactory entityManagerFactory;

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void everyTextColumnOfEveryEntityHasTheSameLengthInTheDatabaseTheMappingAndItsSizeConstraint() {
        Map<String, DbColumn> database = databaseColumns();
        List<String> drift = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        for (MappedColumn column : mappedColumns()) {
            DbColumn db = database.get(column.table() + "." + column.column());
            String where = column.entity().getSimpleName() + "." + column.attribute() + " (" + column.table() + "."
                    + column.column() + ")";
            if (db == null) {
                drift.add(where + ": no such column in the database");
                continue;
            }
            if (!db.isText()) {
                continue;
            }
            checked.add(where);
            if (column.javaType().isEnum()) {
                int longest = Arrays.stream(column.javaType().getEnumConstants())
                        .mapToInt(c -> ((Enum<?>) c).name().length()).max().orElse(0);
                if (longest > db.length()) {
                    drift.add(where + ": enum constant of " + longest + " does not fit VARCHAR(" + db.length() + ")");
                }
                if (db.isVarchar() && column.length() != db.length()) {
                    drift.add(where + ": @Column(length) " + column.length() + " but VARCHAR(" + db.length() + ")");
                }
                continue;
            }
            Size size = column.size();
            if (db.isVarchar()) {
                if (column.length() != db.length()) {
                    drift.add(where + ": @Column(length) " + column.length() + " but VARCHAR(" + db.length() + ")");
                }
                if (size == null) {
                    drift.add(where + ": no @Size(max = " + db.length() + ")");
                } else if (size.max() != db.length()) {
                    drift.add(where + ": @Size(max) " + size.max() + " but VARCHAR(" + db.length() + ")");
                }
            } else if (size != null ? size.max() > db.length() : !db.type().equals("longtext")) {
                // TEXT columns: the limit may be lower than what the column holds, never higher; only a
                // LONGTEXT (written by Samenplan itself) may go without one
                drift.add(where + ": " + db.type() + " of " + db.length() + " characters with @Size " + size);
            }
        }

        assertThat(drift).as("text columns whose lengths drifted apart").isEmpty();
        // not a test that passes by looking at nothing: the demo schema has some seventy text columns
        assertThat(checked).hasSizeGreaterThan(60)
                .contains("WaitingListEntry.village (waiting_list_entry.village)",
                        "Agreement.providerName (agreement.provider_name)");
    }

    @Test
    void theWaitingListAndTheVolunteerRegisterHoldEveryVillageAClientCanHave() {
        Map<String, DbColumn> database = databaseColumns();
        long clientVillage = database.get("client.village").length();

        assertThat(database.get("waiting_list_entry.village").length()).isEqualTo(clientVillage).isEqualTo(120);
        assertThat(database.get("volunteer.village").length()).isEqualTo(clientVillage);
    }

    private List<MappedColumn> mappedColumns() {
        List<MappedColumn> columns = new ArrayList<>();
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getMappingMetamodel()
                .forEachEntityDescriptor(persister -> {
                    add(columns, persister, persister.getIdentifierMapping().getAttributeName(),
                            persister.getIdentifierMapping(), false);
                    persister.getAttributeMappings().forEach(attribute -> add(columns, persister,
                            attribute.getAttributeName(), attribute, attribute instanceof PluralAttributeMapping));
                });
        return columns;
    }

    private static void add(List<MappedColumn> columns, EntityPersister persister, String name, ModelPart attribute,
            boolean collection) {
        Class<?> entity = persister.getMappedClass();
        ModelPart part = collection ? ((PluralAttributeMapping) attribute).getElementDescriptor() : attribute;
        part.forEachSelectable((index, selectable) -> columns.add(new MappedColumn(entity, name,
                lower(selectable.getContainingTableExpression()), lower(selectable.getSelectionExpression()),
                length(selectable), javaType(selectable), collection ? null : size(entity, name))));
    }

    private static long length(SelectableMapping selectable) {
        return selectable.getLength() == null ? -1 : selectable.getLength();
    }

    private static Class<?> javaType(SelectableMapping selectable) {
        return selectable.getJdbcMapping().getMappedJavaType().getJavaTypeClass();
    }

    private static Size size(Class<?> entity, String attribute) {
        try {
            Field field = entity.getDeclaredField(attribute);
            return field.getAnnotation(Size.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private Map<String, DbColumn> databaseColumns() {
        Map<String, DbColumn> columns = new HashMap<>();
        jdbc.query("SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE, CHARACTER_MAXIMUM_LENGTH, CHARACTER_OCTET_LENGTH"
                + " FROM information_schema.COLUMNS WHERE TABLE_SCHEMA = DATABASE()", row -> {
            String type = lower(row.getString(3));
            // a VARCHAR counts characters; a TEXT counts bytes, of which a character may take four (utf8mb4)
            long characters = type.contains("text") ? row.getLong(5) / 4 : row.getLong(4);
            columns.put(lower(row.getString(1)) + "." + lower(row.getString(2)), new DbColumn(type, characters));
        });
        return columns;
    }

    private static String lower(String name) {
        return name == null ? "" : name.replace("`", "").toLowerCase(Locale.ROOT);
    }

    private record MappedColumn(Class<?> entity, String attribute, String table, String column, long length,
            Class<?> javaType, Size size) {
    }

    private record DbColumn(String type, long length) {
        boolean isText() {
            return type.contains("char") || type.contains("text");
        }

        boolean isVarchar() {
            return type.contains("char");
        }
    }
}
