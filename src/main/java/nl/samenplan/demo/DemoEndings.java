package nl.samenplan.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanEditing;
import nl.samenplan.plan.PlanService;

/** How the demo's stories end agreements and close files, through the services as the leefcoach would. */
final class DemoEndings {

    private final PlanService plans;
    private final PlanEditing editing;
    private final ClientService clients;

    DemoEndings(PlanService plans, PlanEditing editing, ClientService clients) {
        this.plans = plans;
        this.editing = editing;
        this.clients = clients;
    }

    /** Agreements that ended: the plan keeps them with their end date; a closing file needs no review any more. */
    void end(long clientId, Predicate<AgreementItem> which, LocalDate on, boolean closing) {
        PlanService.PlanView view = plans.plan(clientId);
        PlanContent c = view.content();
        List<AgreementItem> items = c.agreements().stream()
                .map(a -> a.endDate() == null && which.test(a) ? ended(a, on) : a).toList();
        editing.save(clientId, view.revisionNo(), new PlanContent(c.answerCanDoSelf(), c.answerNeeds(),
                c.answerWillDo(), c.scores(), c.goals(), items, c.agreedOn(), c.agreedWith(),
                closing ? null : c.reviewDate()));
    }

    /** Admitted, died or moved: every agreement ends that day and the file is closed. */
    void close(long clientId, LocalDate on) {
        end(clientId, a -> true, on, true);
        var details = clients.get(clientId);
        ClientData d = details.data();
        clients.update(clientId, details.version(), new ClientData(d.firstName(), d.lastName(),
                d.dateOfBirth(), d.address(), d.postcode(), d.village(), d.phone(), d.email(),
                ClientStatus.AFGESLOTEN, d.fundingDomains(), d.importantToMe(), d.callName()));
    }

    private static AgreementItem ended(AgreementItem a, LocalDate on) {
        return new AgreementItem(a.key(), a.what(), a.needCategoryId(), a.rung(), a.networkMemberId(),
                a.providerName(), a.organisation(), a.frequency(), a.startDate(), on, a.fundingDomain(), a.goalKey(),
                a.escalationReason(), a.approval(), a.proposedBy(), a.decidedBy(), a.decidedOn(), a.decisionRemark(),
                a.reviewDate(), a.assigneeId(), a.volunteerId(), a.needId());
    }
}
