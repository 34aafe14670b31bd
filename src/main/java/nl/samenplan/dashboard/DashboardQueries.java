package nl.samenplan.dashboard;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's aggregate SQL: every figure is counted by the database, per team (or all followed teams) and village,
 * never a row per client leaves it. Reads the tables of the waiting list, plans, needs, network and tasks directly
 * (the dashboard depends on no feature's classes). Periods are half-open: from the first day up to the day after the
 * last.
 */
@Component
@Transactional(readOnly = true)
class DashboardQueries {

    /** Professional care (rung 4) counts as in force only once approved. */
    private static final String IN_FORCE = "a.created_at < :next%1$d and (a.start_date is null or a.start_date <= :day%1$d)"
            + " and (a.end_date is null or a.end_date >= :day%1$d) and (a.rung < 4 or a.approval_state = 'GOEDGEKEURD')";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardQueries(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    record Team(long id, String name) {
    }

    /** The teams a manager follows, as the beheerder assigned them (table manager_team), by name. */
    List<Team> followedTeams(long userId) {
        return jdbc.query("select t.id, t.name from team t join manager_team m on m.team_id = t.id"
                + " where m.user_id = :user order by t.name", new MapSqlParameterSource("user", userId),
                (rs, i) -> new Team(rs.getLong(1), rs.getString(2)));
    }

    List<String> villages(Scope scope) {
        return jdbc.queryForList("select distinct c.village from client c where " + scope.clientWhere("c")
                + " and c.village is not null order by c.village", scope.params(), String.class);
    }

    /** The number on the waiting list at the end of each day given (placed on or before it, not yet left). */
    List<Long> waitingOn(Scope scope, List<LocalDate> days) {
        MapSqlParameterSource p = scope.params();
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < days.size(); i++) {
            p.addValue("day" + i, Date.valueOf(days.get(i)));
            sql.append(i == 0 ? "" : ", ").append(String.format(
                    "coalesce(sum(case when e.placed_on <= :day%1$d and (e.left_on is null or e.left_on > :day%1$d)"
                            + " then 1 else 0 end), 0)", i));
        }
        sql.append(" from waiting_list_entry e where ").append(scope.entryWhere("e"))
                .append(" and e.placed_on <= :lastDay and (e.left_on is null or e.left_on > :firstDay)");
        p.addValue("firstDay", Date.valueOf(days.stream().min(LocalDate::compareTo).orElseThrow()));
        p.addValue("lastDay", Date.valueOf(days.stream().max(LocalDate::compareTo).orElseThrow()));
        return jdbc.queryForObject(sql.toString(), p, (rs, n) -> {
            List<Long> sizes = new ArrayList<>();
            for (int i = 1; i <= days.size(); i++) {
                sizes.add(rs.getLong(i));
            }
            return sizes;
        });
    }

    /** Placements on the list within the period (a client who comes back counts again). */
    long inflow(Scope scope, Period period) {
        MapSqlParameterSource p = scope.params().addValue("from", Date.valueOf(period.start()))
                .addValue("to", Date.valueOf(period.endExclusive()));
        return jdbc.queryForObject("select count(*) from waiting_list_entry e where " + scope.entryWhere("e")
                + " and e.placed_on >= :from and e.placed_on < :to", p, Long.class);
    }

    /** Departures from the list within the period, per leave reason (a missing reason counts as ""). */
    Map<String, Long> outflow(Scope scope, Period period) {
        MapSqlParameterSource p = scope.params().addValue("from", Date.valueOf(period.start()))
                .addValue("to", Date.valueOf(period.endExclusive()));
        Map<String, Long> byReason = new LinkedHashMap<>();
        jdbc.query("select coalesce(e.leave_reason, ''), count(*) from waiting_list_entry e where "
                + scope.entryWhere("e") + " and e.left_on >= :from and e.left_on < :to group by e.leave_reason", p,
                rs -> {
                    byReason.put(rs.getString(1), rs.getLong(2));
                });
        return byReason;
    }

    /** Different clients who left the list to stay at home within the period. */
    long stayedHome(Scope scope, Period period) {
        MapSqlParameterSource p = scope.params().addValue("from", Date.valueOf(period.start()))
                .addValue("to", Date.valueOf(period.endExclusive()));
        return jdbc.queryForObject("select count(distinct e.client_id) from waiting_list_entry e where "
                + scope.entryWhere("e") + " and e.left_on >= :from and e.left_on < :to"
                + " and e.leave_reason = 'BLIJFT_THUIS'", p, Long.class);
    }

    /**
     * Agreements in force at the end of each day, per rung and funding domain, in ONE pass over the team's
     * agreements: {@code result.get(day)} maps "rung|domain" to a count. Being in force starts on one day and stops
     * after another (created and started by a day, not yet ended on it), so the database sorts each agreement into
     * the first and the last of the days asked for on which it is in force, and counts per rung, domain, first and
     * last: a few hundred groups instead of a sum per day and agreement. The days in between are filled in here.
     */
    List<Map<String, Long>> agreementCounts(Scope scope, List<LocalDate> days) {
        List<LocalDate> sorted = days.stream().distinct().sorted().toList();
        int k = sorted.size();
        MapSqlParameterSource p = scope.params();
        StringBuilder first = new StringBuilder("case");
        StringBuilder last = new StringBuilder("case when a.end_date is null then " + (k - 1));
        for (int i = 0; i < k; i++) {
            p.addValue("day" + i, Date.valueOf(sorted.get(i)));
            p.addValue("next" + i, Timestamp.valueOf(sorted.get(i).plusDays(1).atStartOfDay()));
            first.append(String.format(" when a.created_at < :next%1$d and (a.start_date is null or a.start_date"
                    + " <= :day%1$d) then %1$d", i));
        }
        for (int i = k - 1; i >= 0; i--) {
            last.append(String.format(" when a.end_date >= :day%1$d then %1$d", i));
        }
        first.append(" else ").append(k).append(" end");
        last.append(" else -1 end");
        p.addValue("lastNext", Timestamp.valueOf(sorted.get(k - 1).plusDays(1).atStartOfDay()));
        p.addValue("firstDay", Date.valueOf(sorted.get(0)));
        String sql = "select a.rung, coalesce(a.funding_domain, ''), " + first + " as first_day, " + last
                + " as last_day, count(*) from agreement a where " + scope.agreementWhere("a")
                + " and a.created_at < :lastNext and (a.end_date is null or a.end_date >= :firstDay)"
                + " and (a.rung < 4 or a.approval_state = 'GOEDGEKEURD') group by 1, 2, 3, 4";
        List<Map<String, Long>> perSortedDay = new ArrayList<>();
        sorted.forEach(d -> perSortedDay.add(new LinkedHashMap<>()));
        jdbc.query(sql, p, rs -> {
            String key = rs.getInt(1) + "|" + rs.getString(2);
            for (int i = Math.max(0, rs.getInt(3)); i <= Math.min(k - 1, rs.getInt(4)); i++) {
                perSortedDay.get(i).merge(key, rs.getLong(5), Long::sum);
            }
        });
        return days.stream().map(d -> new LinkedHashMap<>(perSortedDay.get(sorted.indexOf(d))))
                .map(m -> (Map<String, Long>) m).toList();
    }

    /** Inflow and outflow of the waiting list per part, in one pass: {@code result.get(part)} = {in, out}. */
    List<long[]> flows(Scope scope, List<Period> parts) {
        MapSqlParameterSource p = scope.params();
        StringBuilder sql = new StringBuilder("select 0");
        for (int i = 0; i < parts.size(); i++) {
            p.addValue("from" + i, Date.valueOf(parts.get(i).start()));
            p.addValue("to" + i, Date.valueOf(parts.get(i).endExclusive()));
            sql.append(String.format(", coalesce(sum(case when e.placed_on >= :from%1$d and e.placed_on < :to%1$d"
                    + " then 1 else 0 end), 0), coalesce(sum(case when e.left_on >= :from%1$d and e.left_on < :to%1$d"
                    + " then 1 else 0 end), 0)", i));
        }
        p.addValue("first", Date.valueOf(parts.get(0).start()));
        p.addValue("last", Date.valueOf(parts.get(parts.size() - 1).endExclusive()));
        sql.append(" from waiting_list_entry e where ").append(scope.entryWhere("e"))
                .append(" and e.placed_on < :last and (e.left_on is null or e.left_on >= :first)");
        return jdbc.queryForObject(sql.toString(), p, (rs, n) -> {
            List<long[]> result = new ArrayList<>();
            for (int i = 0; i < parts.size(); i++) {
                result.add(new long[] {rs.getLong(2 + 2 * i), rs.getLong(3 + 2 * i)});
            }
            return result;
        });
    }

    /**
     * Needs met within the period: how many, and the median and 90th percentile of the days from need to agreement.
     * One sort: the database numbers the needs by their time and hands over only the (at most four) times around the
     * two percentiles; they are interpolated here exactly as SQL's {@code percentile_cont} does (no need met: no row).
     */
    Lead needToAgreement(Scope scope, Period period) {
        MapSqlParameterSource p = scope.params()
                .addValue("from", Timestamp.valueOf(period.start().atStartOfDay()))
                .addValue("to", Timestamp.valueOf(period.endExclusive().atStartOfDay()));
        String ranks = " floor(1 + %1$s * (x.cnt - 1)), ceil(1 + %1$s * (x.cnt - 1))";
        Map<Long, Long> secondsAt = new LinkedHashMap<>();
        long[] count = {0};
        jdbc.query("select x.cnt, x.r, x.s from (select count(*) over () cnt,"
                + " row_number() over (order by timestampdiff(second, n.created_at, n.met_at)) r,"
                + " timestampdiff(second, n.created_at, n.met_at) s from need n join client c on c.id = n.client_id"
                + " where " + scope.clientWhere("c") + " and n.met_at >= :from and n.met_at < :to"
                + " and n.met_on_rung is not null) x where x.r in (" + String.format(ranks, "0.5") + ","
                + String.format(ranks, "0.9") + ")", p, rs -> {
                    count[0] = rs.getLong(1);
                    secondsAt.put(rs.getLong(2), rs.getLong(3));
                });
        if (count[0] == 0) {
            return new Lead(0, null, null);
        }
        return new Lead(count[0], percentile(secondsAt, count[0], 0.5) / 86_400.0,
                percentile(secondsAt, count[0], 0.9) / 86_400.0);
    }

    /**
     * MariaDB's percentile_cont, step for step: between the values at the floor and the ceiling of row 1 + p (n - 1),
     * linearly, in the same order of operations, and sent with 10 decimals as the server sends it.
     */
    private static double percentile(Map<Long, Long> valueAtRow, long n, double p) {
        double row = 1 + p * (n - 1);
        double floor = Math.floor(row);
        double ceil = Math.ceil(row);
        double value = ceil == floor ? valueAtRow.get((long) floor)
                : (row - floor) * valueAtRow.get((long) ceil) + (ceil - row) * valueAtRow.get((long) floor);
        return new BigDecimal(value).setScale(10, RoundingMode.HALF_EVEN).doubleValue();
    }

    /** Mantelzorgers of the clients whose last burden score is at or above the threshold. */
    long caregiversAtRisk(Scope scope, int threshold) {
        return jdbc.queryForObject("select count(*) from network_member m join client c on c.id = m.client_id where "
                + scope.clientWhere("c") + " and m.caregiver = true and m.burden_score >= :threshold",
                scope.params().addValue("threshold", threshold), Long.class);
    }

    /** Approved professional agreements still running whose review date has passed. */
    long overdueReviews(Scope scope, LocalDate today) {
        return jdbc.queryForObject("select count(*) from agreement a where " + scope.agreementWhere("a")
                + " and a.rung = 4"
                + " and a.approval_state = 'GOEDGEKEURD' and a.review_date < :today"
                + " and (a.end_date is null or a.end_date >= :today)",
                scope.params().addValue("today", Date.valueOf(today)), Long.class);
    }

    /** Tasks set to "lukt niet" within the period. */
    long tasksFailed(Scope scope, Period period) {
        MapSqlParameterSource p = scope.params()
                .addValue("from", Timestamp.valueOf(period.start().atStartOfDay()))
                .addValue("to", Timestamp.valueOf(period.endExclusive().atStartOfDay()));
        String village = scope.village() == null ? ""
                : " and exists (select 1 from client c where c.id = t.client_id and c.village = :village)";
        return jdbc.queryForObject("select count(*) from task t where " + scope.teamWhere("t") + village
                + " and t.status = 'LUKT_NIET' and t.changed_at >= :from and t.changed_at < :to", p, Long.class);
    }

    /**
     * Which clients count: of the teams given (the manager's own choice among those they follow; never empty-handed:
     * no team means nothing counts) and a village (or all villages).
     */
    record Scope(List<Long> teamIds, String village) {

        Scope {
            teamIds = List.copyOf(teamIds);
        }

        MapSqlParameterSource params() {
            return new MapSqlParameterSource("teams", teamIds.isEmpty() ? List.of(-1L) : teamIds)
                    .addValue("village", village);
        }

        /** The rows of the scope's teams (none when it has no team). */
        String teamWhere(String alias) {
            return teamIds.isEmpty() ? "1 = 0" : alias + ".team_id in (:teams)";
        }

        /** The waiting list has its own team and village (where the client lived when placed). */
        String entryWhere(String e) {
            return teamWhere(e) + (village == null ? "" : " and " + e + ".village = :village");
        }

        /** Agreements carry their team; the village is the client's. */
        String agreementWhere(String a) {
            return teamWhere(a) + (village == null ? ""
                    : " and exists (select 1 from plan pl join client c on c.id = pl.client_id where pl.id = " + a
                            + ".plan_id and c.village = :village)");
        }

        String clientWhere(String c) {
            return teamWhere(c) + (village == null ? "" : " and " + c + ".village = :village");
        }
    }

    /** Days from a need to its agreement; null when no need was met. */
    record Lead(long count, Double medianDays, Double p90Days) {
    }
}
