package nl.samenplan.workflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MdoRepository extends JpaRepository<Mdo, Long> {

    List<Mdo> findByClientIdOrderByHeldOnDescIdDesc(long clientId);
}
