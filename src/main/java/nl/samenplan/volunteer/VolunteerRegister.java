package nl.samenplan.volunteer;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.samenplan.plan.Frequency;
import nl.samenplan.plan.PlanAgreements;
import nl.samenplan.security.CurrentUser;
import nl.samenplan.workflow.Candidates;
import nl.samenplan.workflow.VolunteerCandidates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The register as the workflow rules see it: the team's volunteers who offer a kind of help, ranked
 * (see {@link VolunteerRanking}), with whether they are on pause or at their weekly maximum. Called by
 * the rules inside an access-checked service call; the team is the current user's.
 */
@Component
@Transactional(readOnly = true)
class VolunteerRegister implements VolunteerCandidates {

    private final VolunteerRepository volunteers;
    private final PlanAgreements agreements;
    private final Clock clock;

    VolunteerRegister(VolunteerRepository volunteers, PlanAgreements agreements, Clock clock) {
        this.volunteers = volunteers;
        this.agreements = agreements;
        this.clock = clock;
    }

    @Override
    public List<Candidates.Volunteer> volunteers(long needCategoryId, String village, String frequency) {
        Optional<Long> teamId = CurrentUser.find().flatMap(CurrentUser::teamId);
        if (teamId.isEmpty()) {
            return List.of();
        }
        List<Volunteer> offering = volunteers.offering(teamId.get(), needCategoryId);
        Map<Long, Integer> load = load(offering.stream().map(Volunteer::getId).toList());
        Map<Long, Volunteer> byId = offering.stream().collect(Collectors.toMap(Volunteer::getId, Function.identity()));
        List<VolunteerRanking.Facts> facts = offering.stream().map(v -> facts(v, load)).toList();
        Set<DayOfWeek> named = namedDays(frequency);
        Set<DayPart> parts = partsAsked(frequency);
        return VolunteerRanking.rank(facts, village, daysAsked(frequency)).stream().map(f -> {
            Volunteer v = byId.get(f.id());
            return new Candidates.Volunteer(f.id(), f.name(), v.data().services(),
                    f.village() == null ? Set.of() : Set.of(f.village()), Availability.text(v.data().availability()),
                    v.getStatus() == VolunteerStatus.PAUZE, f.load() >= f.maxPerWeek(),
                    Availability.notCovered(v.data().availability(), named, parts));
        }).toList();
    }

    @Override
    public Optional<Long> loginOf(long volunteerId) {
        return volunteers.findById(volunteerId).map(Volunteer::getUserId);
    }

    /** Each volunteer's number of agreed times this week (Monday to Sunday). */
    Map<Long, Integer> load(List<Long> ids) {
        LocalDate monday = LocalDate.now(clock).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return agreements.weeklyLoad(ids, monday);
    }

    static VolunteerRanking.Facts facts(Volunteer v, Map<Long, Integer> load) {
        VolunteerData d = v.data();
        return new VolunteerRanking.Facts(v.getId(), d.name(), d.village(),
                d.availability().stream().map(Slot::day).collect(Collectors.toCollection(() -> EnumSet.noneOf(DayOfWeek.class))),
                load.getOrDefault(v.getId(), 0), d.maxPerWeek());
    }

    /**
     * The weekdays a frequency names itself (every day for "dagelijks"); not the days Samenplan spreads "3x per
     * week" over, which are only a suggestion: a volunteer is not short of those.
     */
    static Set<DayOfWeek> namedDays(String frequency) {
        return Frequency.parse(frequency).map(f -> switch (f.kind()) {
            case WEEKDAYS -> f.spread() ? Set.<DayOfWeek>of() : f.days();
            case DAILY -> (Set<DayOfWeek>) EnumSet.allOf(DayOfWeek.class);
            default -> Set.<DayOfWeek>of();
        }).orElse(Set.of());
    }

    /** The parts of the day a frequency asks for ("dinsdagochtend"); none when any part will do. */
    static Set<DayPart> partsAsked(String frequency) {
        return Frequency.parse(frequency).map(f -> f.partsOfDay().stream().map(p -> DayPart.valueOf(p.name()))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DayPart.class)))).map(s -> (Set<DayPart>) s)
                .orElse(Set.of());
    }

    /** The weekdays a frequency asks for; none when it names no days (then any day will do). */
    static Set<DayOfWeek> daysAsked(String frequency) {
        return Frequency.parse(frequency).map(f -> switch (f.kind()) {
            case WEEKDAYS -> f.days();
            case DAILY -> (Set<DayOfWeek>) EnumSet.allOf(DayOfWeek.class);
            default -> Set.<DayOfWeek>of();
        }).orElse(Set.of());
    }
}
