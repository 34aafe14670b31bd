package nl.samenplan.demo;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * Fail closed: the demo profile (demo accounts with a known password, invented clients) starts only on the embedded
 * MariaDB of the README's run command and the tests, never on a real server and never together with prod. Checked
 * before any bean is made, so not even Liquibase touches a real database with the demo profile on.
 */
@Configuration(proxyBeanMethods = false)
@Profile("demo")
class DemoOnlyOnEmbeddedDatabase {

    /** Set by the embedded MariaDB of the test class path to the JDBC URL of the server it started. */
    static final String EMBEDDED_URL = "samenplan.embedded-db.url";

    @Bean
    static BeanFactoryPostProcessor demoOnlyOnEmbeddedDatabaseCheck() {
        return new Check();
    }

    /** Refuses, with what to do, a demo profile on anything but the embedded database. */
    static void requireEmbedded(Environment environment) {
        if (environment.matchesProfiles("prod")) {
            throw new IllegalStateException("The demo profile cannot run together with prod (demo accounts have a known"
                    + " password): start production with --spring.profiles.active=prod only");
        }
        String embedded = environment.getProperty(EMBEDDED_URL);
        String url = environment.getProperty("spring.datasource.url");
        if (embedded == null || !embedded.equals(url)) {
            throw new IllegalStateException("The demo profile runs only on the embedded database of"
                    + " `mvn spring-boot:test-run -Dspring-boot.run.profiles=demo` (its accounts have a known password), not on " + url
                    + ": leave the demo profile out for a real server");
        }
    }

    private static final class Check implements BeanFactoryPostProcessor, EnvironmentAware {

        private Environment environment;

        @Override
        public void setEnvironment(Environment environment) {
            this.environment = environment;
        }

        @Override
        public void postProcessBeanFactory(
                org.springframework.beans.factory.config.ConfigurableListableBeanFactory beanFactory) {
            requireEmbedded(environment);
        }
    }
}
