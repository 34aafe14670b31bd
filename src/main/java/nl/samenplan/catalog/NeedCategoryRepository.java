package nl.samenplan.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NeedCategoryRepository extends JpaRepository<NeedCategory, Long> {

    List<NeedCategory> findAllByOrderBySortOrderAscNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
