package nl.samenplan;

import org.springframework.boot.SpringApplication;

/**
 * The README's run command ({@code mvn spring-boot:test-run -Dspring-boot.run.profiles=demo}): the application on an
 * embedded MariaDB whose data is kept in target/samenplan-db, with the demo data of the explicit demo profile loaded
 * on the first start. Without that profile it starts as production does: no demo accounts, only the first
 * administrator from the environment.
 * The embedded server lives in test scope only, so the production jar never contains it.
 */
public class TestApplication {

    public static void main(String[] args) {
        System.setProperty("samenplan.embedded-db.data-dir", "target/samenplan-db/data");
        System.setProperty("samenplan.embedded-db.fresh", "false");
        SpringApplication.from(Application::main).run(args);
    }
}
