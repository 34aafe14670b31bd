package nl.samenplan.dashboard;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The dashboard's queries as they were before issue 16 made them fast (a sum per day and agreement; the count of the
 * needs met and their percentiles in two statements): the reference the fast ones must equal, number for number.
 */
final class LiveQueries {

    private static final String IN_FORCE = "a.created_at < :next%1$d and (a.start_date is null or a.start_date <= :day%1$d)"
            + " and (a.end_date is null or a.end_date >= :day%1$d) and (a.rung < 4 or a.approval_state = 'GOEDGEKEURD')";

    private final NamedParameterJdbcTemplate jdbc;

    LiveQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    List<Map<String, Long>> agreementCounts(DashboardQueries.Scope scope, List<LocalDate> days) {
        MapSqlParameterSource p = scope.params();
        StringBuilder sql = new StringBuilder("select a.rung, coalesce(a.funding_domain, '')");
        for (int i = 0; i < days.size(); i++) {
            p.addValue("day" + i, Date.valueOf(days.get(i)));
            p.addValue("next" + i, Timestamp.valueOf(days.get(i).plusDays(1).atStartOfDay()));
            sql.append(", coalesce(sum(case when ").append(String.format(IN_FORCE, i)).append(" then 1 else 0 end), 0)");
        }
        p.addValue("lastNext", Timestamp.valueOf(days.stream().max(LocalDate::compareTo).orElseThrow().plusDays(1)
                .atStartOfDay()));
        p.addValue("firstDay", Date.valueOf(days.stream().min(LocalDate::compareTo).orElseThrow()));
        sql.append(" from agreement a where ").append(scope.agreementWhere("a"))
                .append(" and a.created_at < :lastNext and (a.end_date is null or a.end_date >= :firstDay)")
                .append(" group by a.rung, a.funding_domain");
        List<Map<String, Long>> perDay = new ArrayList<>();
        days.forEach(d -> perDay.add(new LinkedHashMap<>()));
        jdbc.query(sql.toString(), p, rs -> {
            String key = rs.getInt(1) + "|" + rs.getString(2);
            for (int i = 0; i < days.size(); i++) {
                perDay.get(i).merge(key, rs.getLong(i + 3), Long::sum);
            }
        });
        return perDay;
    }

    DashboardQueries.Lead needToAgreement(DashboardQueries.Scope scope, Period period) {
        MapSqlParameterSource p = scope.params()
                .addValue("from", Timestamp.valueOf(period.start().atStartOfDay()))
                .addValue("to", Timestamp.valueOf(period.endExclusive().atStartOfDay()));
        String met = "from need n join client c on c.id = n.client_id where " + scope.clientWhere("c")
                + " and n.met_at >= :from and n.met_at < :to and n.met_on_rung is not null";
        long count = jdbc.queryForObject("select count(*) " + met, p, Long.class);
        if (count == 0) {
            return new DashboardQueries.Lead(0, null, null);
        }
        return jdbc.queryForObject("select distinct"
                + " percentile_cont(0.5) within group (order by timestampdiff(second, n.created_at, n.met_at)) over (),"
                + " percentile_cont(0.9) within group (order by timestampdiff(second, n.created_at, n.met_at)) over () "
                + met + " limit 1", p, (rs, i) -> new DashboardQueries.Lead(count, rs.getDouble(1) / 86_400.0,
                        rs.getDouble(2) / 86_400.0));
    }
}
