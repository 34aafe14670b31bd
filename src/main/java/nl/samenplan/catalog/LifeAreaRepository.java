package nl.samenplan.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LifeAreaRepository extends JpaRepository<LifeArea, Long> {

    List<LifeArea> findAllByOrderBySortOrderAscNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
