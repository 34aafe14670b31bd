package nl.samenplan.workflow;

import java.util.Optional;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.plan.ApprovalPolicy;
import nl.samenplan.plan.Hint;
import nl.samenplan.security.Permissions;
import nl.samenplan.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The plan's approval port, answered by the {@link ApprovalRules} and the client's MDO records. */
@Service
@Transactional(readOnly = true)
class WorkflowApprovalPolicy implements ApprovalPolicy {

    /** The need category of a nursing-home application (Wlz). */
    static final String NURSING_HOME = "Verpleeghuisopname";

    private final MdoService mdos;
    private final SettingsService settings;
    private final CatalogService catalog;
    private final java.time.Clock clock;

    WorkflowApprovalPolicy(MdoService mdos, SettingsService settings, CatalogService catalog, java.time.Clock clock) {
        this.clock = clock;
        this.mdos = mdos;
        this.settings = settings;
        this.catalog = catalog;
    }

    @Override
    @PreAuthorize(Permissions.AUTHENTICATED)
    public boolean mayApprove(Role role, FundingDomain domain) {
        return domain != null && ApprovalRules.mayApprove(role, domain);
    }

    @Override
    @PreAuthorize(Permissions.CLIENT_READ)
    public Optional<Hint> whyWait(Role role, FundingDomain domain, long needCategoryId, long clientId) {
        if (domain == null) {
            return Optional.of(new Hint("error.agreement.fundingDomain", java.util.List.of(1)));
        }
        boolean nursingHome = catalog.needCategories().stream()
                .anyMatch(c -> c.id() == needCategoryId && NURSING_HOME.equalsIgnoreCase(c.name()));
        return new ApprovalRules(settings.current().mdoDays())
                .blocks(role, domain, nursingHome, mdos.lastMdo(clientId).orElse(null), java.time.LocalDate.now(clock))
                .map(r -> new Hint(r.key(), r.params()));
    }
}
