package nl.samenplan.client;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClientRepository extends JpaRepository<Client, Long> {

    /**
     * One team's clients, searched (name or village), filtered and sorted by the database; the
     * collation ignores case and accents.
     */
    @Query("""
            select c from Client c
            where c.teamId = :teamId
              and (:search is null
                   or c.lastName like concat(:search, '%') escape '!'
                   or c.firstName like concat(:search, '%') escape '!'
                   or c.village like concat(:search, '%') escape '!'
                   or concat(c.firstName, ' ', c.lastName) like concat('%', :search, '%') escape '!')
              and (:status is null or c.status = :status)
              and (:village is null or c.village = :village)
              and (:reviewDueOn is null or c.planReviewDate <= :reviewDueOn)
            """)
    Page<Client> searchInTeam(@Param("teamId") long teamId, @Param("search") String search,
            @Param("status") ClientStatus status, @Param("village") String village,
            @Param("reviewDueOn") LocalDate reviewDueOn, Pageable pageable);

    Optional<Client> findByIdAndTeamId(long id, long teamId);

    List<Client> findByIdInAndTeamIdAndStatusNot(java.util.Collection<Long> ids, long teamId, ClientStatus status);

    @Query("select distinct c.village from Client c where c.teamId = :teamId order by c.village")
    List<String> villagesOfTeam(@Param("teamId") long teamId);

    @Query("""
            select c from Client c
            where c.teamId = :teamId and c.firstName = :firstName and c.lastName = :lastName
              and c.dateOfBirth = :dateOfBirth
            """)
    List<Client> sameNameAndBirthDate(@Param("teamId") long teamId, @Param("firstName") String firstName,
            @Param("lastName") String lastName, @Param("dateOfBirth") LocalDate dateOfBirth);

    long countByTeamId(long teamId);

    /**
     * Clients of every team whose name starts with the search (first name, last name, or the whole name), for the
     * privacy officer: only what finding the right person needs (indexes ix_client_last_name and ix_client_first_name,
     * Liquibase 027).
     */
    @Query(value = """
            select new nl.samenplan.client.ClientService$FoundClient(c.id, c.firstName, c.lastName, c.dateOfBirth,
                   c.village, t.name)
            from Client c, nl.samenplan.security.Team t
            where t.id = c.teamId
              and (:search is null
                   or c.lastName like concat(:search, '%') escape '!'
                   or c.firstName like concat(:search, '%') escape '!'
                   or concat(c.firstName, ' ', c.lastName) like concat(:search, '%') escape '!')
            order by c.lastName, c.firstName, c.id
            """, countQuery = """
            select count(c) from Client c
            where :search is null
                   or c.lastName like concat(:search, '%') escape '!'
                   or c.firstName like concat(:search, '%') escape '!'
                   or concat(c.firstName, ' ', c.lastName) like concat(:search, '%') escape '!'
            """)
    Page<ClientService.FoundClient> searchAllTeams(@Param("search") String search, Pageable pageable);

    boolean existsByIdAndStatus(long id, ClientStatus status);
}
