package nl.samenplan.task;

import nl.samenplan.plan.AgreementsChanged;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** When a plan is saved, its tasks follow in the same transaction: the user sees them at once. */
@Component
class PlanListener {

    private final TaskGeneration generation;

    PlanListener(TaskGeneration generation) {
        this.generation = generation;
    }

    @EventListener
    void on(AgreementsChanged event) {
        generation.syncClient(event.clientId());
    }
}
