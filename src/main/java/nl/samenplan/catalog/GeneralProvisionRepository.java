package nl.samenplan.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface GeneralProvisionRepository extends JpaRepository<GeneralProvision, Long> {

    List<GeneralProvision> findAllByOrderByNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
