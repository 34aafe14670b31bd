package nl.samenplan.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.base.ui.ViewToolbar;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientService.ClientRow;
import nl.samenplan.security.Permissions;
import nl.samenplan.security.TeamService;
import nl.samenplan.security.TeamService.Colleague;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.task.TaskService.TeamFilter;
import nl.samenplan.task.TaskStatus;
import nl.samenplan.task.TasksChangedMeanwhile;
import nl.samenplan.task.TeamTaskActions;

/**
 * Teamtaken for the leefcoach and the dorpsregisseur: every task of the team, filtered by who, which
 * client, status and overdue (all in the database, page by page); select tasks to give them to someone
 * else or to close them as done in one action.
 */
@Route(value = "taken", layout = MainLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR})
@Menu(title = "menu.teamTasks", order = 12, icon = "vaadin:tasks")
public class TeamTasksView extends Main implements HasDynamicTitle {

    /** The "nobody in Samenplan" choice of the assignee filter (the network's tasks). */
    static final Colleague NOBODY = new Colleague(-1, "", null);

    final ComboBox<Colleague> assignee = new ComboBox<>();
    final ComboBox<ClientRow> client = new ComboBox<>();
    final Select<TaskStatus> status = new Select<>();
    final Checkbox overdue = new Checkbox();
    final Grid<TaskRow> grid = new Grid<>(TaskRow.class, false);
    final ComboBox<Colleague> reassignTo = new ComboBox<>();
    final Button reassign = new Button();
    final Button done = new Button();
    final Div bulkError = new Div();
    private final TeamTaskActions actions;

    public TeamTasksView(TaskService tasks, TeamTaskActions actions, ClientService clients, TeamService team,
            Clock clock) {
        this.actions = actions;
        addClassNames("list-view", "team-tasks");
        List<Colleague> colleagues = team.colleagues();
        assignee.setLabel(getTranslation("task.field.assignee"));
        assignee.setItems(withNobody(colleagues));
        assignee.setItemLabelGenerator(c -> c == NOBODY ? getTranslation("task.filter.nobody") : c.displayName());
        assignee.setClearButtonVisible(true);
        assignee.setPlaceholder(getTranslation("task.filter.everyone"));
        assignee.setId("team-task-assignee");
        client.setLabel(getTranslation("task.field.client"));
        client.setItemLabelGenerator(ClientRow::fullName);
        client.setItems(query -> clients.findClients(query.getFilter().orElse(""),
                VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        client.setClearButtonVisible(true);
        client.setPlaceholder(getTranslation("task.filter.allClients"));
        client.setId("team-task-client");
        status.setLabel(getTranslation("task.field.status"));
        status.setItems(TaskStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("task.filter.toDo"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("task.filter.toDo") : getTranslation(s.labelKey()));
        status.setId("team-task-status");
        overdue.setLabel(getTranslation("task.filter.overdue"));
        overdue.setId("team-task-overdue");
        assignee.addValueChangeListener(e -> refresh());
        client.addValueChangeListener(e -> refresh());
        status.addValueChangeListener(e -> refresh());
        overdue.addValueChangeListener(e -> refresh());

        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addColumn(t -> DutchFormats.date(t.due())).setHeader(getTranslation("task.field.due"))
                .setSortProperty("dueDate").setKey("due").setAutoWidth(true).setFlexGrow(0)
                .setPartNameGenerator(t -> t.overdue() ? "overdue" : null);
        grid.addColumn(LitRenderer.<TaskRow>of("<a class=\"row-link\" href=\"taak/${item.id}\">${item.what}</a>")
                        .withProperty("id", TaskRow::id).withProperty("what", TaskRow::what))
                .setHeader(getTranslation("task.field.what")).setSortProperty("what").setKey("what").setFlexGrow(3);
        grid.addColumn(LitRenderer.<TaskRow>of(
                                "<a class=\"row-link\" href=\"clienten/${item.clientId}/taken\">${item.client}</a>")
                        .withProperty("clientId", TaskRow::clientId).withProperty("client", TaskRow::clientName))
                .setHeader(getTranslation("task.field.client")).setKey("client").setFlexGrow(2);
        grid.addColumn(t -> TaskTexts.whoShort(this, t)).setHeader(getTranslation("task.field.assignee"))
                .setKey("assignee").setFlexGrow(2);
        grid.addColumn(t -> getTranslation(t.status().labelKey())).setHeader(getTranslation("task.field.status"))
                .setSortProperty("status").setKey("status").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(query -> tasks.teamTasks(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
        grid.setEmptyStateComponent(new Span(getTranslation("task.team.empty")));
        grid.setId("team-task-grid");
        grid.setSizeFull();
        grid.addSelectionListener(e -> {
            boolean any = !e.getAllSelectedItems().isEmpty();
            reassign.setEnabled(any && reassignTo.getValue() != null);
            done.setEnabled(any);
        });

        reassignTo.setPlaceholder(getTranslation("task.reassign.to"));
        reassignTo.setAriaLabel(getTranslation("task.reassign.to"));
        reassignTo.setItems(colleagues);
        reassignTo.setItemLabelGenerator(c -> c.displayName() + " · " + getTranslation(c.role().labelKey()));
        reassignTo.setId("team-task-reassign-to");
        reassignTo.addValueChangeListener(e -> reassign.setEnabled(e.getValue() != null
                && !grid.getSelectedItems().isEmpty()));
        reassign.setText(getTranslation("task.reassign"));
        reassign.setIcon(VaadinIcon.USER_CHECK.create());
        reassign.setEnabled(false);
        reassign.setId("team-task-reassign");
        reassign.addClickListener(e -> bulk(() -> {
            int n = actions.reassign(seen(), reassignTo.getValue().id());
            Notification.show(getTranslation("task.reassigned", n, reassignTo.getValue().displayName()));
        }));
        done.setText(getTranslation("task.bulkDone"));
        done.setIcon(VaadinIcon.CHECK.create());
        done.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        done.setEnabled(false);
        done.setId("team-task-done");
        done.addClickListener(e -> bulk(() -> {
            int n = actions.markDone(seen());
            Notification.show(getTranslation("task.bulkDone.saved", n));
            MainLayout.refreshBadges(this);
        }));
        Button create = new Button(getTranslation("task.new"), VaadinIcon.PLUS.create(),
                e -> new NewTaskDialog(tasks, clients, colleagues, null, LocalDate.now(clock), id -> refresh()).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("team-task-new");

        ViewToolbar bulk = new ViewToolbar(reassignTo, reassign, done);
        bulk.addClassName("bulk-actions");
        bulkError.addClassName("form-error");
        bulkError.setId("team-task-error");
        bulkError.setVisible(false);
        add(new ViewToolbar(assignee, client, status, overdue, create), bulk, bulkError, grid);
    }

    /**
     * Runs a bulk action on the selection. If some selected tasks changed meanwhile nothing was changed: the page
     * says which, shows the list as it is now and keeps the unchanged tasks selected, so one more click applies
     * the action to those.
     */
    private void bulk(Runnable action) {
        bulkError.setVisible(false);
        try {
            action.run();
            refresh();
        } catch (TasksChangedMeanwhile e) {
            Set<TaskRow> keep = grid.getSelectedItems().stream().filter(t -> e.unchangedIds().contains(t.id()))
                    .collect(Collectors.toSet());
            bulkError.removeAll();
            bulkError.add(new Paragraph(getTranslation(e.messageKey(), e.parameters())));
            UnorderedList which = new UnorderedList();
            e.changed().forEach(t -> which.add(new ListItem(getTranslation("task.bulkChanged.line", t.what(),
                    t.clientName(), getTranslation(t.status().labelKey()), TaskTexts.whoShort(this, t),
                    t.changedBy()))));
            bulkError.add(which);
            bulkError.setVisible(true);
            refresh();
            keep.forEach(grid::select);
        } catch (BusinessRuleException e) {
            bulkError.removeAll();
            bulkError.add(new Paragraph(getTranslation(e.messageKey(), e.parameters())));
            bulkError.setVisible(true);
            refresh();
        }
    }

    private TeamFilter filter() {
        Colleague who = assignee.getValue();
        return new TeamFilter(who == null || who == NOBODY ? null : who.id(), who == NOBODY,
                client.getValue() == null ? null : client.getValue().id(), status.getValue(), overdue.getValue());
    }

    /** The selected tasks with the version the user saw of each. */
    private Map<Long, Long> seen() {
        return grid.getSelectedItems().stream().collect(Collectors.toMap(TaskRow::id, TaskRow::version));
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    private static List<Colleague> withNobody(List<Colleague> colleagues) {
        List<Colleague> all = new java.util.ArrayList<>(colleagues);
        all.add(NOBODY);
        return all;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.teamTasks");
    }
}
