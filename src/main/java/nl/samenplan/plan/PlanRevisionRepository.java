package nl.samenplan.plan;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanRevisionRepository extends JpaRepository<PlanRevision, Long> {

    Optional<PlanRevision> findByPlanIdAndRevisionNo(long planId, int revisionNo);

    Page<PlanRevision> findByPlanIdOrderByRevisionNoDesc(long planId, Pageable pageable);
}
