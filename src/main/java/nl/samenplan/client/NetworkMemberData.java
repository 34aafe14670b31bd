package nl.samenplan.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** What the team types about a network member; the limits are the columns' ({@link ClientLimits}). */
public record NetworkMemberData(
        @NotBlank(message = "error.network.nameRequired") @Size(max = ClientLimits.MEMBER_NAME) String name,
        Relation relation,
        @Size(max = ClientLimits.PHONE) String phone,
        @Size(max = ClientLimits.EMAIL) String email,
        @Size(max = ClientLimits.CURRENT_HELP) String currentHelp,
        Set<Long> canHelpWith,
        @Size(max = ClientLimits.AVAILABILITY) String availability,
        boolean caregiver, Integer burdenScore) {

    public NetworkMemberData {
        canHelpWith = canHelpWith == null ? Set.of() : Set.copyOf(canHelpWith);
    }
}
