package nl.samenplan.waitinglist;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface WaitingListRepository extends JpaRepository<WaitingListEntry, Long> {

    List<WaitingListEntry> findByClientIdOrderByPlacedOnDesc(long clientId);

    @Query("select e from WaitingListEntry e where e.clientId = :clientId and e.leftOn is null")
    Optional<WaitingListEntry> openOf(@Param("clientId") long clientId);

    /** When the client's latest period ended; a new period cannot start before that day. */
    @Query("select max(e.leftOn) from WaitingListEntry e where e.clientId = :clientId")
    Optional<java.time.LocalDate> lastLeftOn(@Param("clientId") long clientId);

    /** The team's list page: who is on it now (or also who left), filtered by status and type. */
    @Query("""
            select e from WaitingListEntry e
            where e.teamId = :teamId
              and (:includeLeft = true or e.leftOn is null)
              and (:status is null or e.status = :status)
              and (:type is null or e.type = :type)
              and (:village is null or e.village = :village)
            """)
    Page<WaitingListEntry> inTeam(@Param("teamId") long teamId, @Param("includeLeft") boolean includeLeft,
            @Param("status") WaitingStatus status, @Param("type") WaitingListType type,
            @Param("village") String village, Pageable pageable);
}
