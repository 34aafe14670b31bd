package nl.samenplan.client;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface BurdenCheckInRepository extends JpaRepository<BurdenCheckIn, Long> {

    List<BurdenCheckIn> findByClientIdOrderByCheckedInOnAscIdAsc(long clientId);

    List<BurdenCheckIn> findByClientIdInOrderByCheckedInOnAscIdAsc(Collection<Long> clientIds);

    List<BurdenCheckIn> findByNetworkMemberIdOrderByCheckedInOnAscIdAsc(long networkMemberId);
}
