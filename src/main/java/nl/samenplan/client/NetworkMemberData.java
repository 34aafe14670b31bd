package nl.samenplan.client;

import java.util.Set;

/** What the team types about a network member. */
public record NetworkMemberData(String name, Relation relation, String phone, String email, String currentHelp,
        Set<Long> canHelpWith, String availability, boolean caregiver, Integer burdenScore) {

    public NetworkMemberData {
        canHelpWith = canHelpWith == null ? Set.of() : Set.copyOf(canHelpWith);
    }
}
