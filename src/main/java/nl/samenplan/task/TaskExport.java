package nl.samenplan.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A task of the client as the export of the client's data lists it (AVG art. 15 and 20), with its history. */
public record TaskExport(long id, String what, LocalDate due, TaskStatus status, String performer, String note,
        String reason, String changedBy, Instant changedAt, List<TaskService.HistoryLine> history) {
}
