package nl.samenplan.task;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import nl.samenplan.plan.Frequency;
import nl.samenplan.plan.PlanAgreements.Schedule;

/**
 * Decides which tasks one agreement needs, given the tasks it has: plain Java, no database. Recurring
 * agreements get their occurrences within the window from today; a one-off gets one task; help on demand
 * ("op afroep") gets none. Open future
 * occurrences follow a change (or disappear when the day no longer fits); tasks that were done, did not
 * work out or are under way are never touched; a day that has a task never gets a second one.
 */
final class TaskPlanner {

    /** A task the agreement already has. */
    record Existing(long taskId, LocalDate day, TaskStatus status) {
    }

    /**
     * What to do: make tasks on these days, delete these open tasks, bring these open tasks up to date
     * with the agreement (what, who), and move these open one-offs to a new day.
     */
    record Actions(List<LocalDate> create, List<Long> delete, List<Long> follow, Map<Long, LocalDate> move) {

        boolean none() {
            return create.isEmpty() && delete.isEmpty() && follow.isEmpty() && move.isEmpty();
        }
    }

    private TaskPlanner() {
    }

    /**
     * @param schedule the agreement
     * @param hasPerformer whether someone does it in Samenplan (a user, or a network member followed by
     *     the plan owner); without one it makes no tasks
     * @param existing every task of this agreement from today on, and for a one-off all its tasks
     */
    static Actions plan(Schedule schedule, boolean hasPerformer, List<Existing> existing, LocalDate today,
            int windowDays) {
        Optional<Frequency> frequency = Frequency.parse(schedule.frequency());
        boolean makesTasks = schedule.inForce() && hasPerformer && frequency.isPresent();
        List<LocalDate> create = new ArrayList<>();
        List<Long> delete = new ArrayList<>();
        List<Long> follow = new ArrayList<>();
        Map<Long, LocalDate> move = new HashMap<>();

        if (frequency.isPresent() && frequency.get().once()) {
            LocalDate day = oneOffDay(schedule);
            List<Existing> open = existing.stream().filter(e -> e.status() == TaskStatus.OPEN).toList();
            boolean closedOrBusy = existing.stream().anyMatch(e -> e.status() != TaskStatus.OPEN);
            if (!makesTasks) {
                open.stream().filter(e -> !e.day().isBefore(today)).forEach(e -> delete.add(e.taskId()));
            } else if (!open.isEmpty()) {
                Existing task = open.get(0);
                follow.add(task.taskId());
                if (!task.day().equals(day)) {
                    move.put(task.taskId(), day);
                }
                open.stream().skip(1).forEach(e -> delete.add(e.taskId()));
            } else if (!closedOrBusy) {
                create.add(day);
            }
            return new Actions(create, delete, follow, move);
        }

        Set<LocalDate> wanted = new HashSet<>(makesTasks
                ? frequency.get().dates(schedule.start(), schedule.end(), anchor(schedule), today,
                        today.plusDays(windowDays - 1L))
                : List.of());
        Set<LocalDate> taken = new HashSet<>();
        for (Existing e : existing) {
            taken.add(e.day());
            if (e.status() != TaskStatus.OPEN || e.day().isBefore(today)) {
                continue;
            }
            if (wanted.contains(e.day())) {
                follow.add(e.taskId());
            } else {
                delete.add(e.taskId());
            }
        }
        wanted.stream().filter(d -> !taken.contains(d)).sorted().forEach(create::add);
        return new Actions(create, delete, follow, move);
    }

    /** A one-off falls on its start date, but never before the day it was agreed. */
    static LocalDate oneOffDay(Schedule schedule) {
        LocalDate day = Frequency.onceDate(schedule.start(), schedule.agreedOn());
        return day.isBefore(schedule.agreedOn()) ? schedule.agreedOn() : day;
    }

    private static LocalDate anchor(Schedule schedule) {
        return schedule.start() != null ? schedule.start() : schedule.agreedOn();
    }
}
