package nl.samenplan.catalog;

import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.base.access.LogsAccess;
import java.util.List;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.Changed;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.base.InputValidation;
import nl.samenplan.security.Permissions;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The catalogues the plan and the rules read; the beheerder changes them. */
@Service
@Transactional(readOnly = true)
public class CatalogService {

    private final LifeAreaRepository lifeAreas;
    private final NeedCategoryRepository needCategories;

    CatalogService(LifeAreaRepository lifeAreas, NeedCategoryRepository needCategories) {
        this.lifeAreas = lifeAreas;
        this.needCategories = needCategories;
    }

    /** All life areas, active and inactive, in their order (old plans may use inactive ones). */
    @PreAuthorize(Permissions.AUTHENTICATED)
    public List<Item> lifeAreas() {
        return lifeAreas.findAllByOrderBySortOrderAscNameAsc().stream()
                .map(a -> new Item(a.getId(), a.getVersion(), a.getName(), false, a.isActive(), List.of())).toList();
    }

    @PreAuthorize(Permissions.AUTHENTICATED)
    public List<Item> needCategories() {
        return needCategories.findAllByOrderBySortOrderAscNameAsc().stream()
                .map(c -> new Item(c.getId(), c.getVersion(), c.getName(), c.isProfessionalByNature(), c.isActive(),
                        c.getSynonyms(), c.getUsualDomain()))
                .toList();
    }

    /**
     * Moves a life area one place up or down in the list the beheerder saw ({@code seen}, with versions). If the
     * list changed since, nothing moves and the user is told who changed it.
     */
    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public void moveLifeArea(List<Item> seen, long id, boolean up) {
        new CatalogOrder<>(LifeArea::getId, LifeArea::getVersion, LifeArea::getChangedBy, LifeArea::moveTo)
                .move(lifeAreas.allForUpdate(), seen, id, up, CurrentUser.require().displayName());
        flush(lifeAreas::flush, "error.catalog.orderChanged");
    }

    /** The same for a kind of need. */
    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public void moveNeedCategory(List<Item> seen, long id, boolean up) {
        new CatalogOrder<>(NeedCategory::getId, NeedCategory::getVersion, NeedCategory::getChangedBy,
                NeedCategory::moveTo).move(needCategories.allForUpdate(), seen, id, up,
                        CurrentUser.require().displayName());
        flush(needCategories::flush, "error.catalog.orderChanged");
    }

    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public Item addLifeArea(String name) {
        InputValidation.require(new CatalogItemInput(name));
        if (lifeAreas.existsByNameIgnoreCase(name == null ? "" : name.strip())) {
            throw new BusinessRuleException("error.catalog.nameTaken", name.strip());
        }
        int order = lifeAreas.findAllByOrderBySortOrderAscNameAsc().size() + 1;
        LifeArea area = new LifeArea(name, order);
        area.changedBy(CurrentUser.require().displayName());
        area = lifeAreas.save(area);
        return new Item(area.getId(), area.getVersion(), area.getName(), false, true, List.of());
    }

    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public void changeLifeArea(long id, long expectedVersion, String name, boolean active) {
        InputValidation.require(new CatalogItemInput(name));
        LifeArea area = lifeAreas.findById(id).orElseThrow(() -> new BusinessRuleException("error.catalog.notFound"));
        if (area.getVersion() != expectedVersion) {
            throw Changed.meanwhile("error.catalog.changed", area.getChangedBy());
        }
        requireFreeName(lifeAreas.existsByNameIgnoreCaseAndIdNot(strip(name), id), name);
        area.rename(name);
        area.setActive(active);
        area.changedBy(CurrentUser.require().displayName());
        flush(lifeAreas::flush, "error.catalog.changed");
    }

    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public Item addNeedCategory(String name, boolean professionalByNature) {
        InputValidation.require(new CatalogItemInput(name));
        if (needCategories.existsByNameIgnoreCase(name == null ? "" : name.strip())) {
            throw new BusinessRuleException("error.catalog.nameTaken", name.strip());
        }
        int order = needCategories.findAllByOrderBySortOrderAscNameAsc().size() + 1;
        NeedCategory category = new NeedCategory(name, professionalByNature, order);
        category.changedBy(CurrentUser.require().displayName());
        category = needCategories.save(category);
        return new Item(category.getId(), category.getVersion(), category.getName(), professionalByNature, true,
                List.of());
    }

    /** Changes a kind of need and keeps its other words. */
    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public void changeNeedCategory(long id, long expectedVersion, String name, boolean professionalByNature,
            boolean active) {
        changeNeedCategory(id, expectedVersion, name, professionalByNature, active, null);
    }

    /**
     * Changes a kind of need with its other words ({@code synonyms}, separated by commas; {@code null} keeps them):
     * the client's own words are matched by them.
     */
    @PreAuthorize(Permissions.ADMINISTRATION)
    @Transactional
    @LogsAccess(AccessEventType.ADMINISTRATION_CHANGED)
    public void changeNeedCategory(long id, long expectedVersion, String name, boolean professionalByNature,
            boolean active, String synonyms) {
        InputValidation.require(new CatalogItemInput(name, synonyms));
        NeedCategory category = needCategories.findById(id)
                .orElseThrow(() -> new BusinessRuleException("error.catalog.notFound"));
        if (category.getVersion() != expectedVersion) {
            throw Changed.meanwhile("error.catalog.changed", category.getChangedBy());
        }
        requireFreeName(needCategories.existsByNameIgnoreCaseAndIdNot(strip(name), id), name);
        category.change(name, professionalByNature);
        if (synonyms != null) {
            category.changeSynonyms(synonyms);
        }
        category.setActive(active);
        category.changedBy(CurrentUser.require().displayName());
        flush(needCategories::flush, "error.catalog.changed");
    }

    /** Writes now, so that a change by someone else in the last instant is refused and told, not at commit. */
    private static void flush(Runnable flush, String key) {
        try {
            flush.run();
        } catch (OptimisticLockingFailureException e) {
            throw Changed.meanwhile(key, null);
        }
    }

    /** Renaming to the name of another entry is told in plain language, not left to the unique index. */
    private static void requireFreeName(boolean taken, String name) {
        if (taken) {
            throw new BusinessRuleException("error.catalog.nameTaken", strip(name));
        }
    }

    private static String strip(String name) {
        return name == null ? "" : name.strip();
    }

    /**
     * A catalogue entry as screens show it; {@code synonyms}: the other words of a kind of need (else empty);
     * {@code usualDomain}: the funding domain its professional care usually falls under (else null).
     */
    public record Item(long id, long version, String name, boolean professionalByNature, boolean active,
            List<String> synonyms, FundingDomain usualDomain) {

        public Item {
            synonyms = synonyms == null ? List.of() : List.copyOf(synonyms);
        }

        public Item(long id, long version, String name, boolean professionalByNature, boolean active,
                List<String> synonyms) {
            this(id, version, name, professionalByNature, active, synonyms, null);
        }
    }
}
