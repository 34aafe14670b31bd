package nl.samenplan.workflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface NeedRepository extends JpaRepository<Need, Long> {

    List<Need> findByClientIdOrderByCreatedAtDesc(long clientId);

    /** A team's needs that no agreement meets yet, oldest first (index ix_need_open). */
    @Query("""
            select n from Need n
            where n.metOnRung is null
              and n.clientId in (select c.id from Client c where c.teamId = :teamId and c.status <> 'AFGESLOTEN')
            order by n.createdAt
            """)
    List<Need> openInTeam(@Param("teamId") long teamId);

    /** Needs opened again whose signal nobody dealt with yet, of these clients (index ix_need_reopened). */
    @Query("""
            select n from Need n
            where n.clientId in :clientIds and n.reopenedAt is not null and n.reopenHandledAt is null
            order by n.reopenedAt desc
            """)
    List<Need> reopenedOf(@Param("clientIds") java.util.Collection<Long> clientIds);

    /** A team's open needs of these kinds, oldest first, a page at a time (index ix_need_open). */
    @Query("""
            select n from Need n
            where n.metOnRung is null and n.needCategoryId in :categoryIds
              and n.clientId in (select c.id from Client c where c.teamId = :teamId and c.status <> 'AFGESLOTEN')
            order by n.createdAt
            """)
    List<Need> openOfKindsInTeam(@Param("teamId") long teamId,
            @Param("categoryIds") java.util.Collection<Long> categoryIds,
            org.springframework.data.domain.Pageable page);
}
