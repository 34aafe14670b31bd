package nl.samenplan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.samenplan.Application;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes that start together on an empty database both find no users and both create the first administrator:
 * one of them wins, the other starts as well, and there is one administrator. On a database of its own (no profile,
 * as production); the two nodes' first starts are the start-up step run by two threads at the same moment.
 */
class TwoNodesFirstStartTest {

    private static final int ROUNDS = 3;

    @Test
    void two_nodes_starting_together_on_an_empty_database_make_one_first_administrator_and_both_start()
            throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .properties("samenplan.embedded-db.database=samenplan_two_nodes_first_start",
                        "spring.main.banner-mode=off", "PORT=0", "vaadin.productionMode=false",
                        "SAMENPLAN_SECOND_FACTOR_KEY=een-geheime-sleutel-voor-de-test",
                        "SAMENPLAN_ADMIN_USERNAME=beheer.zorg", "SAMENPLAN_ADMIN_PASSWORD=een-lang-en-eigen-wachtwoord-7")
                .run()) {
            FirstAdministrator firstStart = context.getBean(FirstAdministrator.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            AppUserRepository users = context.getBean(AppUserRepository.class);
            ExecutorService nodes = Executors.newFixedThreadPool(2);
            try {
                for (int round = 1; round <= ROUNDS; round++) {
                    jdbc.update("delete from app_user");
                    CyclicBarrier together = new CyclicBarrier(2);
                    List<Future<?>> starts = new ArrayList<>();
                    for (int node = 0; node < 2; node++) {
                        starts.add(nodes.submit(() -> {
                            together.await(30, TimeUnit.SECONDS);
                            firstStart.afterSingletonsInstantiated();
                            return null;
                        }));
                    }
                    for (Future<?> start : starts) {
                        start.get(60, TimeUnit.SECONDS); // a node whose start failed throws here
                    }
                    assertThat(users.findAll()).as("the users after the first start, round " + round)
                            .extracting(AppUser::getUsername).containsExactly("beheer.zorg");
                }
            } finally {
                nodes.shutdownNow();
            }
        }
    }
}
