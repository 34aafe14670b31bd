package nl.samenplan.security;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface RecoveryCodeRepository extends JpaRepository<RecoveryCode, Long> {

    List<RecoveryCode> findByUserIdAndUsedAtIsNull(long userId);

    long countByUserIdAndUsedAtIsNull(long userId);

    @Modifying
    @Query("delete from RecoveryCode r where r.userId = :userId")
    void deleteAllOfUser(@Param("userId") long userId);
}
