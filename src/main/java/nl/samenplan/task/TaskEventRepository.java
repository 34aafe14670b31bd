package nl.samenplan.task;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskEventRepository extends JpaRepository<TaskEvent, Long> {

    List<TaskEvent> findByTaskIdOrderByAtAscIdAsc(long taskId);

    /** The events of these tasks in one query (the export of a client's file). */
    List<TaskEvent> findByTaskIdInOrderByAtAscIdAsc(java.util.Collection<Long> taskIds);
}
