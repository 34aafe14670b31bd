package nl.samenplan.audit;

import java.util.Optional;
import org.springframework.data.repository.Repository;

/** The head of the access log, read by the chain check ({@link AccessLogWriter} locks and moves it on). */
interface AccessLogHeadRepository extends Repository<AccessLogHead, Short> {

    Optional<AccessLogHead> findById(Short id);
}
