package nl.samenplan.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import nl.samenplan.plan.PlanAgreements.Schedule;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.task.TaskPlanner.Existing;
import org.junit.jupiter.api.Test;

class TaskPlannerTest {

    private static final LocalDate WEDNESDAY = LocalDate.of(2026, 11, 25);

    @Test
    void a_one_off_gets_one_task_on_its_start_date() {
        var actions = TaskPlanner.plan(schedule("", WEDNESDAY.plusDays(2), null), true, List.of(), WEDNESDAY, 14);
        assertThat(actions.create()).containsExactly(WEDNESDAY.plusDays(2));
    }

    @Test
    void a_one_off_that_was_done_gets_no_second_task() {
        var actions = TaskPlanner.plan(schedule("", WEDNESDAY, null), true,
                List.of(new Existing(1, WEDNESDAY.minusDays(5), TaskStatus.GEDAAN)), WEDNESDAY, 14);
        assertThat(actions.none()).isTrue();
    }

    @Test
    void an_open_one_off_moves_with_its_start_date() {
        var actions = TaskPlanner.plan(schedule("", WEDNESDAY.plusDays(3), null), true,
                List.of(new Existing(7, WEDNESDAY.plusDays(1), TaskStatus.OPEN)), WEDNESDAY, 14);
        assertThat(actions.create()).isEmpty();
        assertThat(actions.move()).containsEntry(7L, WEDNESDAY.plusDays(3));
    }

    @Test
    void a_recurring_agreement_fills_the_window_without_the_days_that_have_a_task() {
        var actions = TaskPlanner.plan(schedule("di en do", null, null), true,
                List.of(new Existing(1, WEDNESDAY.plusDays(1), TaskStatus.OPEN)), WEDNESDAY, 14);
        // Thursday 26 November has its task already; the window ends on Tuesday 8 December
        assertThat(actions.create()).containsExactly(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 3),
                LocalDate.of(2026, 12, 8));
        assertThat(actions.follow()).containsExactly(1L);
    }

    @Test
    void a_changed_rhythm_removes_future_open_days_but_keeps_what_was_done_or_overdue() {
        List<Existing> existing = List.of(
                new Existing(1, WEDNESDAY.minusDays(1), TaskStatus.OPEN),
                new Existing(2, WEDNESDAY.plusDays(1), TaskStatus.GEDAAN),
                new Existing(3, WEDNESDAY.plusDays(6), TaskStatus.OPEN));
        var actions = TaskPlanner.plan(schedule("vrijdag", null, null), true, existing, WEDNESDAY, 14);
        assertThat(actions.delete()).containsExactly(3L);
        assertThat(actions.create()).containsExactly(WEDNESDAY.plusDays(2), WEDNESDAY.plusDays(9));
    }

    @Test
    void an_agreement_without_anyone_in_samenplan_makes_no_tasks_and_loses_its_future_open_ones() {
        var actions = TaskPlanner.plan(schedule("dagelijks", null, null), false,
                List.of(new Existing(4, WEDNESDAY.plusDays(1), TaskStatus.OPEN),
                        new Existing(5, WEDNESDAY.plusDays(2), TaskStatus.BEZIG)), WEDNESDAY, 14);
        assertThat(actions.create()).isEmpty();
        assertThat(actions.delete()).containsExactly(4L);
    }

    @Test
    void care_waiting_for_an_indication_makes_no_tasks() {
        Schedule waiting = new Schedule(9, "Wondzorg", SupportRung.PROFESSIONELE_ZORG, 3L, null, "dagelijks", null,
                null, WEDNESDAY, false, null, null);
        assertThat(TaskPlanner.plan(waiting, true, List.of(), WEDNESDAY, 14).none()).isTrue();
    }

    @Test
    void an_unrecognised_frequency_makes_no_tasks() {
        assertThat(TaskPlanner.plan(schedule("bij afspraken", null, null), true, List.of(), WEDNESDAY, 14).none())
                .isTrue();
    }

    @Test
    void the_end_date_ends_the_occurrences() {
        var actions = TaskPlanner.plan(schedule("dagelijks", null, WEDNESDAY.plusDays(2)), true, List.of(), WEDNESDAY,
                14);
        assertThat(actions.create()).containsExactly(WEDNESDAY, WEDNESDAY.plusDays(1), WEDNESDAY.plusDays(2));
    }

    private static Schedule schedule(String frequency, LocalDate start, LocalDate end) {
        return new Schedule(1, "Boodschappen", SupportRung.VRIJWILLIGERS, 3L, null, frequency, start, end,
                WEDNESDAY.minusDays(10), true, null, null);
    }
}
