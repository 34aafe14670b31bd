package nl.samenplan.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.ViewToolbar;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ui.ClientFileLayout;
import nl.samenplan.security.Permissions;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;

/**
 * Taken in the client file: every task of this client, newest first, page by page; open a row to read
 * its history. Tasks come from the plan's agreements or are made here by hand.
 */
@Route(value = "clienten/:clientId/taken", layout = ClientFileLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
public class ClientTasksView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final TaskService tasks;
    private final ClientService clients;
    private final TeamService team;
    private final Clock clock;
    final Grid<TaskRow> grid = new Grid<>(TaskRow.class, false);
    private long clientId;

    public ClientTasksView(TaskService tasks, ClientService clients, TeamService team, Clock clock) {
        this.tasks = tasks;
        this.clients = clients;
        this.team = team;
        this.clock = clock;
        addClassName("client-tasks");
        // Every column has a width it needs at least and wraps its text, so that all six fit a 768 px tablet
        // (the date column no wider than its dates; who changed it when wraps onto two lines)
        grid.addColumn(t -> DutchFormats.date(t.due())).setHeader(getTranslation("task.field.due"))
                .setSortProperty("dueDate").setKey("due").setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(t -> t.overdue() ? "overdue" : null);
        grid.addColumn(LitRenderer.<TaskRow>of("<a class=\"row-link\" href=\"taak/${item.id}\">${item.what}</a>")
                        .withProperty("id", TaskRow::id).withProperty("what", TaskRow::what))
                .setHeader(getTranslation("task.field.what")).setKey("what").setWidth("9rem").setFlexGrow(3);
        grid.addColumn(t -> TaskTexts.whoShort(this, t)).setHeader(getTranslation("task.field.assignee"))
                .setKey("assignee").setWidth("7rem").setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.status().labelKey()) + (t.reason() == null ? "" : ": " + t.reason()))
                .setHeader(getTranslation("task.field.status")).setSortProperty("status").setKey("status")
                .setWidth("6rem").setFlexGrow(2);
        grid.addColumn(t -> t.note() == null ? "" : t.note()).setHeader(getTranslation("task.field.note"))
                .setKey("note").setWidth("6rem").setFlexGrow(2);
        // Who changed it, then the date and the time, each kept whole when the narrow column wraps
        grid.addColumn(LitRenderer.<TaskRow>of("<span>${item.by},</span> <span class=\"nowrap\">${item.date}</span>"
                        + " <span class=\"nowrap\">${item.time}</span>")
                        .withProperty("by", TaskRow::changedBy)
                        .withProperty("date", t -> DutchFormats.date(
                                t.changedAt().atZone(nl.samenplan.base.TimeConfig.ZONE).toLocalDate()))
                        .withProperty("time", t -> java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                                .format(t.changedAt().atZone(nl.samenplan.base.TimeConfig.ZONE))))
                .setHeader(getTranslation("task.field.changed")).setKey("changed").setWidth("7.5rem").setFlexGrow(1);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::history));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateComponent(new Span(getTranslation("task.client.empty")));
        grid.setId("client-task-grid");
        grid.setAllRowsVisible(false);
        grid.setHeight("32rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientId = event.getRouteParameters().getLong(ClientFileLayout.PARAM).orElseThrow();
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("task.client.intro"));
        intro.addClassName("intro");
        Button create = new Button(getTranslation("task.new"), VaadinIcon.PLUS.create(),
                e -> new NewTaskDialog(tasks, clients, team.colleagues(), clientId, LocalDate.now(clock),
                        id -> grid.getDataProvider().refreshAll()).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("client-task-new");
        create.setVisible(ClientFileLayout.canWrite());
        grid.setItems(query -> tasks.clientTasks(clientId, VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
        add(new ViewToolbar(intro, create), grid);
    }

    private Div history(TaskRow task) {
        Div lines = new Div();
        lines.addClassName("task-history-lines");
        tasks.history(task.id()).forEach(line -> lines.add(new Paragraph(TaskTexts.history(this, line))));
        return lines;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clientFile.tab.tasks");
    }
}
