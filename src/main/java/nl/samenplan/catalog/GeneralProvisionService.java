package nl.samenplan.catalog;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import java.util.List;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.InputValidation;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogue of general provisions the router proposes on rung 3; the beheerder keeps it. */
@Service
@Transactional(readOnly = true)
public class GeneralProvisionService {

    private final GeneralProvisionRepository provisions;

    GeneralProvisionService(GeneralProvisionRepository provisions) {
        this.provisions = provisions;
    }

    /** All provisions, active and inactive, by name. */
    @PreAuthorize(Permissions.AUTHENTICATED)
    public List<Provision> all() {
        return provisions.findAllByOrderByNameAsc().stream().map(Provision::of).toList();
    }

    @PreAuthorize(Permissions.AUTHENTICATED)
    public List<Provision> active() {
        return all().stream().filter(Provision::active).toList();
    }

    /** Active provisions that give a mantelzorger a break (respijtzorg), suggested for an overburdened caregiver. */
    @PreAuthorize(Permissions.AUTHENTICATED)
    public List<Provision> respite() {
        return active().stream().filter(Provision::respite).toList();
    }

    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public Provision add(String name, String description, String village, Set<Long> categories, boolean respite) {
        InputValidation.require(new ProvisionInput(name, description, village));
        if (name != null && provisions.existsByNameIgnoreCase(name.strip())) {
            throw new BusinessRuleException("error.catalog.nameTaken", name.strip());
        }
        return Provision.of(provisions.save(new GeneralProvision(name, description, village, categories,
                respite)));
    }

    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public Provision change(long id, long expectedVersion, String name, String description, String village,
            Set<Long> categories, boolean active, boolean respite) {
        InputValidation.require(new ProvisionInput(name, description, village));
        GeneralProvision provision = provisions.findById(id)
                .orElseThrow(() -> new BusinessRuleException("error.catalog.notFound"));
        if (provision.getVersion() != expectedVersion) {
            throw new BusinessRuleException("error.concurrentChange");
        }
        if (name != null && provisions.existsByNameIgnoreCaseAndIdNot(name.strip(), id)) {
            throw new BusinessRuleException("error.catalog.nameTaken", name.strip());
        }
        provision.change(name, description, village, categories, active, respite);
        provisions.flush();
        return Provision.of(provision);
    }

    /** A general provision as screens and the router see it. */
    public record Provision(long id, long version, String name, String description, String village,
            Set<Long> categories, boolean active, boolean respite) {

        static Provision of(GeneralProvision p) {
            return new Provision(p.getId(), p.getVersion(), p.getName(), p.getDescription(), p.getVillage(),
                    p.getCategories(), p.isActive(), p.isRespite());
        }
    }
}
