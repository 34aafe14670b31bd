package nl.samenplan.security;

/**
 * The roles of a domeinoverstijgend team (see DOMAIN.md). The names are the Spring Security
 * authorities without the ROLE_ prefix; the UI labels come from the resource bundles.
 */
public enum Role {
    LEEFCOACH,
    DORPSREGISSEUR,
    WIJKVERPLEEGKUNDIGE,
    VRIJWILLIGERSCOORDINATOR,
    VRIJWILLIGER,
    MANAGER,
    BEHEERDER,
    /**
     * The privacy officer: answers a client's request to see who looked at their file, checks the access log and
     * who was given access. Reads the access log, never edits a client file; belongs to no team.
     */
    PRIVACY;

    /** The key of this role's name in the resource bundles. */
    public String labelKey() {
        return "role." + name().toLowerCase();
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /**
     * Roles that work with individual client files of their own team. Not the vrijwilligerscoördinator, who sees only
     * what matching a volunteer needs.
     */
    public boolean seesClientFiles() {
        return this == LEEFCOACH || this == DORPSREGISSEUR || this == WIJKVERPLEEGKUNDIGE;
    }

    /**
     * Roles whose granting the access log records and the privacy officer sees listed: those that read or write client
     * files, and the privacy officer (who reads the access log of every client).
     */
    public boolean grantsClientAccess() {
        return seesClientFiles() || writesClientFiles() || this == PRIVACY;
    }

    /**
     * Where this role lands after login: the screen of the job they come to do (DOMAIN.md). Route
     * paths, because the views live in feature packages that depend on this one.
     */
    public String landingRoute() {
        return switch (this) {
            case LEEFCOACH, DORPSREGISSEUR -> "clienten";
            case VRIJWILLIGERSCOORDINATOR -> "vrijwilligers/aanvragen";
            case WIJKVERPLEEGKUNDIGE, VRIJWILLIGER -> "mijn-taken";
            case MANAGER -> "dashboard";
            case BEHEERDER -> "beheer/gebruikers";
            case PRIVACY -> "privacy";
        };
    }

    /** The maotwarkers and the leefcoach write client records, networks and plans. */
    public boolean writesClientFiles() {
        return this == LEEFCOACH || this == DORPSREGISSEUR || this == WIJKVERPLEEGKUNDIGE;
    }

    /**
     * Roles that deliver professional care themselves (the district nurse): when they propose care, it is
     * usually their own, so the agreement form takes them as its provider.
     */
    public boolean providesCare() {
        return this == WIJKVERPLEEGKUNDIGE;
    }

    /** Every role but the administrator belongs to a team. */
    public boolean needsTeam() {
        return this != BEHEERDER && this != PRIVACY;
    }
}
