package nl.samenplan.testsupport.region;

/**
 * How big a generated region is. The full region (scale 1): 100,000 clients in 200 teams, about 4 network members and
 * 8 agreements (with their needs) and 3 plan revisions per client, 1,000,000 tasks, 25 volunteers and 9 professionals
 * per team, 5 years of waiting list (15 % of the clients, with their events) and 10,000,000 access-log entries. The
 * counts scale with {@code samenplan.region.scale}; the access log on its own with
 * {@code samenplan.region.access-log-scale} (default: the same scale).
 */
public record RegionSize(int teams, int clients, long tasks, long accessLogEntries, long seed) {

    public static final String SCALE = "samenplan.region.scale";
    public static final String ACCESS_LOG_SCALE = "samenplan.region.access-log-scale";
    public static final String SEED = "samenplan.region.seed";

    static final int USERS_PER_TEAM = 9;
    static final int VOLUNTEERS_PER_TEAM = 25;
    static final int YEARS = 5;

    public RegionSize {
        if (teams < 1 || clients < teams || tasks < 0 || accessLogEntries < 0) {
            throw new IllegalArgumentException("Not a region: " + teams + " teams, " + clients + " clients");
        }
    }

    /** The region at a scale: 1 is the full region, 0.01 a hundredth of it (at least one team). */
    public static RegionSize scaled(double scale, double accessLogScale, long seed) {
        int teams = (int) Math.max(1, Math.round(200 * scale));
        int clients = (int) Math.max(teams, Math.round(100_000 * scale));
        return new RegionSize(teams, clients, Math.round(1_000_000 * scale), Math.round(10_000_000 * accessLogScale),
                seed);
    }

    /** The region the system properties ask for (full size unless {@value #SCALE} says otherwise). */
    public static RegionSize fromSystemProperties() {
        double scale = Double.parseDouble(System.getProperty(SCALE, "1"));
        double accessLog = Double.parseDouble(System.getProperty(ACCESS_LOG_SCALE, Double.toString(scale)));
        return scaled(scale, accessLog, Long.getLong(SEED, 42L));
    }

    /** The same densities with another number of teams (e.g. all clients in one team) or no access log. */
    public RegionSize with(int newTeams, long newAccessLogEntries) {
        return new RegionSize(newTeams, clients, tasks, newAccessLogEntries, seed);
    }

    /** What the generator writes in every team's area: a later run knows a region of this size and seed by it. */
    String marker() {
        return "Regio " + teams + "/" + clients + "/" + tasks + "/" + accessLogEntries + "/" + seed;
    }

    @Override
    public String toString() {
        return String.format("%,d teams, %,d clients, %,d tasks, %,d access-log entries (seed %d)", teams, clients,
                tasks, accessLogEntries, seed);
    }
}
