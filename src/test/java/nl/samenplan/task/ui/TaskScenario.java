package nl.samenplan.task.ui;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientService;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.security.TeamService;
import nl.samenplan.task.TaskService;
import nl.samenplan.task.TaskService.TaskRow;
import nl.samenplan.testsupport.Fixtures;
import org.springframework.data.domain.PageRequest;

/** A fresh client of the demo team with a plan whose agreements give tasks to the people named. */
record TaskScenario(ClientService clients, PlanService plans, nl.samenplan.plan.PlanEditing editing, CatalogService catalog, TeamService team,
        TaskService tasks, nl.samenplan.client.ConsentService consents) {

    long userId(String displayName) {
        return team.colleagues().stream().filter(c -> c.displayName().equals(displayName)).findFirst().orElseThrow()
                .id();
    }

    long clientWithPlan(String lastName, AgreementItem... agreements) {
        long clientId = Fixtures.newClient(clients, lastName);
        Fixtures.sharesWithVolunteers(consents, clientId); // the tasks of these plans go to volunteers, too
        editing.save(clientId, 0, new PlanContent(null, "Thuis blijven wonen", null, null, List.of(),
                List.of(agreements), null, null, null));
        return clientId;
    }

    AgreementItem volunteerJob(String what, String frequency, LocalDate start, Long assigneeId) {
        return new AgreementItem(null, what, category("Boodschappen"), SupportRung.VRIJWILLIGERS, null, "Test", null,
                frequency, start, null, null, null).withAssignee(assigneeId);
    }

    /** The agreements as they are saved now, with a change applied to the one at {@code index}. */
    void changeAgreement(long clientId, int index, java.util.function.UnaryOperator<AgreementItem> change) {
        var view = plans.plan(clientId);
        PlanContent c = view.content();
        List<AgreementItem> agreements = new ArrayList<>(c.agreements());
        if (change == null) {
            agreements.remove(index);
        } else {
            agreements.set(index, change.apply(agreements.get(index)));
        }
        editing.save(clientId, view.revisionNo(), new PlanContent(c.answerCanDoSelf(), c.answerNeeds(), c.answerWillDo(),
                c.scores(), c.goals(), agreements, c.agreedOn(), c.agreedWith(), c.reviewDate()));
    }

    List<TaskRow> tasksOf(long clientId) {
        return tasks.clientTasks(clientId, PageRequest.of(0, 500)).getContent();
    }

    long category(String name) {
        return catalog.needCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }

    static AgreementItem with(AgreementItem a, String what, String frequency) {
        return new AgreementItem(a.key(), what, a.needCategoryId(), a.rung(), a.networkMemberId(), a.providerName(),
                a.organisation(), frequency, a.startDate(), a.endDate(), a.fundingDomain(), a.goalKey())
                .withAssignee(a.assigneeId());
    }
}
