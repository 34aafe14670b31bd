package nl.samenplan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import nl.samenplan.testsupport.EmbeddedMariaDb;
import nl.samenplan.testsupport.KaribuTest;
import nl.samenplan.testsupport.region.RegionGenerator;
import nl.samenplan.testsupport.region.RegionSize;
import liquibase.integration.spring.SpringLiquibase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCallback;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The fast dashboard queries count exactly what the live ones of before counted ({@link LiveQueries}): agreements in
 * force per rung and domain on every day the page asks for, and the needs met with their median and 90th percentile,
 * for a month, a quarter, a year, the running year and custom ranges across month ends, per team and for all teams,
 * with and without a village; on the demo data and on a small generated region (in a database of its own).
 */
class FastQueriesTest extends KaribuTest {

    @Autowired
    private NamedParameterJdbcTemplate named;

    @Test
    void the_fast_queries_count_the_demo_data_exactly_as_the_live_ones_did() {
        assertSameCounts(named, "the demo data");
    }

    @Test
    void the_fast_queries_count_a_generated_region_exactly_as_the_live_ones_did() throws Exception {
        String url = EmbeddedMariaDb.start(EmbeddedMariaDb.dataDir(), false, "samenplan_fast_check");
        DataSource region = new DriverManagerDataSource(url, "root", "");
        new JdbcTemplate(region).execute((StatementCallback<Void>) statement -> { // one connection: it names the database
            statement.execute("drop database samenplan_fast_check");
            statement.execute("create database samenplan_fast_check character set utf8mb4 collate utf8mb4_unicode_ci");
            return null;
        });
        SpringLiquibase liquibase = new SpringLiquibase();
        liquibase.setDataSource(region);
        liquibase.setChangeLog("classpath:db/changelog/db.changelog-master.yaml");
        liquibase.setResourceLoader(new DefaultResourceLoader());
        liquibase.afterPropertiesSet();
        new RegionGenerator(region, RegionSize.scaled(0.01, 0, 7), LocalDate.now(clock)).generate();
        assertSameCounts(new NamedParameterJdbcTemplate(region), "a generated region");
    }

    private void assertSameCounts(NamedParameterJdbcTemplate jdbc, String data) {
        DashboardQueries fast = new DashboardQueries(jdbc);
        LiveQueries live = new LiveQueries(jdbc);
        List<Long> teams = jdbc.getJdbcTemplate().queryForList("select distinct team_id from agreement order by 1",
                Long.class);
        assertThat(teams).as("teams with agreements in " + data).isNotEmpty();
        List<DashboardQueries.Scope> scopes = new ArrayList<>();
        scopes.add(new DashboardQueries.Scope(teams, null));
        scopes.add(new DashboardQueries.Scope(List.of(), null));
        for (long team : teams) {
            scopes.add(new DashboardQueries.Scope(List.of(team), null));
            String village = jdbc.getJdbcTemplate().queryForObject("select max(village) from client where team_id = ?",
                    String.class, team);
            scopes.add(new DashboardQueries.Scope(List.of(team), village));
            scopes.add(new DashboardQueries.Scope(teams, village));
        }
        int compared = 0;
        long agreements = 0;
        for (Period period : periods()) {
            List<LocalDate> days = days(period);
            for (DashboardQueries.Scope scope : scopes) {
                String what = data + ", " + scope + ", " + period;
                List<Map<String, Long>> expected = nonZero(live.agreementCounts(scope, days));
                assertThat(nonZero(fast.agreementCounts(scope, days))).as(what).isEqualTo(expected);
                agreements += expected.stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
                for (Period p : List.of(period, period.previous(), period.yearEarlier())) {
                    assertThat(fast.needToAgreement(scope, p)).as(what).isEqualTo(live.needToAgreement(scope, p));
                }
                compared++;
            }
        }
        assertThat(compared).isGreaterThan(10);
        assertThat(agreements).as("agreements counted in " + data + " (a comparison of nothing proves nothing)")
                .isPositive();
    }

    /** A month, a quarter and a year before today, the running year, and custom ranges across month ends. */
    private List<Period> periods() {
        LocalDate today = LocalDate.now(clock);
        return List.of(Period.containing(Period.Kind.MONTH, today.minusMonths(2)),
                Period.containing(Period.Kind.MONTH, today),
                Period.containing(Period.Kind.QUARTER, today).previous(),
                Period.containing(Period.Kind.YEAR, today).previous(),
                Period.containing(Period.Kind.YEAR, today),
                Period.custom(today.minusMonths(7).withDayOfMonth(10), today.minusMonths(2).withDayOfMonth(20)),
                Period.custom(today.minusDays(75), today.minusDays(30)),
                Period.custom(today.minusYears(4).withDayOfMonth(3), today.minusDays(1)));
    }

    /** The days the service counts on: the ends of the parts (up to today) and of the three periods, as it asks. */
    private List<LocalDate> days(Period period) {
        LocalDate today = LocalDate.now(clock);
        List<LocalDate> days = new ArrayList<>();
        period.parts().stream().filter(p -> !p.start().isAfter(today))
                .forEach(p -> days.add(p.end().isAfter(today) ? today : p.end()));
        for (Period p : List.of(period, period.previous(), period.yearEarlier())) {
            LocalDate end = p.end().isAfter(today) ? today : p.end();
            if (!days.contains(end)) {
                days.add(end);
            }
        }
        return days;
    }

    private static List<Map<String, Long>> nonZero(List<Map<String, Long>> perDay) {
        return perDay.stream().map(m -> {
            Map<String, Long> kept = new LinkedHashMap<>();
            m.entrySet().stream().filter(e -> e.getValue() != 0).sorted(Map.Entry.comparingByKey())
                    .forEach(e -> kept.put(e.getKey(), e.getValue()));
            return kept;
        }).toList();
    }
}
