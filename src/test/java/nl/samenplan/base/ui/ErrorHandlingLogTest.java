package nl.samenplan.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.vaadin.flow.server.ErrorEvent;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;

/** What the error handler writes in the log: faults as errors with their stack, the expected in one line or less. */
class ErrorHandlingLogTest {

    private final Logger logger = (Logger) LoggerFactory.getLogger(ErrorHandling.class);
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Level levelBefore;

    @BeforeEach
    void capture() {
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        log.start();
        logger.addAppender(log);
    }

    @AfterEach
    void release() {
        logger.detachAppender(log);
        logger.setLevel(levelBefore);
    }

    @Test
    void a_closed_browser_tab_is_logged_at_debug_and_nothing_at_warn_or_error() {
        new ErrorHandling().error(new ErrorEvent(new ClientAbortException(new IOException("Broken pipe"))));

        assertThat(log.list).isNotEmpty().allMatch(event -> event.getLevel() == Level.DEBUG);
        assertThat(log.list.get(0).getThrowableProxy()).as("no stack trace").isNull();
    }

    @Test
    void a_lock_wait_timeout_is_one_warning_with_the_databases_words_and_a_reference_but_no_stack_trace() {
        new ErrorHandling().error(new ErrorEvent(new PessimisticLockingFailureException("could not execute statement",
                new SQLException("Lock wait timeout exceeded; try restarting transaction", "HY000", 1205))));

        List<ILoggingEvent> warnings = log.list.stream().filter(e -> e.getLevel() == Level.WARN).toList();
        assertThat(warnings).hasSize(1);
        assertThat(warnings.get(0).getFormattedMessage()).contains("BUSY", "reference", "Lock wait timeout exceeded");
        assertThat(warnings.get(0).getThrowableProxy()).isNull();
        assertThat(log.list).noneMatch(e -> e.getLevel() == Level.ERROR);
    }

    @Test
    void an_unexpected_error_is_logged_as_an_error_with_its_stack_trace_and_a_reference() {
        new ErrorHandling().error(new ErrorEvent(new IllegalStateException("plan without client")));

        List<ILoggingEvent> errors = log.list.stream().filter(e -> e.getLevel() == Level.ERROR).toList();
        assertThat(errors).hasSize(1);
        assertThat(errors.get(0).getFormattedMessage()).matches("Unexpected error after an action, reference [0-9a-f]{8}");
        assertThat(errors.get(0).getThrowableProxy().getMessage()).isEqualTo("plan without client");
    }
}
