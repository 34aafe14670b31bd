package nl.samenplan.plan.ui;

import com.vaadin.flow.component.Component;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.client.ClientService.ClientDetails;
import nl.samenplan.client.NetworkService.Member;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanPrint;
import nl.samenplan.plan.PlanService.PlanView;

/** The plan in display strings for the PDF the client keeps. */
final class PlanPrintFactory {

    private PlanPrintFactory() {
    }

    static PlanPrint of(Component owner, ClientDetails client, String teamName, PlanView plan, List<Item> lifeAreas,
            List<Member> network, LocalDate today) {
        return of(owner, client, teamName, plan, lifeAreas, network, today, null);
    }

    /** The plan with the plan owner's phone as the contact (none when they gave none). */
    static PlanPrint of(Component owner, ClientDetails client, String teamName, PlanView plan, List<Item> lifeAreas,
            List<Member> network, LocalDate today, String ownerPhone) {
        PlanContent c = plan.content();
        Map<Long, String> areaNames = lifeAreas.stream().collect(Collectors.toMap(Item::id, Item::name));
        Map<String, String> goalTexts = c.goals().stream().filter(g -> g.key() != null)
                .collect(Collectors.toMap(PlanContent.GoalItem::key, PlanContent.GoalItem::text, (a, b) -> a));
        Map<Long, String> memberNames = network.stream().collect(Collectors.toMap(Member::id, Member::name));
        List<PlanPrint.Score> scores = lifeAreas.stream()
                .filter(a -> a.active() || c.scores().containsKey(a.id()))
                .map(a -> new PlanPrint.Score(a.name(), c.scores().get(a.id()))).toList();
        List<PlanPrint.Goal> goals = c.goals().stream()
                .map(g -> new PlanPrint.Goal(areaNames.get(g.lifeAreaId()), g.text())).toList();
        Function<PlanContent.AgreementItem, String> who = a -> switch (a.rung()) {
            case ZELF -> owner.getTranslation("pdf.agreements.self");
            case EIGEN_NETWERK -> memberNames.getOrDefault(a.networkMemberId(), "");
            default -> a.providerName() + (a.organisation() == null ? "" : " · " + a.organisation());
        };
        List<PlanPrint.Agreement> agreements = c.agreements().stream().map(a -> new PlanPrint.Agreement(a.what(),
                who.apply(a), owner.getTranslation(a.rung().labelKey()), a.frequency(), period(owner, a),
                a.fundingDomain() == null ? null : a.fundingDomain().label(),
                a.goalKey() == null ? null : goalTexts.get(a.goalKey()))).toList();
        return new PlanPrint(client.fullName(), DutchFormats.date(client.data().dateOfBirth()), client.data().village(),
                teamName, Objects.requireNonNullElse(plan.ownerName(), ""), DutchFormats.date(today),
                c.answerCanDoSelf(), c.answerNeeds(), c.answerWillDo(), scores, goals, agreements,
                c.agreedOn() == null ? null : DutchFormats.date(c.agreedOn()), c.agreedWith(),
                c.reviewDate() == null ? null : DutchFormats.date(c.reviewDate()), client.data().addressedAs(),
                ownerPhone);
    }

    private static String period(Component owner, PlanContent.AgreementItem a) {
        if (a.startDate() == null && a.endDate() == null) {
            return null;
        }
        return owner.getTranslation("plan.agreement.periodValue",
                a.startDate() == null ? "…" : DutchFormats.date(a.startDate()),
                a.endDate() == null ? "…" : DutchFormats.date(a.endDate()));
    }
}
