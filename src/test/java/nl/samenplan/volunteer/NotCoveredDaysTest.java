package nl.samenplan.volunteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The volunteer ranking says which of the asked days (and parts of the day) a volunteer does not cover. */
class NotCoveredDaysTest {

    private static final Set<Slot> TUESDAY_AND_THURSDAY_MORNING = Set.of(new Slot(DayOfWeek.TUESDAY, DayPart.OCHTEND),
            new Slot(DayOfWeek.THURSDAY, DayPart.OCHTEND));

    @Test
    void a_volunteer_of_tuesday_and_thursday_is_short_of_the_asked_monday() {
        assertThat(Availability.notCovered(TUESDAY_AND_THURSDAY_MORNING,
                VolunteerRegister.namedDays("maandag en donderdag"), VolunteerRegister.partsAsked("maandag en donderdag")))
                .isEqualTo("ma");
    }

    @Test
    void an_asked_part_of_the_day_counts_too() {
        assertThat(Availability.notCovered(TUESDAY_AND_THURSDAY_MORNING,
                VolunteerRegister.namedDays("dinsdagmiddag"), VolunteerRegister.partsAsked("dinsdagmiddag")))
                .isEqualTo("di middag");
        assertThat(Availability.notCovered(TUESDAY_AND_THURSDAY_MORNING,
                VolunteerRegister.namedDays("dinsdagochtend"), VolunteerRegister.partsAsked("dinsdagochtend")))
                .isNull();
    }

    @Test
    void every_asked_day_covered_or_no_day_named_says_nothing() {
        assertThat(Availability.notCovered(TUESDAY_AND_THURSDAY_MORNING, VolunteerRegister.namedDays("dinsdag"),
                Set.of())).isNull();
        assertThat(VolunteerRegister.namedDays("3x per week")).as("spread days are a suggestion, not asked").isEmpty();
        assertThat(Availability.notCovered(Set.of(), Set.of(DayOfWeek.MONDAY), Set.of()))
                .as("no availability given: not known, not 'none'").isNull();
    }
}
