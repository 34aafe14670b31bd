package nl.samenplan.audit;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.repository.Repository;

/** The head of the access log: read it, or lock it to append (its changes are flushed with the transaction). */
interface AccessLogHeadRepository extends Repository<AccessLogHead, Short> {

    Optional<AccessLogHead> findById(Short id);

    /** SELECT ... FOR UPDATE: the next writer waits until this transaction has appended and committed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AccessLogHead> findForAppendById(Short id);
}
