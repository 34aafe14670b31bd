package nl.samenplan.retention;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Anonymises closed client files, a batch in one transaction: everything that names or describes the client and
 * the people around them is replaced by fixed neutral text or emptied, while the rows stay with what the dashboard
 * counts (team, village, status, funding domains, rungs, dates, approval states, burden scores, task states, waiting
 * list periods and reasons). The date of birth becomes 1 January 1900: the dashboard does not use it, and even the
 * year would help to recognise someone in a small village. Names of staff (who wrote or decided what) stay: they are
 * no data of the client. The history (audit_entry) and the access log are the legal record of who did what and are
 * not touched. Only files not anonymised yet are changed, so running a batch twice changes nothing the second time.
 */
@Component
@Transactional
class Anonymiser {

    static final String NAME = "Geanonimiseerd";
    static final LocalDate BIRTH = LocalDate.of(1900, 1, 1);
    static final String TEXT = "(geanonimiseerd)";

    /** Per table, what the neutral version of a row is; {@code :ids} are the clients of the batch. */
    private static final List<String> STATEMENTS = List.of(
            // the client: names, birth, address, contact, own words; village and team stay (the dashboard's areas)
            "update client set first_name = :name, last_name = 'cliënt', call_name = null, date_of_birth = :birth,"
                    + " address = null, postcode = null, phone = null, email = null, important_to_me = null,"
                    + " anonymised_on = :today, version = version + 1"
                    + " where id in (:ids) and status = 'AFGESLOTEN' and anonymised_on is null",
            // the network: names, contact and what they do; relation, caregiver and burden score stay
            "update network_member set name = 'Naaste', phone = null, email = null, current_help = null,"
                    + " availability = null where client_id in (:ids)",
            "update burden_check_in set note = null where client_id in (:ids)",
            // consents: recipient kind, dates and manner stay; an organisation's and a representative's name go (an
            // organisation keeps its row's id, so that two active ones stay two recipients)
            "update client_consent set organisation = case when organisation is null then null"
                    + " else concat(:text, ' ', id) end, representative = case when representative is null then null"
                    + " else :text end where client_id in (:ids)",
            // the plan: the client's own words, goals, agreements; rungs, domains, dates and states stay
            "update plan set answer_can_do_self = null, answer_needs = null, answer_will_do = null,"
                    + " agreed_with = null where client_id in (:ids)",
            "update plan_goal set text = :text where plan_id in (select id from plan where client_id in (:ids))",
            "update agreement set description = :text, provider_name = null, escalation_reason = null,"
                    + " decision_remark = null, frequency = null"
                    + " where plan_id in (select id from plan where client_id in (:ids))",
            // an earlier version reads as an empty plan
            "update plan_revision set snapshot = '{}', summary = null"
                    + " where plan_id in (select id from plan where client_id in (:ids))",
            // needs, the MDO, tasks and the waiting list's notes
            "update need set description = null, frequency = null, reopened_agreement = null"
                    + " where client_id in (:ids)",
            "update mdo set participants = :text, conclusion = :text, home_alternatives = :text"
                    + " where client_id in (:ids)",
            "update task set what = :text, performer_name = null, note = null,"
                    + " reason = case when reason is null then null else :text end where client_id in (:ids)",
            "update task_event set detail = null where task_id in (select id from task where client_id in (:ids))",
            "update waiting_list_event set note = null"
                    + " where entry_id in (select id from waiting_list_entry where client_id in (:ids))");

    private final NamedParameterJdbcTemplate jdbc;

    Anonymiser(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Anonymises these closed files that are not anonymised yet; returns them (id → team), the ones it changed.
     * Only the files it marks in this very transaction get the rest of the treatment.
     */
    Map<Long, Long> anonymise(List<Long> clientIds, LocalDate today) {
        if (clientIds.isEmpty()) {
            return Map.of();
        }
        MapSqlParameterSource candidates = new MapSqlParameterSource("ids", clientIds);
        // lock the rows of the batch: a reopening at this moment waits, then finds the file anonymised
        List<Long> open = jdbc.queryForList("select id from client where id in (:ids) and status = 'AFGESLOTEN'"
                + " and anonymised_on is null for update", candidates, Long.class);
        if (open.isEmpty()) {
            return Map.of();
        }
        Map<Long, Long> teams = new java.util.LinkedHashMap<>();
        jdbc.query("select id, team_id from client where id in (:ids) order by id",
                new MapSqlParameterSource("ids", open), rs -> {
                    teams.put(rs.getLong(1), rs.getLong(2));
                });
        MapSqlParameterSource p = new MapSqlParameterSource("ids", open).addValue("name", NAME)
                .addValue("birth", Date.valueOf(BIRTH)).addValue("today", Date.valueOf(today)).addValue("text", TEXT);
        STATEMENTS.forEach(sql -> jdbc.update(sql, p));
        return teams;
    }
}
