package nl.samenplan.client;

import java.util.List;

/**
 * A port the client feature needs and owns: who else supports the client (volunteers, general
 * provisions, professionals) for the outer ring of the network picture. The plan implements it, so the
 * client feature never imports the plan.
 */
public interface SupportProviders {

    List<Provider> providersOf(long clientId);

    /** Whether a network member is named in an agreement (then they cannot simply be removed). */
    boolean isNamedInAgreements(long networkMemberId);

    enum Kind { VOLUNTEER, GENERAL_PROVISION, PROFESSIONAL }

    record Provider(String name, String role, Kind kind) {
    }
}
