package nl.samenplan.testsupport;

import java.net.ConnectException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The database gone, for one test, without stopping the embedded MariaDB that the other tests use: while
 * {@link #begin()} is in force, the application's data source refuses every new connection the way the MariaDB
 * driver does when the server cannot be reached; the rest of the way (Hibernate, Spring's transactions, the views) is
 * the application's own. A test class that needs it imports {@link Config}; {@link #end()} puts it right.
 */
public class DatabaseOutage {

    private volatile boolean down;

    public void begin() {
        down = true;
    }

    public void end() {
        down = false;
    }

    boolean isDown() {
        return down;
    }

    /** The outage switch and the data source wrapped around the real one. */
    @TestConfiguration
    public static class Config {

        @Bean
        DatabaseOutage databaseOutage() {
            return OUTAGE;
        }

        @Bean
        static BeanPostProcessor switchableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource real && !(bean instanceof Switchable) ? new Switchable(real) : bean;
                }
            };
        }

        /** One switch for the context; the post-processor is static, so it reaches the switch this way. */
        private static final DatabaseOutage OUTAGE = new DatabaseOutage();
    }

    private static final class Switchable extends DelegatingDataSource {

        Switchable(DataSource real) {
            super(real);
        }

        @Override
        public Connection getConnection() throws SQLException {
            refuseWhenDown();
            return super.getConnection();
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            refuseWhenDown();
            return super.getConnection(username, password);
        }

        private static void refuseWhenDown() throws SQLException {
            if (Config.OUTAGE.isDown()) {
                throw new SQLNonTransientConnectionException("Socket fail to connect to address=(host=localhost)"
                        + "(port=3306)(type=primary). Connection refused", "08000",
                        new ConnectException("Connection refused"));
            }
        }
    }
}
