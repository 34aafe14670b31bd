package nl.samenplan.workflow;

import java.util.Set;

/** The informal capacity around a client, as plain facts the router weighs. */
public final class Candidates {

    private Candidates() {
    }

    /** A naaste: whether they said they could do this kind of help, when, and (for mantelzorgers) how heavy it is. */
    public record NetworkMember(long id, String name, String relation, Set<Long> canHelpWith, String availability,
            boolean caregiver, Integer burden) {
    }

    /** A volunteer of the cooperative (the register arrives with the volunteer feature). */
    public record Volunteer(long id, String name, Set<Long> services, Set<String> villages, String availability,
            boolean paused, boolean atWeeklyMaximum, String notCovered) {

        /** A volunteer who covers whatever is asked (or of whom it is not known). */
        public Volunteer(long id, String name, Set<Long> services, Set<String> villages, String availability,
                boolean paused, boolean atWeeklyMaximum) {
            this(id, name, services, villages, availability, paused, atWeeklyMaximum, null);
        }
    }

    /** A general provision: no indication needed (day activities, meal service, Welzijn op Recept). */
    public record GeneralProvision(long id, String name, Set<Long> categories, Set<String> villages) {
    }
}
