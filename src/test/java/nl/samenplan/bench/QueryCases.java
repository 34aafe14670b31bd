package nl.samenplan.bench;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;
import nl.samenplan.audit.AuditLog;
import nl.samenplan.bench.QueryBenchmark.Case;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientService.ClientFilter;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.plan.PlanApprovals;
import nl.samenplan.plan.PlanReviews;
import nl.samenplan.plan.PlanService;
import nl.samenplan.privacy.AccessReports;
import nl.samenplan.privacy.ReportPeriod;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TeamFilter;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.volunteer.VolunteerService;
import nl.samenplan.volunteer.VolunteerService.VolunteerFilter;
import nl.samenplan.volunteer.VolunteerStatus;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.waitinglist.WaitingListService.ListFilter;
import nl.samenplan.waitinglist.WaitingListType;
import nl.samenplan.waitinglist.WaitingStatus;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.VolunteerCandidates;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The queries of QueryBenchmark: every list, filter, sort and page of the UI as its view asks the service (a page of
 * 50, Vaadin's grid page, sorted on the grid's sort properties), each by the role whose screen it is, in the first
 * generated team (regio001). Also the people and records the benchmark adds to the region for roles the generator
 * has no account for (a volunteer with a login and tasks, a privacy officer).
 */
final class QueryCases {

    static final String LEEFCOACH = "regio001.leefcoach1";
    static final String NURSE = "regio001.wijkverpleegkundige1";
    static final String COORDINATOR = "regio001.vrijwilligerscoordinator1";
    static final String VOLUNTEER = "regio001.vrijwilliger1";
    static final String PRIVACY = "regio.privacy1";
    static final double LIST = 20;
    static final double PLAN_PAGE = 50;
    static final int PAGE = 50;

    /** The team, client and need the queries are about. */
    record Subjects(long teamId, long clientId, long needId, long needCategoryId, String village, long nurseId,
            long openTasksInTeam, long tasksOfClient) {
    }

    /** Adds the volunteer's login with 30 of the team's tasks and the privacy officer (once), and picks the subjects. */
    static Subjects prepare(JdbcTemplate jdbc) {
        long teamId = jdbc.queryForObject("SELECT team_id FROM app_user WHERE username = ?", Long.class, LEEFCOACH);
        String hash = jdbc.queryForObject("SELECT password_hash FROM app_user WHERE username = ?", String.class,
                LEEFCOACH);
        long nurseId = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, NURSE);
        if (jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username = ?", Long.class, PRIVACY) == 0) {
            jdbc.update("INSERT INTO app_user (version, username, password_hash, display_name, role, active, created_at,"
                    + " password_change_required, failed_logins) VALUES (0, ?, ?, 'Privacy 1 (regio)', 'PRIVACY', true,"
                    + " now(), false, 0)", PRIVACY, hash);
        }
        if (jdbc.queryForObject("SELECT count(*) FROM app_user WHERE username = ?", Long.class, VOLUNTEER) == 0) {
            jdbc.update("INSERT INTO app_user (version, username, password_hash, display_name, role, team_id, active,"
                    + " created_at, password_change_required, failed_logins) VALUES (0, ?, ?, 'Vrijwilliger 1 (team 001)',"
                    + " 'VRIJWILLIGER', ?, true, now(), false, 0)", VOLUNTEER, hash, teamId);
            long userId = jdbc.queryForObject("SELECT id FROM app_user WHERE username = ?", Long.class, VOLUNTEER);
            jdbc.update("UPDATE volunteer SET user_id = ? WHERE id = (SELECT min(id) FROM volunteer WHERE team_id = ?)",
                    userId, teamId);
            // 30 of the team's open tasks become the volunteer's (the region's task count, by which a later run
            // knows the region complete, stays the same)
            jdbc.update("UPDATE task SET assignee_id = ? WHERE id IN (SELECT id FROM (SELECT id FROM task"
                    + " WHERE team_id = ? AND status = 'OPEN' AND due_date BETWEEN ? AND ? ORDER BY id LIMIT 30) t)",
                    userId, teamId, Date.valueOf(LocalDate.now().minusDays(2)), Date.valueOf(LocalDate.now().plusDays(12)));
        }
        // the heaviest file of the team: the most tasks (Taken tab), with a plan and needs
        long clientId = jdbc.queryForObject("SELECT t.client_id FROM task t JOIN plan p ON p.client_id = t.client_id"
                + " WHERE t.team_id = ? GROUP BY t.client_id ORDER BY count(*) DESC, t.client_id LIMIT 1", Long.class,
                teamId);
        var need = jdbc.queryForMap("SELECT id, need_category_id FROM need WHERE client_id = ? ORDER BY id LIMIT 1",
                clientId);
        String village = jdbc.queryForObject("SELECT village FROM client WHERE team_id = ? GROUP BY village"
                + " ORDER BY count(*) DESC, village LIMIT 1", String.class, teamId);
        long open = jdbc.queryForObject("SELECT count(*) FROM task WHERE team_id = ? AND status IN ('OPEN', 'BEZIG')",
                Long.class, teamId);
        long ofClient = jdbc.queryForObject("SELECT count(*) FROM task WHERE client_id = ?", Long.class, clientId);
        return new Subjects(teamId, clientId, ((Number) need.get("id")).longValue(),
                ((Number) need.get("need_category_id")).longValue(), village, nurseId, open, ofClient);
    }

    private final ApplicationContext app;
    private final Subjects s;
    private final List<Case> cases = new ArrayList<>();

    QueryCases(ApplicationContext app, Subjects subjects) {
        this.app = app;
        this.s = subjects;
    }

    List<Case> all() {
        ClientService clients = app.getBean(ClientService.class);
        add("clients: first page", LEEFCOACH, LIST, () -> clients.findClients(ClientFilter.NONE, page()).getNumberOfElements());
        add("clients: name fragment 'jan'", LEEFCOACH, LIST,
                () -> clients.findClients(new ClientFilter("jan", null, null, false), page()).getNumberOfElements());
        add("clients: village", LEEFCOACH, LIST,
                () -> clients.findClients(new ClientFilter(null, null, s.village(), false), page()).getNumberOfElements());
        add("clients: status ACTIEF", LEEFCOACH, LIST, () -> clients.findClients(
                new ClientFilter(null, ClientStatus.ACTIEF, null, false), page()).getNumberOfElements());
        add("clients: plan te herzien", LEEFCOACH, LIST,
                () -> clients.findClients(new ClientFilter(null, null, null, true), page()).getNumberOfElements());
        for (String sort : List.of("dateOfBirth", "village", "status", "planReviewDate")) {
            add("clients: sorted by " + sort, LEEFCOACH, LIST,
                    () -> clients.findClients(ClientFilter.NONE, page(Sort.by(sort))).getNumberOfElements());
        }
        add("clients: sorted by name, descending", LEEFCOACH, LIST, () -> clients.findClients(ClientFilter.NONE,
                page(Sort.by(Sort.Direction.DESC, "lastName", "firstName"))).getNumberOfElements());
        add("clients: villages (filter choices)", LEEFCOACH, LIST, () -> clients.villages().size());

        TaskService tasks = app.getBean(TaskService.class);
        add("Mijn taken (district nurse)", NURSE, LIST, () -> tasks.myTasks().size());
        add("Mijn taken badge (district nurse)", NURSE, LIST, tasks::badge);
        add("Mijn taken (volunteer)", VOLUNTEER, LIST, () -> tasks.myTasks().size());
        add("Teamtaken: first page", LEEFCOACH, LIST, () -> tasks.teamTasks(TeamFilter.OPEN, page()).getNumberOfElements());
        add("Teamtaken: page 10", LEEFCOACH, 0,
                () -> tasks.teamTasks(TeamFilter.OPEN, PageRequest.of(9, PAGE)).getNumberOfElements());
        add("Teamtaken: assignee", LEEFCOACH, LIST, () -> tasks.teamTasks(
                new TeamFilter(s.nurseId(), false, null, null, false), page()).getNumberOfElements());
        add("Teamtaken: unassigned", LEEFCOACH, LIST,
                () -> tasks.teamTasks(new TeamFilter(null, true, null, null, false), page()).getNumberOfElements());
        add("Teamtaken: client", LEEFCOACH, LIST, () -> tasks.teamTasks(
                new TeamFilter(null, false, s.clientId(), null, false), page()).getNumberOfElements());
        add("Teamtaken: status GEDAAN", LEEFCOACH, LIST, () -> tasks.teamTasks(
                new TeamFilter(null, false, null, TaskStatus.GEDAAN, false), page()).getNumberOfElements());
        add("Teamtaken: status GEDAAN, page 10", LEEFCOACH, 0, () -> tasks.teamTasks(
                new TeamFilter(null, false, null, TaskStatus.GEDAAN, false), PageRequest.of(9, PAGE)).getNumberOfElements());
        add("Teamtaken: overdue", LEEFCOACH, LIST,
                () -> tasks.teamTasks(new TeamFilter(null, false, null, null, true), page()).getNumberOfElements());
        for (String sort : List.of("what", "status")) {
            add("Teamtaken: sorted by " + sort, LEEFCOACH, LIST,
                    () -> tasks.teamTasks(TeamFilter.OPEN, page(Sort.by(sort))).getNumberOfElements());
        }

        PlanApprovals approvals = app.getBean(PlanApprovals.class);
        add("Goedkeuren (approval inbox)", LEEFCOACH, LIST, () -> approvals.pendingApprovals().size());
        add("Goedkeuren badge", LEEFCOACH, LIST, approvals::waitingCount);
        PlanReviews reviews = app.getBean(PlanReviews.class);
        add("Te herzien", LEEFCOACH, LIST, () -> reviews.reviewsDue().size());
        NeedService needs = app.getBean(NeedService.class);
        add("Zorg te regelen (care to arrange)", NURSE, LIST, () -> needs.careToArrange().size());
        add("coordinator: volunteer requests", COORDINATOR, LIST, () -> needs.volunteerRequests().size());
        VolunteerService volunteers = app.getBean(VolunteerService.class);
        add("coordinator: volunteers, first page", COORDINATOR, LIST,
                () -> volunteers.find(VolunteerFilter.NONE, page()).getNumberOfElements());
        add("coordinator: volunteers, search and status", COORDINATOR, LIST, () -> volunteers.find(
                new VolunteerFilter("an", VolunteerStatus.ACTIEF, null), page()).getNumberOfElements());
        add("coordinator: volunteers, sorted by village", COORDINATOR, LIST,
                () -> volunteers.find(VolunteerFilter.NONE, page(Sort.by("village"))).getNumberOfElements());
        VolunteerCandidates ranking = app.getBean(VolunteerCandidates.class);
        add("volunteer ranking for a need", COORDINATOR, LIST,
                () -> ranking.volunteers(s.needCategoryId(), s.village(), "di en do").size());
        add("router: candidates for a need", LEEFCOACH, LIST, () -> needs.route(s.needId()).proposals().size());

        PlanService plans = app.getBean(PlanService.class);
        add("plan page: read model", LEEFCOACH, PLAN_PAGE, () -> plans.page(s.clientId()).plan().content().agreements().size());
        add("plan page: need answers", LEEFCOACH, PLAN_PAGE, () -> plans.needAnswers(s.clientId()).size());
        add("plan page: unrecorded needs", LEEFCOACH, PLAN_PAGE, () -> plans.unrecordedNeeds(s.clientId()).size());
        add("plan: versions (Geschiedenis of the plan)", LEEFCOACH, LIST,
                () -> plans.revisions(s.clientId(), page()).getNumberOfElements());
        add("client: needs", LEEFCOACH, LIST, () -> needs.needs(s.clientId()).size());
        add("client: Taken tab", LEEFCOACH, LIST, () -> tasks.clientTasks(s.clientId(), page()).getNumberOfElements());
        AuditLog audit = app.getBean(AuditLog.class);
        add("client: Geschiedenis tab", LEEFCOACH, LIST, () -> audit.history(s.clientId(), page()).getNumberOfElements());

        WaitingListService waiting = app.getBean(WaitingListService.class);
        add("waiting list: now", LEEFCOACH, LIST, () -> waiting.list(ListFilter.NOW, page()).getNumberOfElements());
        add("waiting list: with those who left", LEEFCOACH, LIST,
                () -> waiting.list(new ListFilter(true, null, null, null), page()).getNumberOfElements());
        add("waiting list: status, type, village", LEEFCOACH, LIST, () -> waiting.list(new ListFilter(false,
                WaitingStatus.ACTIEF_WACHTEND, WaitingListType.VERPLEEGHUIS, s.village()), page()).getNumberOfElements());
        for (String sort : List.of("village", "urgency", "status")) {
            add("waiting list: sorted by " + sort, LEEFCOACH, LIST,
                    () -> waiting.list(new ListFilter(true, null, null, null), page(Sort.by(sort))).getNumberOfElements());
        }

        AccessReports reports = app.getBean(AccessReports.class);
        ReportPeriod lastYear = AccessReports.lastYear(LocalDate.now());
        add("access report of a client (privacy officer)", PRIVACY, LIST,
                () -> reports.clientReport(s.clientId(), lastYear, page()).getNumberOfElements());
        add("privacy: clients of all teams 'jan'", PRIVACY, LIST,
                () -> clients.findInAllTeams("jan", page()).getNumberOfElements());
        add("privacy: people 'leef'", PRIVACY, LIST, () -> reports.findPeople("leef", page()).getNumberOfElements());
        return cases;
    }

    private void add(String name, String user, double target, IntSupplier call) {
        cases.add(new Case(name, user, target, call));
    }

    private static Pageable page() {
        return PageRequest.of(0, PAGE);
    }

    private static Pageable page(Sort sort) {
        return PageRequest.of(0, PAGE, sort);
    }
}
