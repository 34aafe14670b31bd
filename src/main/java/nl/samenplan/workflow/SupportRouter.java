package nl.samenplan.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import nl.samenplan.plan.SupportRung;

/**
 * Informal first: routes a need to the lowest rung that can meet it and says why. The client themselves;
 * then a network member who said they could do this, and is not overburdened; then a volunteer who
 * offers this in the client's village and has room (when the client consented to sharing with volunteers); then a general provision; then professional care.
 * Plain Java, no Spring: the facts come in, the proposals go out.
 */
public final class SupportRouter {

    private final int burdenThreshold;

    /** @param burdenThreshold from this score (0-10) a mantelzorger counts as overburdened (a setting). */
    public SupportRouter(int burdenThreshold) {
        this.burdenThreshold = burdenThreshold;
    }

    public Routing route(NeedFacts need, List<Candidates.NetworkMember> network, List<Candidates.Volunteer> volunteers,
            List<Candidates.GeneralProvision> provisions) {
        List<Proposal> proposals = new ArrayList<>();
        List<Reason> passedOver = new ArrayList<>();
        if (need.professionalByNature()) {
            proposals.add(new Proposal(SupportRung.PROFESSIONELE_ZORG, null, null,
                    Reason.of("workflow.proposed.professionalByNature", need.categoryName())));
            return new Routing(proposals, passedOver, List.of(), true);
        }
        List<Reason> escalation = new ArrayList<>();
        if (need.clientCanDoItSelf()) {
            proposals.add(new Proposal(SupportRung.ZELF, null, null, Reason.of("workflow.proposed.self")));
        }
        routeNetwork(need, network, proposals, passedOver, escalation);
        routeVolunteers(need, volunteers, proposals, passedOver, escalation);
        routeProvisions(need, provisions, proposals, escalation);
        proposals.add(new Proposal(SupportRung.PROFESSIONELE_ZORG, null, null,
                Reason.of("workflow.proposed.professional")));
        return new Routing(proposals, passedOver, escalation, false);
    }

    private void routeNetwork(NeedFacts need, List<Candidates.NetworkMember> network, List<Proposal> proposals,
            List<Reason> passedOver, List<Reason> escalation) {
        int before = proposals.size();
        for (Candidates.NetworkMember member : network) {
            if (!member.canHelpWith().contains(need.needCategoryId())) {
                continue;
            }
            if (member.caregiver() && member.burden() != null && member.burden() >= burdenThreshold) {
                Reason reason = Reason.of("workflow.passed.overburdened", member.relation(), member.name(),
                        member.burden());
                passedOver.add(reason);
                escalation.add(Reason.of("workflow.escalation.overburdened", member.name(), member.burden()));
                continue;
            }
            proposals.add(new Proposal(SupportRung.EIGEN_NETWERK, member.id(), member.name(),
                    availability("workflow.proposed.network", member.relation(), member.name(), need.categoryName(),
                            member.availability())));
        }
        if (proposals.size() == before) {
            escalation.add(0, Reason.of("workflow.escalation.noNetwork", need.categoryName()));
        }
    }

    private static void routeVolunteers(NeedFacts need, List<Candidates.Volunteer> volunteers,
            List<Proposal> proposals, List<Reason> passedOver, List<Reason> escalation) {
        int before = proposals.size();
        boolean consent = need.volunteerConsent();
        if (!consent) {
            // nothing of the client goes to a volunteer yet: say so; who could help is proposed as needing the
            // client's consent first, which the leefcoach asks at the table (and records with the agreement)
            passedOver.add(Reason.of("workflow.passed.noVolunteerConsent"));
            escalation.add(Reason.of("workflow.escalation.noVolunteerConsent"));
        }
        for (Candidates.Volunteer volunteer : volunteers) {
            if (!volunteer.services().contains(need.needCategoryId()) || !servesVillage(volunteer.villages(),
                    need.village())) {
                continue;
            }
            if (volunteer.paused()) {
                passedOver.add(Reason.of("workflow.passed.paused", volunteer.name()));
                continue;
            }
            if (volunteer.atWeeklyMaximum()) {
                passedOver.add(Reason.of("workflow.passed.weeklyMaximum", volunteer.name()));
                continue;
            }
            Reason why = volunteer.notCovered() == null
                    ? availability("workflow.proposed.volunteer", "", volunteer.name(), need.categoryName(),
                            volunteer.availability())
                    // the ranking puts who covers every asked day first; the others say what they miss
                    : Reason.of("workflow.proposed.volunteer.notCovered", "", volunteer.name(), need.categoryName(),
                            volunteer.availability() == null ? "" : volunteer.availability(), volunteer.notCovered());
            proposals.add(new Proposal(SupportRung.VRIJWILLIGERS, volunteer.id(), volunteer.name(), why, !consent));
        }
        if (consent && proposals.size() == before) {
            escalation.add(Reason.of("workflow.escalation.noVolunteer", need.categoryName(), need.village()));
        }
    }

    private static void routeProvisions(NeedFacts need, List<Candidates.GeneralProvision> provisions,
            List<Proposal> proposals, List<Reason> escalation) {
        int before = proposals.size();
        for (Candidates.GeneralProvision provision : provisions) {
            if (provision.categories().contains(need.needCategoryId())
                    && servesVillage(provision.villages(), need.village())) {
                proposals.add(new Proposal(SupportRung.ALGEMENE_VOORZIENINGEN, provision.id(), provision.name(),
                        Reason.of("workflow.proposed.provision", provision.name(), need.categoryName())));
            }
        }
        if (proposals.size() == before) {
            escalation.add(Reason.of("workflow.escalation.noProvision", need.categoryName(), need.village()));
        }
    }

    /** An empty set of villages means: everywhere in the team's area. */
    private static boolean servesVillage(java.util.Set<String> villages, String village) {
        return villages.isEmpty() || village != null && villages.stream()
                .anyMatch(v -> v.toLowerCase(Locale.ROOT).equals(village.toLowerCase(Locale.ROOT)));
    }

    private static Reason availability(String key, String relation, String name, String category, String when) {
        return when == null || when.isBlank() ? Reason.of(key, relation, name, category)
                : Reason.of(key + ".when", relation, name, category, when);
    }
}
