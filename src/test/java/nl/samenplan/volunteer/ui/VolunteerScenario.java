package nl.samenplan.volunteer.ui;

import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanService;
import nl.samenplan.volunteer.DayPart;
import nl.samenplan.volunteer.Slot;
import nl.samenplan.volunteer.VolunteerData;
import nl.samenplan.volunteer.VolunteerStatus;
import nl.samenplan.workflow.NeedData;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.NeedSource;
import nl.samenplan.workflow.Urgency;

/** A village of its own (so no demo volunteer of a village gets in the way), with a client, a plan and a need. */
record VolunteerScenario(String village, ClientService clients, PlanService plans, nl.samenplan.plan.PlanEditing editing, CatalogService catalog,
        NeedService needs, nl.samenplan.client.ConsentService consents) {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    static String newVillage() {
        return "Testwolde" + COUNTER.incrementAndGet() + System.nanoTime() % 100_000;
    }

    /** As a plan writer: a client in the village with a plan, and a need of this category. */
    long[] clientWithNeed(String category, String what, String frequency) {
        long clientId = clients.create(new ClientData("Tjitske", "Vrijwilligerstest" + COUNTER.incrementAndGet(),
                java.time.LocalDate.of(1939, 3, 4), "Kerkpad 2", "7914 AB", village, null, null, ClientStatus.ACTIEF,
                Set.of(), null, null));
        nl.samenplan.testsupport.Fixtures.sharesWithVolunteers(consents, clientId);
        editing.save(clientId, 0, new PlanContent(null, "Zelf blijven wonen", null, null, List.of(), List.of(), null,
                null, null));
        long needId = needs.record(clientId, new NeedData(category(category), what, frequency, null, Urgency.NORMAAL,
                NeedSource.CLIENT, false));
        return new long[] {clientId, needId};
    }

    VolunteerData volunteer(String name, String category, int max, VolunteerStatus status, Long login,
            DayOfWeek... days) {
        Set<Slot> slots = new java.util.HashSet<>();
        for (DayOfWeek day : days) {
            slots.add(new Slot(day, DayPart.OCHTEND));
        }
        return new VolunteerData(name, null, null, village, Set.of(category(category)), slots, max, null, status, null,
                false, null, login);
    }

    long category(String name) {
        return catalog.needCategories().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow().id();
    }
}
