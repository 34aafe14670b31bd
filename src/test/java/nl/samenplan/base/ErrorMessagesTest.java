package nl.samenplan.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.nio.charset.StandardCharsets;
import java.sql.SQLDataException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransactionRollbackException;
import java.sql.SQLTransientConnectionException;
import java.util.Properties;
import nl.samenplan.base.ErrorMessages.Kind;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionSystemException;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;

/**
 * Every failure is put in one kind with one Dutch message, read from the whole cause chain as Spring, Hibernate, JPA
 * and the MariaDB driver wrap it (the chains below are built the way they build them).
 */
class ErrorMessagesTest {

    private static final String UPDATE = "update plan set version=?,answer_needs=? where id=? and version=?";

    @Test
    void a_deadlock_as_spring_translates_it_is_busy_with_the_input_kept() {
        SQLException deadlock = new SQLTransactionRollbackException(
                "(conn=41) Deadlock found when trying to get lock; try restarting transaction", "40001", 1213);
        RuntimeException spring = new CannotAcquireLockException("could not execute statement; SQL [" + UPDATE + "]",
                new org.hibernate.exception.LockAcquisitionException("could not execute statement", deadlock, UPDATE));

        assertThat(ErrorMessages.classify(spring).kind()).isEqualTo(Kind.BUSY);
        assertThat(ErrorMessages.keyFor(spring)).isEqualTo("error.busy");
    }

    @Test
    void a_lock_wait_timeout_through_jpa_and_the_bare_vendor_code_both_are_busy() {
        SQLException timeout = new SQLException("(conn=43) Lock wait timeout exceeded; try restarting transaction",
                "HY000", 1205);
        RuntimeException viaJpa = new PessimisticLockingFailureException("could not execute statement",
                new jakarta.persistence.PessimisticLockException("could not execute statement",
                        new org.hibernate.PessimisticLockException("could not execute statement", timeout, UPDATE)));
        RuntimeException onlyTheCode = new TransactionSystemException("Could not commit JPA transaction",
                new RuntimeException(timeout));

        assertThat(ErrorMessages.classify(viaJpa).kind()).isEqualTo(Kind.BUSY);
        assertThat(ErrorMessages.classify(onlyTheCode).kind()).isEqualTo(Kind.BUSY);
        assertThat(ErrorMessages.classify(new QueryTimeoutException("statement timed out")).kind()).isEqualTo(Kind.BUSY);
    }

    @Test
    void a_duplicate_key_race_says_someone_saved_the_same_at_the_same_moment() {
        String insert = "insert into app_user (username,display_name) values (?,?)";
        RuntimeException spring = new DataIntegrityViolationException(
                "could not execute statement [(conn=9) Duplicate entry 'jvdberg' for key 'uk_app_user_username']",
                new org.hibernate.exception.ConstraintViolationException("could not execute statement",
                        new SQLIntegrityConstraintViolationException(
                                "(conn=9) Duplicate entry 'jvdberg' for key 'uk_app_user_username'", "23000", 1062),
                        insert, "uk_app_user_username"));
        RuntimeException foreignKey = new DataIntegrityViolationException("could not execute statement",
                new SQLIntegrityConstraintViolationException("(conn=9) Cannot add or update a child row: a foreign key "
                        + "constraint fails", "23000", 1452));

        assertThat(ErrorMessages.keyFor(spring)).isEqualTo("error.savedAtTheSameTime");
        assertThat(ErrorMessages.classify(foreignKey).kind()).isEqualTo(Kind.SAVED_AT_THE_SAME_TIME);
    }

    @Test
    void a_value_the_database_refuses_is_not_called_a_race_but_a_fault_with_a_reference() {
        RuntimeException tooLong = new DataIntegrityViolationException("could not execute statement",
                new org.hibernate.exception.DataException("could not execute statement",
                        new SQLDataException("(conn=9) Data too long for column 'village' at row 1", "22001", 1406),
                        "insert into client ..."));

        ErrorMessages.Classification classification = ErrorMessages.classify(tooLong);

        assertThat(classification.kind()).isEqualTo(Kind.INVALID_VALUE);
        assertThat(classification.kind().fault()).isTrue();
        assertThat(classification.messageKey()).isEqualTo("error.invalidValue");
        RuntimeException missing = new DataIntegrityViolationException("could not execute statement",
                new org.hibernate.exception.ConstraintViolationException("could not execute statement",
                        new SQLIntegrityConstraintViolationException("(conn=9) Column 'last_name' cannot be null",
                                "23000", 1048), "insert into client ..."));
        assertThat(ErrorMessages.classify(missing).kind()).as("MariaDB's 23000 for a missing value")
                .isEqualTo(Kind.INVALID_VALUE);
    }

    @Test
    void hibernates_own_not_null_check_is_a_fault_not_a_race() {
        RuntimeException noSql = new DataIntegrityViolationException("not-null property references a null or "
                + "transient value : nl.samenplan.client.Client.lastName",
                new org.hibernate.PropertyValueException("not-null property references a null or transient value",
                        "nl.samenplan.client.Client", "lastName"));

        assertThat(ErrorMessages.classify(noSql).kind()).isEqualTo(Kind.UNEXPECTED);
        RuntimeException stillUsed = new DataIntegrityViolationException("could not execute statement",
                new SQLIntegrityConstraintViolationException("(conn=9) Cannot delete or update a parent row: a foreign "
                        + "key constraint fails", "23000", 1451));
        assertThat(ErrorMessages.classify(stillUsed).kind()).as("a removal the service should have refused")
                .isEqualTo(Kind.UNEXPECTED);
    }

    @Test
    void no_connection_to_the_database_says_it_cannot_be_reached_right_now() {
        RuntimeException hikari = new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
                new org.hibernate.exception.JDBCConnectionException("Unable to acquire JDBC Connection",
                        new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed "
                                + "out after 30001ms (total=0, active=0, idle=0, waiting=0)", "08000",
                                new SQLNonTransientConnectionException("Socket fail to connect to address=(host=localhost)"
                                        + "(port=3306)(type=primary). Connection refused", "08000",
                                        new ConnectException("Connection refused")))));
        RuntimeException refused = new IllegalStateException("Failed to load data", new ConnectException("Connection refused"));

        assertThat(ErrorMessages.keyFor(hikari)).isEqualTo("error.databaseUnreachable");
        assertThat(ErrorMessages.classify(refused).kind()).isEqualTo(Kind.DATABASE_UNREACHABLE);
        assertThat(ErrorMessages.classify(new DataAccessResourceFailureException("Unable to acquire JDBC Connection"))
                .kind()).isEqualTo(Kind.DATABASE_UNREACHABLE);
    }

    @Test
    void a_rule_keeps_its_own_key_and_parameters_however_deep_it_is_wrapped() {
        BusinessRuleException rule = new BusinessRuleException("error.plan.revisionNotFound");
        RuntimeException wrapped = new BeanCreationException("planRevisionView", "Instantiation failed",
                new RuntimeException(rule));
        BusinessRuleException withParameter = new BusinessRuleException("error.user.username.taken", "jvdberg");

        assertThat(ErrorMessages.classify(wrapped).kind()).isEqualTo(Kind.RULE);
        assertThat(ErrorMessages.keyFor(wrapped)).isEqualTo("error.plan.revisionNotFound");
        assertThat(ErrorMessages.classify(wrapped).notFound()).isTrue();
        assertThat(ErrorMessages.classify(withParameter).parameters()).containsExactly("jvdberg");
        assertThat(ErrorMessages.classify(withParameter).notFound()).isFalse();
    }

    @Test
    void an_optimistic_lock_and_a_denied_method_keep_their_messages() {
        assertThat(ErrorMessages.keyFor(new ObjectOptimisticLockingFailureException("nl.samenplan.plan.Plan", 5L)))
                .isEqualTo("error.concurrentChange");
        assertThat(ErrorMessages.keyFor(new jakarta.persistence.OptimisticLockException("Row was updated")))
                .isEqualTo("error.concurrentChange");
        assertThat(ErrorMessages.keyFor(new AuthorizationDeniedException("Access Denied")))
                .isEqualTo("error.accessDenied");
    }

    @Test
    void a_browser_that_went_away_is_recognised_in_the_words_of_tomcat_spring_and_the_operating_system() {
        assertThat(ErrorMessages.classify(new ClientAbortException(new IOException("Broken pipe"))).kind())
                .isEqualTo(Kind.CLIENT_GONE);
        assertThat(ErrorMessages.classify(new AsyncRequestNotUsableException("ServletOutputStream failed to flush: "
                + "java.io.IOException: Broken pipe", new IOException("Broken pipe"))).kind()).isEqualTo(Kind.CLIENT_GONE);
        assertThat(ErrorMessages.classify(new UncheckedIOException(new IOException("Connection reset by peer"))).kind())
                .isEqualTo(Kind.CLIENT_GONE);
    }

    @Test
    void a_reset_connection_to_the_database_is_the_database_not_a_closed_tab() {
        RuntimeException reset = new DataAccessResourceFailureException("could not execute query",
                new org.hibernate.exception.JDBCConnectionException("could not execute query",
                        new SQLNonTransientConnectionException("(conn=12) Connection reset by peer", "08000",
                                new java.net.SocketException("Connection reset by peer"))));

        assertThat(ErrorMessages.classify(reset).kind()).isEqualTo(Kind.DATABASE_UNREACHABLE);
    }

    @Test
    void a_rollback_on_a_connection_the_pool_closed_when_the_server_went_away_is_the_database_not_a_fault() {
        RuntimeException rollback = new org.springframework.orm.jpa.JpaSystemException(
                new org.hibernate.TransactionException("Unable to rollback against JDBC Connection",
                        new SQLException("Connection is closed")));

        assertThat(ErrorMessages.classify(rollback).kind()).isEqualTo(Kind.DATABASE_UNREACHABLE);
        assertThat(ErrorMessages.classify(new SQLException("Connection is closed", "HY000")).kind())
                .as("the pool's words only, not any closed thing with a state of its own").isEqualTo(Kind.UNEXPECTED);
    }

    @Test
    void anything_else_is_unexpected_and_a_fault() {
        for (Throwable other : new Throwable[] {new NullPointerException(), new IllegalStateException("no plan"),
                new UncheckedIOException(new IOException("No space left on device"))}) {
            assertThat(ErrorMessages.classify(other).kind()).as(other.toString()).isEqualTo(Kind.UNEXPECTED);
            assertThat(ErrorMessages.keyFor(other)).isEqualTo("error.unexpected");
        }
        assertThat(Kind.UNEXPECTED.fault()).isTrue();
        assertThat(Kind.BUSY.fault()).isFalse();
    }

    @Test
    void a_cause_chain_that_loops_ends() {
        RuntimeException first = new RuntimeException("first");
        RuntimeException second = new RuntimeException("second", first);
        first.initCause(second);

        assertThat(ErrorMessages.classify(second).kind()).isEqualTo(Kind.UNEXPECTED);
        assertThat(ErrorMessages.chain(second)).containsExactly(second, first);
    }

    @Test
    void every_message_and_page_text_exists_in_dutch_and_english() throws IOException {
        for (String language : new String[] {"nl", "en"}) {
            Properties texts = new Properties();
            try (var in = getClass().getResourceAsStream("/i18n/messages_" + language + ".properties")) {
                texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (Kind kind : Kind.values()) {
                if (kind.messageKey() != null) {
                    assertThat(texts).as(language).containsKey(kind.messageKey());
                }
                if (kind.pageKey() != null) {
                    assertThat(texts).as(language).containsKeys(kind.pageKey() + ".title", kind.pageKey() + ".text");
                }
            }
            assertThat(texts).containsKeys("error.page.notFound.title", "error.page.rule.title", "error.page.reference",
                    "error.page.retry");
        }
    }
}
