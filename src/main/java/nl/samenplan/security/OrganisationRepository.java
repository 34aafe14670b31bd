package nl.samenplan.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface OrganisationRepository extends JpaRepository<Organisation, Long> {

    List<Organisation> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);
}
