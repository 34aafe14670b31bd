package nl.samenplan.demo;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.samenplan.base.TimeConfig;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The demo pretends the history happened earlier: the services stamp the real time, so the story marks
 * when each of its moments began, and at the end every row written since gets the day of the story it
 * belongs to (by the real time it was written at). Demo only; rows of the other demo data are left alone.
 */
final class DemoBackdating {

    private record Mark(Instant from, Instant pretend) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final EntityManager entityManager;
    private final List<Mark> marks = new ArrayList<>();

    DemoBackdating(JdbcTemplate jdbc, Clock clock, EntityManager entityManager) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /** From now on, what the services write happened on this day (at a time of that day, by its order). */
    void mark(LocalDate day, int order) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant pretend = day.atTime(9, 0).plusMinutes(7L * (order % 60)).atZone(TimeConfig.ZONE).toInstant();
        marks.add(new Mark(now, pretend.isAfter(now) ? now : pretend));
    }

    int moments() {
        return marks.size();
    }

    /** Rewrites the timestamps; ended professional care needs no review any more (as of {@code today}). */
    void apply(LocalDate today) {
        entityManager.flush();
        Instant until = clock.instant().plusSeconds(1);
        jdbc.execute("create temporary table demo_story (from_at timestamp(6) not null, to_at timestamp(6) not null, "
                + "pretend timestamp(6) not null)");
        List<Object[]> rows = new ArrayList<>();
        for (int k = 0; k < marks.size(); k++) {
            Instant to = k + 1 < marks.size() ? marks.get(k + 1).from() : until;
            rows.add(new Object[] {utc(marks.get(k).from()), utc(to), utc(marks.get(k).pretend())});
        }
        jdbc.batchUpdate("insert into demo_story (from_at, to_at, pretend) values (?, ?, ?)", rows);
        String[][] stamps = {{"client", "created_at"}, {"network_member", "created_at"}, {"need", "created_at"},
            {"need", "met_at"}, {"plan", "updated_at"}, {"plan_revision", "created_at"}, {"audit_entry", "at"},
            {"waiting_list_entry", "created_at"}, {"waiting_list_event", "at"}};
        for (String[] s : stamps) {
            jdbc.update("update " + s[0] + " t join demo_story w on t." + s[1] + " >= w.from_at and t." + s[1]
                    + " < w.to_at set t." + s[1] + " = w.pretend");
        }
        jdbc.update("update agreement t join demo_story w on t.created_at >= w.from_at and t.created_at < w.to_at "
                + "set t.decided_on = case when t.decided_on is null then null else date(w.pretend) end, "
                + "t.review_date = case when t.end_date < ? then null else t.review_date end, "
                + "t.created_at = w.pretend", today);
        // a closed file was closed on the day of the story its closing belongs to (the retention term runs from it)
        jdbc.update("update client c set c.closed_on = (select date(max(a.at)) from audit_entry a where a.client_id = c.id"
                + " and a.action = 'history.client.closed') where c.status = 'AFGESLOTEN' and exists (select 1 from"
                + " audit_entry a where a.client_id = c.id and a.action = 'history.client.closed')");
        jdbc.execute("drop temporary table demo_story");
        entityManager.clear();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
