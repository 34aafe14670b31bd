package nl.samenplan.security;

/**
 * Every access rule of the application in one place: role names for {@code @RolesAllowed} on views
 * and SpEL expressions for {@code @PreAuthorize} on services. A view may only show or hide; the
 * service behind it enforces the same rule.
 */
public final class Permissions {

    // Role names, as used by @RolesAllowed (must match Role)
    public static final String LEEFCOACH = "LEEFCOACH";
    public static final String DORPSREGISSEUR = "DORPSREGISSEUR";
    public static final String WIJKVERPLEEGKUNDIGE = "WIJKVERPLEEGKUNDIGE";
    public static final String VRIJWILLIGERSCOORDINATOR = "VRIJWILLIGERSCOORDINATOR";
    public static final String VRIJWILLIGER = "VRIJWILLIGER";
    public static final String MANAGER = "MANAGER";
    public static final String BEHEERDER = "BEHEERDER";
    public static final String PRIVACY = "PRIVACY";

    // Service rules
    /**
     * Read the individual client files of one's own team. Not the vrijwilligerscoördinator: matching needs no file,
     * only what {@link #VOLUNTEER_MATCH} gives (name, village, the need, when, consent for volunteers).
     */
    public static final String CLIENT_READ = "hasAnyRole('LEEFCOACH','DORPSREGISSEUR','WIJKVERPLEEGKUNDIGE')";
    /**
     * What a save of the plan tells the client record (review date, funding domains, status) and the team check before
     * it: every plan writer and the coordinator who matches a volunteer into a plan; nothing of the file is returned.
     */
    public static final String PLAN_FOLLOWS =
            "hasAnyRole('LEEFCOACH','DORPSREGISSEUR','WIJKVERPLEEGKUNDIGE','VRIJWILLIGERSCOORDINATOR')";
    /** The villages the team's clients live in: the file roles, and the coordinator for the volunteer register. */
    public static final String TEAM_VILLAGES =
            "hasAnyRole('LEEFCOACH','DORPSREGISSEUR','WIJKVERPLEEGKUNDIGE','VRIJWILLIGERSCOORDINATOR')";
    /** Write client records and their network: the maotwarkers and the leefcoach. */
    public static final String CLIENT_WRITE = "hasAnyRole('LEEFCOACH','DORPSREGISSEUR','WIJKVERPLEEGKUNDIGE')";
    /** Write the integrated plan together with the client. */
    public static final String PLAN_WRITE = "hasAnyRole('LEEFCOACH','DORPSREGISSEUR','WIJKVERPLEEGKUNDIGE')";
    /** Have tasks and update one's own (the volunteer only these, with the least client data). */
    public static final String TASK_OWN =
            "hasAnyRole('LEEFCOACH','DORPSREGISSEUR','WIJKVERPLEEGKUNDIGE','VRIJWILLIGERSCOORDINATOR','VRIJWILLIGER')";
    /** A task's history (who did what): everyone with tasks but the volunteer, who sees what, when and where only. */
    public static final String TASK_HISTORY =
            "hasAnyRole('LEEFCOACH','DORPSREGISSEUR','WIJKVERPLEEGKUNDIGE','VRIJWILLIGERSCOORDINATOR')";
    /** Make tasks by hand and update any task of the team's clients. */
    public static final String TASK_WRITE = "hasAnyRole('LEEFCOACH','DORPSREGISSEUR','WIJKVERPLEEGKUNDIGE')";
    /** The team's task list: filter, reassign, close in bulk; receive "lukt niet" signals. */
    public static final String TASK_TEAM = "hasAnyRole('LEEFCOACH','DORPSREGISSEUR')";
    /** The volunteer register: volunteers, their services, availability and status. */
    public static final String VOLUNTEER_ADMIN = "hasRole('VRIJWILLIGERSCOORDINATOR')";
    /**
     * Match open requests for volunteer help to a volunteer of the register: a narrow read model of the request (no
     * plan, MDO, waiting list, burden scores, history, network or PDF) and the match itself.
     */
    public static final String VOLUNTEER_MATCH = "hasRole('VRIJWILLIGERSCOORDINATOR')";
    /** A volunteer's own profile (and pause). */
    public static final String VOLUNTEER_SELF = "hasRole('VRIJWILLIGER')";
    /** Aggregate figures only, never a client file; only of the teams the beheerder lets the manager follow. */
    public static final String DASHBOARD_READ = "hasAnyRole('MANAGER')";
    /** Users, teams, organisations, catalogues and settings; no client files. */
    public static final String ADMINISTRATION = "hasRole('BEHEERDER')";
    /** The privacy officer's work: access reports of clients and users, the chain check, who was given access. */
    public static final String PRIVACY_OFFICE = "hasRole('PRIVACY')";
    /**
     * A client's access report and the export of everything held on the client (AVG art. 15 and 20): the plan
     * owner's roles and the privacy officer. The report itself lets only the client's plan owner and the privacy
     * officer through; the feature reads behind the export are scoped to the own team, all teams for PRIVACY.
     */
    public static final String ACCESS_REPORT = "hasAnyRole('LEEFCOACH','DORPSREGISSEUR','WIJKVERPLEEGKUNDIGE','PRIVACY')";
    /** Check the access log's hash chain: the privacy officer and the administrator. */
    public static final String ACCESS_LOG_CHECK = "hasAnyRole('PRIVACY','BEHEERDER')";
    /** Anyone who is logged in, for their own account. */
    public static final String AUTHENTICATED = "isAuthenticated()";
    /**
     * Anyone, logged in or not: only for writing the access log, which must also record refused and anonymous
     * attempts.
     */
    public static final String ANYONE = "permitAll()";

    private Permissions() {
    }
}
