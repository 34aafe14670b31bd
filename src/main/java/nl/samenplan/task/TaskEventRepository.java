package nl.samenplan.task;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TaskEventRepository extends JpaRepository<TaskEvent, Long> {

    List<TaskEvent> findByTaskIdOrderByAtAscIdAsc(long taskId);
}
