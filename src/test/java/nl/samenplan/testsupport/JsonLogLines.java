package nl.samenplan.testsupport;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.slf4j.LoggerFactory;
import org.springframework.boot.logging.logback.StructuredLogEncoder;

/**
 * The log lines as production writes them, caught for a test: an appender on the root logger with Spring Boot's own
 * structured encoder in the format the prod profile names, so a test reads the JSON lines whatever console format the
 * test JVM's logging was last set up with (the tests' several applications share one Logback, and the one started
 * last decides the console's format). Close it to take the appender off again.
 */
public final class JsonLogLines extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final StructuredLogEncoder encoder = new StructuredLogEncoder();
    private final List<String> lines = new CopyOnWriteArrayList<>();

    private JsonLogLines(String format) {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();
        setContext(logging);
        setName("json-log-lines");
        encoder.setContext(logging);
        encoder.setFormat(format);
        encoder.setCharset(StandardCharsets.UTF_8);
        encoder.start();
        start();
        root().addAppender(this);
    }

    /** Starts catching the lines, encoded in the given structured format (ecs, logstash, gelf). */
    public static JsonLogLines catching(String format) {
        return new JsonLogLines(format);
    }

    @Override
    protected void append(ILoggingEvent event) {
        lines.add(new String(encoder.encode(event), StandardCharsets.UTF_8).strip());
    }

    /** Every line caught so far, one JSON object each. */
    public List<String> lines() {
        return List.copyOf(lines);
    }

    @Override
    public void close() {
        root().detachAppender(this);
        stop();
        encoder.stop();
    }

    private static Logger root() {
        return ((LoggerContext) LoggerFactory.getILoggerFactory()).getLogger(Logger.ROOT_LOGGER_NAME);
    }
}
