package nl.samenplan.catalog;

import jakarta.persistence.LockModeType;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface SettingRepository extends JpaRepository<Setting, String> {

    /** Every stored setting, locked until the end of the transaction: one change of the settings at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select s from Setting s order by s.name")
    List<Setting> allForUpdate();
}
