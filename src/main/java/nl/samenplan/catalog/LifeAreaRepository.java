package nl.samenplan.catalog;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface LifeAreaRepository extends JpaRepository<LifeArea, Long> {

    List<LifeArea> findAllByOrderBySortOrderAscNameAsc();

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);

    /** The whole list in its order, locked until the end of the transaction: one move at a time. */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @org.springframework.data.jpa.repository.Query("select e from LifeArea e order by e.sortOrder, e.name")
    List<LifeArea> allForUpdate();
}
