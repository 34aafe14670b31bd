package nl.samenplan.task;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface TaskRepository extends JpaRepository<Task, Long> {

    /** Mijn taken: one person's tasks to do up to a day, earliest first (index ix_task_assignee). */
    @Query("""
            select t from Task t
            where t.assigneeId = :userId and t.status in :statuses and t.dueDate <= :until
            order by t.dueDate, t.id
            """)
    List<Task> assignedTo(@Param("userId") long userId, @Param("statuses") Collection<TaskStatus> statuses,
            @Param("until") LocalDate until, Pageable limit);

    @Query("""
            select count(t) from Task t
            where t.assigneeId = :userId and t.status in :statuses and t.dueDate < :today
            """)
    long countOverdue(@Param("userId") long userId, @Param("statuses") Collection<TaskStatus> statuses,
            @Param("today") LocalDate today);

    /** Lukt niet that the follower (the plan owner) has not dealt with yet, newest first. */
    @Query("""
            select t from Task t
            where t.followerId = :userId and t.teamId = :teamId and t.status = nl.samenplan.task.TaskStatus.LUKT_NIET
              and t.signalHandledAt is null
            order by t.changedAt desc
            """)
    List<Task> signalsFor(@Param("userId") long userId, @Param("teamId") long teamId, Pageable limit);

    @Query("""
            select count(t) from Task t
            where t.followerId = :userId and t.teamId = :teamId and t.status = nl.samenplan.task.TaskStatus.LUKT_NIET
              and t.signalHandledAt is null
            """)
    long countSignalsFor(@Param("userId") long userId, @Param("teamId") long teamId);

    @Query("""
            select t from Task t
            where t.clientId = :clientId and t.status = nl.samenplan.task.TaskStatus.LUKT_NIET
              and t.signalHandledAt is null
            order by t.changedAt desc
            """)
    List<Task> signalsAbout(@Param("clientId") long clientId);

    /** The team view, filtered and sorted by the database (index ix_task_team). */
    @Query("""
            select t from Task t
            where t.teamId = :teamId and t.status in :statuses
              and (:assigneeId is null or t.assigneeId = :assigneeId)
              and (:unassigned = false or t.assigneeId is null)
              and (:clientId is null or t.clientId = :clientId)
              and (:dueBefore is null or t.dueDate < :dueBefore)
            """)
    Page<Task> inTeam(@Param("teamId") long teamId, @Param("statuses") Collection<TaskStatus> statuses,
            @Param("assigneeId") Long assigneeId, @Param("unassigned") boolean unassigned,
            @Param("clientId") Long clientId, @Param("dueBefore") LocalDate dueBefore, Pageable pageable);

    Page<Task> findByClientId(long clientId, Pageable pageable);

    /** A client's tasks in these states (for closing the file, and a withdrawal of consent: the ones still to do). */
    List<Task> findByClientIdAndStatusIn(long clientId, Collection<TaskStatus> statuses);

    /**
     * Tasks of the team by id, locked until the end of the transaction (in id order, so two bulk actions never deadlock): a bulk
     * action compares what the user saw with these rows, and nobody can change them between check and write.
     */
    @org.springframework.data.jpa.repository.Lock(jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from Task t where t.id in :ids and t.teamId = :teamId order by t.id")
    List<Task> inTeamForUpdate(@Param("ids") Collection<Long> ids, @Param("teamId") long teamId);

    /** An agreement's tasks from a day on (recurring) and every task of these agreements (one-offs). */
    @Query("""
            select t from Task t
            where t.clientId = :clientId and t.agreementId is not null
              and (t.dueDate >= :from or t.agreementId in :oneOffs)
            """)
    List<Task> ofAgreements(@Param("clientId") long clientId, @Param("from") LocalDate from,
            @Param("oneOffs") Collection<Long> oneOffs);

    /** Open tasks from a day on of agreements that are no longer in the plan. */
    @Query("""
            select t from Task t
            where t.clientId = :clientId and t.agreementId is not null and t.agreementId not in :current
              and t.status = nl.samenplan.task.TaskStatus.OPEN and t.dueDate >= :from
            """)
    List<Task> openOfOtherAgreements(@Param("clientId") long clientId, @Param("current") Collection<Long> current,
            @Param("from") LocalDate from);
}
