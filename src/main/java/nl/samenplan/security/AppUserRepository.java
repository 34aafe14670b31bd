package nl.samenplan.security;

import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AppUserRepository extends JpaRepository<AppUser, Long> {

    @EntityGraph(attributePaths = {"team", "organisation"})
    Optional<AppUser> findByUsername(String username);

    boolean existsByUsername(String username);

    @Query("""
            select u from AppUser u
            where u.team.id = :teamId and u.active = true
            order by u.displayName
            """)
    java.util.List<AppUser> activeInTeam(@Param("teamId") long teamId);

    @EntityGraph(attributePaths = {"team", "organisation"})
    @Query("""
            select u from AppUser u
            where :search is null
               or u.username like concat('%', :search, '%') escape '!'
               or u.displayName like concat('%', :search, '%') escape '!'
            """)
    Page<AppUser> search(@Param("search") String search, Pageable pageable);
}
