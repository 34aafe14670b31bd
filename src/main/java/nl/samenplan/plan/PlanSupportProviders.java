package nl.samenplan.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.samenplan.client.SupportProviders;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's side of the client feature's port: who supports the client besides the network. */
@Service
@Transactional(readOnly = true)
class PlanSupportProviders implements SupportProviders {

    private final PlanRepository plans;

    PlanSupportProviders(PlanRepository plans) {
        this.plans = plans;
    }

    @Override
    @PreAuthorize(Permissions.CLIENT_READ)
    public List<Provider> providersOf(long clientId) {
        Map<String, Provider> providers = new LinkedHashMap<>();
        plans.findByClientId(clientId).ifPresent(plan -> plan.getAgreements().forEach(a -> {
            Kind kind = switch (a.getRung()) {
                case VRIJWILLIGERS -> Kind.VOLUNTEER;
                case ALGEMENE_VOORZIENINGEN -> Kind.GENERAL_PROVISION;
                case PROFESSIONELE_ZORG -> Kind.PROFESSIONAL;
                default -> null;
            };
            if (kind != null && a.getProviderName() != null) {
                String role = a.getOrganisation() != null ? a.getOrganisation() : a.getDescription();
                providers.putIfAbsent(kind + a.getProviderName(), new Provider(a.getProviderName(), role, kind));
            }
        }));
        return List.copyOf(providers.values());
    }

    @Override
    @PreAuthorize(Permissions.CLIENT_READ)
    public boolean isNamedInAgreements(long networkMemberId) {
        return plans.isNetworkMemberNamed(networkMemberId);
    }
}
