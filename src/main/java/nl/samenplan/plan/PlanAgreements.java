package nl.samenplan.plan;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import nl.samenplan.base.TimeConfig;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreements as schedules, for the application's own jobs (task generation), which run without a
 * logged-in user. It checks no access: its callers are the system or services that checked already.
 */
@Component
@Transactional(readOnly = true)
public class PlanAgreements {

    private final PlanRepository plans;

    PlanAgreements(PlanRepository plans) {
        this.plans = plans;
    }

    /** Every client that has a plan, in id order, a page at a time. */
    public List<Long> clientsWithPlans(long afterClientId, int limit) {
        return plans.clientIdsAfter(afterClientId, org.springframework.data.domain.PageRequest.of(0, limit));
    }

    /**
     * The agreements that met a need and ran out on their end date between {@code from} and yesterday,
     * where no other agreement answers that need now: the needs to open again (the nightly run).
     */
    public List<EndedAnswer> endedAnswers(LocalDate from, LocalDate today) {
        return plans.endedAnswers(from, today);
    }

    /** An agreement that answered need {@code needId} and ended on {@code ended}. */
    public record EndedAnswer(long clientId, long teamId, long needId, LocalDate ended, String what) {
    }

    /** The plan's owner and its agreements as schedules; nothing when the client has no plan. */
    public Optional<Schedules> of(long clientId) {
        return plans.findByClientId(clientId).map(plan -> new Schedules(clientId, plan.getOwnerId(),
                plan.getAgreements().stream().map(PlanAgreements::schedule).toList()));
    }

    private static Schedule schedule(Agreement a) {
        boolean decided = !a.getRung().isProfessional() || a.getApproval() == PlanContent.ApprovalState.GOEDGEKEURD;
        return new Schedule(a.getId(), a.getDescription(), a.getRung(), a.getAssigneeId(), a.getNetworkMemberId(),
                a.getFrequency(), a.getStartDate(), a.getEndDate(),
                LocalDate.ofInstant(a.getCreatedAt(), TimeConfig.ZONE), decided, a.getVolunteerId(),
                a.getProviderName());
    }

    /** A plan's owner (who follows the network's tasks and receives signals) and its agreements. */
    public record Schedules(long clientId, long ownerId, List<Schedule> agreements) {
    }

    /**
     * One agreement as a schedule. {@code inForce} is false for professional care that waits for an
     * indication or was refused: it makes no tasks.
     */
    public record Schedule(long agreementId, String what, SupportRung rung, Long assigneeId, Long networkMemberId,
            String frequency, LocalDate start, LocalDate end, LocalDate agreedOn, boolean inForce, Long volunteerId,
            String providerName) {
    }

    /**
     * How many times each volunteer's agreements fall in the week from {@code monday} (a one-off
     * counts in the week of its day; help on demand and an unrecognised frequency count once): their current load.
     */
    public java.util.Map<Long, Integer> weeklyLoad(java.util.Collection<Long> volunteerIds, LocalDate monday) {
        java.util.Map<Long, Integer> load = new java.util.HashMap<>();
        if (volunteerIds.isEmpty()) {
            return load;
        }
        LocalDate sunday = monday.plusDays(6);
        for (Agreement a : plans.agreementsOfVolunteers(volunteerIds)) {
            Schedule s = schedule(a);
            if ((s.end() != null && s.end().isBefore(monday)) || (s.start() != null && s.start().isAfter(sunday))) {
                continue;
            }
            int times = Frequency.parse(s.frequency()).map(f -> f.onDemand() ? 1 : f.recurring()
                    ? f.dates(s.start(), s.end(), s.start() != null ? s.start() : s.agreedOn(), monday, sunday).size()
                    : inWeek(Frequency.onceDate(s.start(), s.agreedOn()), monday, sunday) ? 1 : 0).orElse(1);
            load.merge(a.getVolunteerId(), times, Integer::sum);
        }
        return load;
    }

    private static boolean inWeek(LocalDate day, LocalDate monday, LocalDate sunday) {
        return !day.isBefore(monday) && !day.isAfter(sunday);
    }
}
