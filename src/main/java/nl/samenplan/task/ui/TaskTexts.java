package nl.samenplan.task.ui;

import com.vaadin.flow.component.Component;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.task.TaskService.HistoryLine;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskStatus;

/** How tasks and their history read on screen, in the user's language. */
final class TaskTexts {

    private TaskTexts() {
    }

    /** "25-11-2026 14:02 · Fatma Yilmaz · Gedaan: note" */
    static String history(Component c, HistoryLine line) {
        String when = DutchFormats.DATE_TIME.format(line.at().atZone(TimeConfig.ZONE));
        String what = switch (line.kind()) {
            case "STATUS" -> c.getTranslation(line.status().labelKey());
            case "ONGEDAAN" -> c.getTranslation("task.event.undone",
                    c.getTranslation(TaskStatus.valueOf(line.detail()).labelKey()));
            default -> c.getTranslation("task.event." + line.kind().toLowerCase());
        };
        String detail = line.detail() == null || "ONGEDAAN".equals(line.kind()) ? "" : ": " + line.detail();
        return when + " · " + line.by() + " · " + what + detail;
    }

    /** Who does it: a person, a network member (followed by the plan owner), or nobody yet. */
    static String who(Component c, TaskRow task) {
        return who(c, task, "task.performer.network");
    }

    /** The same, short, for a grid column. */
    static String whoShort(Component c, TaskRow task) {
        return who(c, task, "task.performer.network.short");
    }

    private static String who(Component c, TaskRow task, String networkKey) {
        if (task.assigneeName() != null) {
            return task.assigneeName();
        }
        if (task.performerName() != null) {
            return c.getTranslation(networkKey, task.performerName());
        }
        return c.getTranslation("task.assignee.none");
    }
}
