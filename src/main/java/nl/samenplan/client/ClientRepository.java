package nl.samenplan.client;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ClientRepository extends JpaRepository<Client, Long> {

    /** One team's clients, searched by name in the database (the collation ignores case and accents). */
    @Query("""
            select c from Client c
            where c.teamId = :teamId
              and (:search is null
                   or c.lastName like concat(:search, '%')
                   or c.firstName like concat(:search, '%')
                   or concat(c.firstName, ' ', c.lastName) like concat('%', :search, '%'))
            """)
    Page<Client> searchInTeam(@Param("teamId") long teamId, @Param("search") String search, Pageable pageable);

    Optional<Client> findByIdAndTeamId(long id, long teamId);

    long countByTeamId(long teamId);
}
