package nl.samenplan.testsupport.region;

import java.sql.Connection;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Random;

/** The clients of a generated region and all that hangs off them: see {@link RegionGenerator}. */
final class RegionClients {

    private static final String[] DOMAINS = {"WMO", "ZVW", "WLZ"};
    private static final String[] WAITING = {"ACTIEF_WACHTEND", "WENSWACHTEND", "VOORLOPIG_NIET"};
    private static final String[] LEAVE = {"BLIJFT_THUIS", "OPGENOMEN", "OVERLEDEN", "NIET_MEER_NODIG", "VERHUISD"};
    private static final String[] TYPES = {"VERPLEEGHUIS", "VERPLEEGHUIS", "KLEINSCHALIG_WONEN", "ANDERS"};

    private final RegionGenerator region;
    private final Connection connection;
    private final RegionSize size;
    private final LocalDate today;
    private final int span;
    /** Per client (in order of id): its team index, first agreement id and number of agreements, closed or not. */
    private final int[] teamOf;
    private final long[] firstAgreement;
    private final int[] agreements;
    private final boolean[] closed;

    RegionClients(RegionGenerator region, Connection connection, RegionSize size, LocalDate today) {
        this.region = region;
        this.connection = connection;
        this.size = size;
        this.today = today;
        this.span = (int) (today.toEpochDay() - today.minusYears(RegionSize.YEARS).toEpochDay());
        teamOf = new int[size.clients()];
        firstAgreement = new long[size.clients()];
        agreements = new int[size.clients()];
        closed = new boolean[size.clients()];
    }

    private LocalDate someDay(Random random) {
        return today.minusDays(1 + random.nextInt(span));
    }

    private long user(int team, int nth) {
        return region.firstUser[team] + nth;
    }

    void clientsAndPlans() {
        region.firstClient = new long[size.teams()];
        region.clientCount = new int[size.teams()];
        try (Rows client = new Rows(connection, "client", "id, version, team_id, first_name, last_name, date_of_birth,"
                + " village, status, created_at, consent_on, plan_review_date, closed_on");
                Rows member = new Rows(connection, "network_member", "id, version, client_id, name, relation,"
                        + " caregiver, burden_score, created_at");
                Rows plan = new Rows(connection, "plan", "id, version, client_id, owner_id, owner_name, answer_needs,"
                        + " agreed_on, agreed_with, review_date, revision_no, updated_at, updated_by");
                Rows revision = new Rows(connection, "plan_revision", "id, plan_id, revision_no, created_at, author_id,"
                        + " author_name, summary, snapshot, from_proposal");
                Rows agreement = new Rows(connection, "agreement", "id, version, plan_id, team_id, description,"
                        + " need_category_id, rung, network_member_id, volunteer_id, provider_name, organisation,"
                        + " frequency, start_date, end_date, funding_domain, sort_order, created_at, approval_state,"
                        + " proposed_by, decided_by, decided_on, review_date, assignee_id, need_id");
                Rows need = new Rows(connection, "need", "id, version, client_id, need_category_id, description,"
                        + " urgency, source, client_can_do_self, created_at, created_by, met_on_rung, met_at")) {
            int c = 0;
            for (int t = 0; t < size.teams(); t++) {
                Random random = new Random(size.seed() * 131 + t);
                int inTeam = size.clients() / size.teams() + (t < size.clients() % size.teams() ? 1 : 0);
                region.firstClient[t] = region.ids.client;
                region.clientCount[t] = inTeam;
                long team = region.teamIds[t];
                for (int i = 0; i < inTeam; i++, c++) {
                    long id = region.ids.client++;
                    teamOf[c] = t;
                    LocalDate created = someDay(random);
                    int kind = random.nextInt(100);
                    closed[c] = kind < 8;
                    LocalDate closedOn = closed[c] ? created.plusDays(random.nextInt(
                            (int) Math.max(1, today.toEpochDay() - created.toEpochDay()))) : null;
                    LocalDate review = today.plusDays(random.nextInt(240) - 40);
                    client.add(id, 0, team, RegionNames.any(random, RegionNames.FIRST), RegionNames.any(random,
                            RegionNames.LAST), LocalDate.of(1925 + random.nextInt(40), 1 + random.nextInt(12),
                            1 + random.nextInt(28)), RegionGenerator.village(t, random), closed[c] ? "AFGESLOTEN"
                            : kind < 13 ? "AANGEMELD" : "ACTIEF", created.atTime(9, 0), created, review, closedOn);
                    long firstMember = region.ids.network;
                    int members = 1 + random.nextInt(7);
                    for (int m = 0; m < members; m++) {
                        boolean caregiver = m == 0 || random.nextInt(4) == 0;
                        member.add(region.ids.network++, 0, id, RegionNames.person(random),
                                RegionNames.any(random, RegionNames.RELATIONS), caregiver,
                                caregiver ? random.nextInt(11) : null, created.atTime(10, 0));
                    }
                    int owner = random.nextInt(4);
                    long planId = region.ids.plan++;
                    int revisions = 1 + random.nextInt(5);
                    LocalDateTime updated = created.plusDays(random.nextInt(30)).atTime(11, 0);
                    plan.add(planId, revisions, id, user(t, owner), RegionNames.ROLE_NAMES[owner], "Hulp bij het"
                            + " huishouden en de boodschappen", created.plusDays(7), "Cliënt en partner", review,
                            revisions, updated, RegionNames.ROLE_NAMES[owner]);
                    for (int r = 1; r <= revisions; r++) {
                        revision.add(region.ids.revision++, planId, r, created.plusDays(7L * r).atTime(11, 0),
                                user(t, owner), RegionNames.ROLE_NAMES[owner], "Versie " + r,
                                "{\"answerNeeds\":\"Versie " + r + "\",\"agreements\":[]}", false);
                    }
                    firstAgreement[c] = region.ids.agreement;
                    agreements[c] = 4 + random.nextInt(9);
                    int rungOffset = random.nextInt(5);
                    for (int a = 0; a < agreements[c]; a++) {
                        int rung = (a + rungOffset) % 5;
                        long category = region.categories.get(random.nextInt(region.categories.size()));
                        LocalDate start = created.plusDays(random.nextInt(60));
                        LocalDate end = random.nextInt(10) < 3 ? start.plusDays(30 + random.nextInt(700)) : null;
                        boolean pending = rung == 4 && random.nextInt(20) == 0;
                        long needId = region.ids.need++;
                        agreement.add(region.ids.agreement++, 0, planId, team, "Afspraak " + (a + 1), category, rung,
                                rung == 1 ? firstMember + random.nextInt(members) : null,
                                rung == 2 ? region.firstVolunteer[t] + random.nextInt(RegionSize.VOLUNTEERS_PER_TEAM)
                                        : null,
                                rung == 3 ? RegionNames.any(random, RegionNames.PROVISIONS) : null,
                                rung == 4 ? RegionNames.any(random, RegionNames.ORGANISATIONS) : null,
                                RegionNames.any(random, RegionNames.FREQUENCIES), start, end,
                                rung == 4 ? RegionNames.any(random, DOMAINS) : null, a, start.atTime(12, 0),
                                rung == 4 ? pending ? "TER_GOEDKEURING" : "GOEDGEKEURD" : null,
                                rung == 4 ? RegionNames.ROLE_NAMES[owner] : null,
                                rung == 4 && !pending ? "Manager" : null, rung == 4 && !pending ? start : null,
                                rung == 4 ? start.plusMonths(6) : null, rung == 4 ? user(t, 4 + random.nextInt(2))
                                        : null, needId);
                        need.add(needId, 0, id, category, "Hulpvraag " + (a + 1), "NORMAAL", "CLIENT", false,
                                start.minusDays(random.nextInt(30)).atTime(9, 30), RegionNames.ROLE_NAMES[owner],
                                rung, start.atTime(12, 0));
                    }
                    if (!closed[c] && random.nextInt(5) == 0) {
                        need.add(region.ids.need++, 0, id, region.categories.get(random.nextInt(
                                region.categories.size())), "Nog open hulpvraag", random.nextBoolean() ? "HOOG"
                                : "NORMAAL", "MANTELZORGER", false, today.minusDays(random.nextInt(60)).atTime(9, 0),
                                RegionNames.ROLE_NAMES[owner], null, null);
                    }
                }
            }
            client.flush();
            member.flush();
            plan.flush();
            revision.flush();
            agreement.flush();
            need.flush();
            region.count("client", client.count());
            region.count("network_member", member.count());
            region.count("plan", plan.count());
            region.count("plan_revision", revision.count());
            region.count("agreement", agreement.count());
            region.count("need", need.count());
        }
    }

    /** The tasks, spread over the clients: done in the past (a few not), open ahead, some open and overdue. */
    void tasks() {
        try (Rows task = new Rows(connection, "task", "id, version, team_id, client_id, agreement_id, occurrence_date,"
                + " what, due_date, assignee_id, status, reason, created_at, created_by, changed_at, changed_by")) {
            Random random = new Random(size.seed() * 17 + 3);
            for (int c = 0; c < size.clients(); c++) {
                long perClient = size.tasks() / size.clients() + (c < size.tasks() % size.clients() ? 1 : 0);
                int t = teamOf[c];
                long client = region.firstClient[0] + c;
                // task k falls on agreement k % n, each agreement's tasks on different days (uq_task_occurrence)
                int perAgreement = (int) ((perClient + agreements[c] - 1) / agreements[c]);
                int stride = Math.max(1, (span + 30) / Math.max(1, perAgreement));
                for (long k = 0; k < perClient; k++) {
                    int slot = (int) (k / agreements[c]);
                    LocalDate due = today.plusDays(30 - (long) slot * stride - random.nextInt(stride));
                    String status;
                    int roll = random.nextInt(100);
                    if (closed[c]) {
                        status = "GEDAAN";
                    } else if (due.isBefore(today.minusDays(7))) {
                        status = roll < 94 ? "GEDAAN" : roll < 99 ? "LUKT_NIET" : "OPEN";
                    } else if (due.isBefore(today)) {
                        status = roll < 50 ? "GEDAAN" : "OPEN";
                    } else {
                        status = roll < 10 ? "BEZIG" : "OPEN";
                    }
                    boolean open = status.equals("OPEN") || status.equals("BEZIG");
                    int assignee = random.nextInt(6);
                    String by = RegionNames.ROLE_NAMES[assignee];
                    task.add(region.ids.task++, 0, region.teamIds[t], client, firstAgreement[c]
                            + k % agreements[c], due, RegionNames.any(random, RegionNames.TASKS), due,
                            user(t, assignee), status, status.equals("LUKT_NIET") ? "Cliënt niet thuis" : null,
                            due.minusDays(14).atTime(2, 15), "Taakplanner", open ? due.minusDays(14).atTime(2, 15)
                                    : due.atTime(15, 0), open ? "Taakplanner" : by);
                }
            }
            task.flush();
            region.count("task", task.count());
        }
    }

    /** Five years of waiting list: 15 % of the clients were placed, most of them left again; each step an event. */
    void waitingList() {
        try (Rows entry = new Rows(connection, "waiting_list_entry", "id, version, team_id, client_id, village, type,"
                + " urgency, indication_date, placed_on, status, status_since, left_on, leave_reason, created_at");
                Rows event = new Rows(connection, "waiting_list_event", "id, entry_id, on_date, status, leave_reason,"
                        + " note, by_name, at")) {
            Random random = new Random(size.seed() * 7 + 11);
            int first = 0;
            for (int t = 0; t < size.teams(); t++) {
                for (int i = 0; i < region.clientCount[t]; i++) {
                    if (random.nextInt(100) >= 15) {
                        continue;
                    }
                    long client = region.firstClient[t] + i;
                    long id = region.ids.entry++;
                    LocalDate placed = today.minusDays(1 + random.nextInt(span));
                    String waiting = WAITING[random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2)];
                    LocalDate changed = random.nextInt(4) == 0 ? placed.plusDays(10 + random.nextInt(90)) : null;
                    LocalDate left = random.nextInt(3) > 0 ? placed.plusDays(30 + random.nextInt(400)) : null;
                    if (left != null && !left.isBefore(today) || closed[first + i] && left == null) {
                        left = closed[first + i] ? today.minusDays(1) : null;
                    }
                    if (changed != null && (left != null ? !changed.isBefore(left) : !changed.isBefore(today))) {
                        changed = null;
                    }
                    String status = left != null ? "AFGEMELD" : changed != null ? "ACTIEF_WACHTEND" : waiting;
                    String reason = left != null ? RegionNames.any(random, LEAVE) : null;
                    entry.add(id, 0, region.teamIds[t], client, RegionGenerator.village(t, random),
                            RegionNames.any(random, TYPES), random.nextInt(5) == 0 ? "URGENT" : "NORMAAL",
                            placed.minusDays(random.nextInt(30)), placed, status, left != null ? left
                                    : changed != null ? changed : placed, left, reason, placed.atTime(9, 0));
                    event.add(region.ids.event++, id, placed, waiting, null, "Geplaatst", "Dorpsregisseur",
                            placed.atTime(9, 0));
                    if (changed != null) {
                        event.add(region.ids.event++, id, changed, "ACTIEF_WACHTEND", null, "Wacht nu actief",
                                "Dorpsregisseur", changed.atTime(9, 0));
                    }
                    if (left != null) {
                        event.add(region.ids.event++, id, left, "AFGEMELD", reason, "Afgemeld", "Dorpsregisseur",
                                left.atTime(9, 0));
                    }
                }
                first += region.clientCount[t];
            }
            entry.flush();
            event.flush();
            region.count("waiting_list_entry", entry.count());
            region.count("waiting_list_event", event.count());
        }
    }
}
