package nl.samenplan.client;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NetworkMemberRepository extends JpaRepository<NetworkMember, Long> {

    List<NetworkMember> findByClientIdOrderByIdAsc(long clientId);

    List<NetworkMember> findByClientIdInAndCaregiverTrueOrderByIdAsc(java.util.Collection<Long> clientIds);
}
