package nl.samenplan.security;

/**
 * The beheerder gave someone a role with access to client files ({@link Role#grantsClientAccess()}): a new user, a
 * changed role, or such a user moved to another team. Published after the change; the access log records it (the
 * security feature does not depend on the log, the log listens).
 */
public record RoleGranted(long userId, String username, Role role, Long teamId, String teamName) {

    /** The entry's detail: who was given what, in words the privacy officer's page reads back. */
    public String detail() {
        return "userId=" + userId + ";username=" + username + ";role=" + role.name() + ";teamId="
                + (teamId == null ? "" : teamId) + ";team=" + (teamName == null ? "" : teamName);
    }
}
