package nl.samenplan.volunteer;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface VolunteerRepository extends JpaRepository<Volunteer, Long> {

    /** The register, searched and filtered by the database (indexes on team+name, team+status, service). */
    @Query("""
            select v from Volunteer v
            where v.teamId = :teamId
              and (:search is null or v.name like concat('%', :search, '%') escape '!' or v.village like concat(:search, '%') escape '!')
              and (:status is null or v.status = :status)
              and (:serviceId is null or :serviceId member of v.services)
            """)
    Page<Volunteer> search(@Param("teamId") long teamId, @Param("search") String search,
            @Param("status") VolunteerStatus status, @Param("serviceId") Long serviceId, Pageable pageable);

    /** Who offers a service in the team and has not stopped, with services and availability at once. */
    @EntityGraph(attributePaths = {"services", "availability"})
    @Query("""
            select distinct v from Volunteer v
            where v.teamId = :teamId and v.status <> nl.samenplan.volunteer.VolunteerStatus.GESTOPT
              and :serviceId member of v.services
            """)
    List<Volunteer> offering(@Param("teamId") long teamId, @Param("serviceId") long serviceId);

    Optional<Volunteer> findByIdAndTeamId(long id, long teamId);

    Optional<Volunteer> findByUserId(long userId);

    boolean existsByUserIdAndIdNot(long userId, long id);

    boolean existsByUserId(long userId);
}
