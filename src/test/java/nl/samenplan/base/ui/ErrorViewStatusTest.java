package nl.samenplan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ErrorMessages;
import org.junit.jupiter.api.Test;
import org.springframework.dao.CannotAcquireLockException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;

/** The HTTP status of the error page says what kind of failure it was, for a first load of the URL. */
class ErrorViewStatusTest {

    @Test
    void not_found_rules_are_404_denied_403_a_busy_or_unreachable_database_503_and_faults_500() {
        assertThat(status(new BusinessRuleException("error.plan.revisionNotFound"))).isEqualTo(404);
        assertThat(status(new BusinessRuleException("error.user.username.taken", "jvdberg"))).isEqualTo(400);
        assertThat(status(new AccessDeniedException("Access Denied"))).isEqualTo(403);
        assertThat(status(new CannotAcquireLockException("lock", new SQLException("Deadlock", "40001", 1213))))
                .isEqualTo(503);
        assertThat(status(new CannotCreateTransactionException("Could not open JPA EntityManager for transaction")))
                .isEqualTo(503);
        assertThat(status(new IllegalStateException("bug"))).isEqualTo(500);
    }

    private static int status(Throwable error) {
        return ErrorView.statusFor(ErrorMessages.classify(error));
    }
}
