package nl.samenplan.task.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.security.Permissions;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;

/**
 * Mijn taken, the district nurse's and the volunteer's home screen: signals first (for plan owners),
 * then what is overdue, what is for today and the coming days, each with one-tap gedaan and lukt niet.
 */
@Route(value = "mijn-taken", layout = MainLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE,
        Permissions.VRIJWILLIGERSCOORDINATOR, Permissions.VRIJWILLIGER})
@Menu(title = "menu.myTasks", order = 5, icon = "vaadin:check-square-o")
public class MyTasksView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskService tasks;
    private final Clock clock;
    private final SignalList signals;
    private final Div days = new Div();
    private final OneTap oneTap;
    private final List<nl.samenplan.base.ui.LandingSection> sections;
    private final Div more = new Div();

    public MyTasksView(TaskService tasks, Clock clock, List<nl.samenplan.base.ui.LandingSection> sections) {
        this.tasks = tasks;
        this.clock = clock;
        this.sections = sections.stream().filter(s -> "mijn-taken".equals(s.route())).toList();
        addClassNames("list-view", "my-tasks");
        oneTap = new OneTap(this, tasks, this::refresh);
        signals = new SignalList(tasks, tasks::mySignals, () -> MainLayout.refreshBadges(this));
        days.setId("my-tasks");
        add(signals, more, days);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    void refresh() {
        signals.refresh();
        more.removeAll();
        sections.forEach(s -> s.create().ifPresent(more::add)); // e.g. care to agree in the plan (workflow)
        days.removeAll();
        LocalDate today = LocalDate.now(clock);
        List<TaskRow> mine = tasks.myTasks();
        List<TaskRow> overdue = mine.stream().filter(t -> t.due().isBefore(today)).toList();
        List<TaskRow> now = mine.stream().filter(t -> t.due().equals(today)).toList();
        Map<LocalDate, List<TaskRow>> coming = new TreeMap<>();
        mine.stream().filter(t -> t.due().isAfter(today))
                .forEach(t -> coming.computeIfAbsent(t.due(), d -> new java.util.ArrayList<>()).add(t));
        if (!overdue.isEmpty()) {
            days.add(group("overdue", getTranslation("task.group.overdue", overdue.size()), overdue, today));
        }
        days.add(group("today", getTranslation("task.group.today", DutchFormats.date(today)), now, today));
        coming.forEach((day, list) -> days.add(group("day-" + day, dayTitle(day, today), list, today)));
    }

    private Section group(String id, String title, List<TaskRow> list, LocalDate today) {
        Section section = new Section(new H3(title));
        section.addClassName("task-group");
        section.setId("tasks-" + id);
        if (list.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("task.group.today.empty"));
            empty.addClassName("empty-state");
            section.add(empty);
        }
        list.forEach(t -> section.add(new TaskCard(t, oneTap::done, oneTap::notPossible)));
        return section;
    }

    private String dayTitle(LocalDate day, LocalDate today) {
        String weekday = getTranslation("task.weekday." + day.getDayOfWeek().getValue());
        if (day.equals(today.plusDays(1))) {
            return getTranslation("task.group.tomorrow", weekday, DutchFormats.date(day));
        }
        String title = getTranslation("task.group.day", weekday, DutchFormats.date(day));
        return Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.myTasks");
    }
}
