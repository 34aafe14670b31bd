package nl.samenplan.waitinglist;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface WaitingListEventRepository extends JpaRepository<WaitingListEvent, Long> {

    List<WaitingListEvent> findByEntryIdInOrderByOnDateAscIdAsc(Collection<Long> entryIds);

    /** The latest change of an entry: who changed it last. */
    java.util.Optional<WaitingListEvent> findFirstByEntryIdOrderByAtDescIdDesc(long entryId);
}
