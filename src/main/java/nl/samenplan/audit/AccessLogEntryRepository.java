package nl.samenplan.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * The access log's entries: append and read (the chain in id order, a client's and a user's report), nothing else. Deliberately a plain {@link Repository}, so that no
 * delete or update method exists to be called (and the database refuses them anyway).
 */
interface AccessLogEntryRepository extends Repository<AccessLogEntry, Long> {

    AccessLogEntry save(AccessLogEntry entry);

    Optional<AccessLogEntry> findById(Long id);

    /** A page of the chain in id order, after the given id and up to the head (keyset paging). */
    List<AccessLogEntry> findByIdGreaterThanAndIdLessThanEqualOrderByIdAsc(long after, long upTo, Pageable page);

    long count();

    /** One client's entries in [from, to), newest first (index ix_access_log_entry_client_at). */
    @Query(value = """
            select e from AccessLogEntry e
            where e.clientId = :clientId and e.occurredAt >= :from and e.occurredAt < :to
            order by e.occurredAt desc, e.id desc
            """, countQuery = """
            select count(e) from AccessLogEntry e
            where e.clientId = :clientId and e.occurredAt >= :from and e.occurredAt < :to
            """)
    Page<AccessLogEntry> ofClient(@Param("clientId") long clientId, @Param("from") Instant from,
            @Param("to") Instant to, Pageable page);

    /** One user's entries in [from, to), newest first (index ix_access_log_entry_user_at). */
    @Query(value = """
            select e from AccessLogEntry e
            where e.userId = :userId and e.occurredAt >= :from and e.occurredAt < :to
            order by e.occurredAt desc, e.id desc
            """, countQuery = """
            select count(e) from AccessLogEntry e
            where e.userId = :userId and e.occurredAt >= :from and e.occurredAt < :to
            """)
    Page<AccessLogEntry> ofUser(@Param("userId") long userId, @Param("from") Instant from, @Param("to") Instant to,
            Pageable page);

    /** Entries of one kind, newest first (index ix_access_log_event_occurred); no count query. */
    List<AccessLogEntry> findByEventTypeOrderByOccurredAtDescIdDesc(String eventType, Pageable page);
}
