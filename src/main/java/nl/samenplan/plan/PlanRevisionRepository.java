package nl.samenplan.plan;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {

    Optional<PlanRevision> findByPlanIdAndRevisionNo(long planId, int revisionNo);

    Page<PlanRevision> findByPlanIdOrderByRevisionNoDesc(long planId, Pageable pageable);

    /** The versions of a plan: revisions not folded into a later one, newest first. */
    Page<PlanRevision> findByPlanIdAndFoldedIntoIsNullOrderByRevisionNoDesc(long planId, Pageable pageable);

    java.util.List<PlanRevision> findByPlanIdAndFoldedInto(long planId, int foldedInto);

    java.util.List<PlanRevision> findByPlanIdAndFoldedIntoIsNotNull(long planId);
}
