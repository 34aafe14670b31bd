package nl.samenplan.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByClientId(long clientId);

    @Query("select count(a) > 0 from Agreement a where a.networkMemberId = :memberId")
    boolean isNetworkMemberNamed(@Param("memberId") long memberId);
}
