package nl.samenplan.plan;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface PlanRepository extends JpaRepository<Plan, Long> {

    Optional<Plan> findByClientId(long clientId);

    boolean existsByClientId(long clientId);

    /** The plan, locked until the end of the transaction: saves of one plan take turns and merge. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Plan p where p.clientId = :clientId")
    Optional<Plan> lockByClientId(@Param("clientId") long clientId);

    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from Plan p where p.id = :id")
    Optional<Plan> lockById(@Param("id") long id);

    @Query("select a.plan.clientId from Agreement a where a.id = :id")
    Optional<Long> clientIdOfAgreement(@Param("id") long agreementId);

    @Query("select a.needId from Agreement a where a.id = :id and a.needId is not null")
    Optional<Long> needIdOfAgreement(@Param("id") long agreementId);

    @Query("select a.plan.id from Agreement a where a.id = :id")
    Optional<Long> planIdOfAgreement(@Param("id") long agreementId);

    @Query("select a from Agreement a where a.volunteerId in :ids")
    java.util.List<Agreement> agreementsOfVolunteers(@Param("ids") java.util.Collection<Long> ids);

    @Query("select p.clientId from Plan p where p.clientId > :after order by p.clientId")
    java.util.List<Long> clientIdsAfter(@Param("after") long after, org.springframework.data.domain.Pageable page);

    /** A team's agreements in a state (index ix_agreement_team_approval, Liquibase 033; a client never changes team). */
    @Query("""
            select a from Agreement a join fetch a.plan p
            where a.teamId = :teamId and a.approval = :state
              and p.clientId in (select c.id from Client c where c.teamId = :teamId
                                 and c.status <> nl.samenplan.client.ClientStatus.AFGESLOTEN)
            order by a.createdAt
            """)
    java.util.List<Agreement> agreementsInState(@Param("state") PlanContent.ApprovalState state,
            @Param("teamId") long teamId);

    @Query("""
            select a from Agreement a join fetch a.plan p
            where a.approval = nl.samenplan.plan.PlanContent.ApprovalState.GOEDGEKEURD
              and a.reviewDate <= :day and p.ownerId = :ownerId
              and (a.endDate is null or a.endDate >= :day)
              and p.clientId in (select c.id from Client c where c.teamId = :teamId
                                 and c.status <> nl.samenplan.client.ClientStatus.AFGESLOTEN)
            order by a.reviewDate
            """)
    java.util.List<Agreement> reviewsDue(@Param("day") java.time.LocalDate day, @Param("ownerId") long ownerId,
            @Param("teamId") long teamId);

    /** The clients of one team whose plan this person owns (the landing page's caregiver notices). */
    @Query("""
            select p.clientId from Plan p
            where p.ownerId = :ownerId and p.clientId in (select c.id from Client c where c.teamId = :teamId)
            """)
    java.util.List<Long> clientIdsOwnedBy(@Param("ownerId") long ownerId, @Param("teamId") long teamId);

    @Query("select a from Agreement a join fetch a.plan p where a.id = :id")
    Optional<Agreement> agreement(@Param("id") long id);

    @Query("select count(a) > 0 from Agreement a where a.networkMemberId = :memberId")
    boolean isNetworkMemberNamed(@Param("memberId") long memberId);

    /**
     * Agreements that answered a need and ended in {@code [from, today)}, for needs that no agreement
     * answers any more (none without an end, none ending today or later).
     */
    @Query("""
            select new nl.samenplan.plan.PlanAgreements$EndedAnswer(p.clientId, a.teamId, a.needId, a.endDate,
                   a.description)
            from Agreement a join a.plan p
            where a.needId is not null and a.endDate >= :from and a.endDate < :today
              and not exists (select 1 from Agreement b where b.needId = a.needId
                              and (b.endDate is null or b.endDate >= :today))
            order by a.endDate, a.id
            """)
    java.util.List<PlanAgreements.EndedAnswer> endedAnswers(@Param("from") java.time.LocalDate from,
            @Param("today") java.time.LocalDate today);

    /**
     * The needs of a team's clients answered by an agreement in force that is not refused (met, or professional
     * care waiting for its indication): not to ask a volunteer for (index ix_agreement_need).
     */
    @Query("""
            select distinct a.needId from Agreement a
            where a.teamId = :teamId and a.needId is not null
              and (a.endDate is null or a.endDate >= :today)
              and (a.approval is null or a.approval <> nl.samenplan.plan.PlanContent.ApprovalState.AFGEWEZEN)
            """)
    java.util.Set<Long> answeredNeedsInTeam(@Param("teamId") long teamId, @Param("today") java.time.LocalDate today);
}
