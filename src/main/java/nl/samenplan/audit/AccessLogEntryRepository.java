package nl.samenplan.audit;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.repository.Repository;

/**
 * The access log's entries: append and read, nothing else. Deliberately a plain {@link Repository}, so that no
 * delete or update method exists to be called (and the database refuses them anyway).
 */
interface AccessLogEntryRepository extends Repository<AccessLogEntry, Long> {

    AccessLogEntry save(AccessLogEntry entry);

    Optional<AccessLogEntry> findById(Long id);

    /** A page of the chain in id order, after the given id and up to the head (keyset paging). */
    List<AccessLogEntry> findByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(long after, long upTo, Pageable page);

    long count();

    /** Entries of one kind, newest first (index ix_access_log_event_occurred); no count query. */
    List<AccessLogEntry> findByEventTypeOrderByOccurredAtDescIdDesc(String eventType, Pageable page);
}
