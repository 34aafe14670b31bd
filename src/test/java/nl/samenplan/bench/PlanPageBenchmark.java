package nl.samenplan.bench;

import com.vaadin.flow.component.UI;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanContent.AgreementItem;
import nl.samenplan.plan.PlanContent.GoalItem;
import nl.samenplan.plan.PlanService;
import nl.samenplan.plan.SupportRung;
import nl.samenplan.testsupport.Fixtures;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Benchmark, not a test (excluded from the normal build): the server time to open the plan page of a
 * client with 30 agreements and 10 revisions, on the embedded MariaDB, measured around Vaadin's
 * navigation in Karibu (layout, services, queries and building the components; no network, no
 * browser rendering). Run: see the README, section Benchmarks. Prints and writes
 * target/benchmarks/plan-page.txt.
 */
class PlanPageBenchmark extends KaribuTest {

    private static final int WARM_UP = 30;
    private static final int MEASURED = 100;

    @Autowired
    private ClientService clients;
    @Autowired
    private NetworkService network;
    @Autowired
    private CatalogService catalog;
    @Autowired
    private PlanService plans;
    @Autowired
    private nl.samenplan.plan.PlanEditing editing;
    @Autowired
    private nl.samenplan.audit.AccessLog accessLog;

    @Test
    void plan_page_with_30_agreements_and_10_revisions() throws IOException {
        login("leefcoach");
        long clientId = bigPlan();
        String route = "clienten/" + clientId + "/plan";
        for (int i = 0; i < WARM_UP; i++) {
            open(route);
        }
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < MEASURED; i++) {
            nanos[i] = open(route);
        }
        Arrays.sort(nanos);
        long[] entries = accessLogEntries(clientId);
        String report = String.format("Plan page, 30 agreements, 10 revisions, %d runs after %d warm-up:%n"
                        + "  median %.1f ms, p90 %.1f ms, max %.1f ms, min %.1f ms%n"
                        + "  (each opening writes its access-log entries: file opened, plan read)%n"
                        + "One access-log entry (a read logged: hash chain, own transaction), %d entries:%n"
                        + "  median %.2f ms, p90 %.2f ms, max %.2f ms%n",
                MEASURED, WARM_UP, ms(nanos[MEASURED / 2]), ms(nanos[MEASURED * 9 / 10]), ms(nanos[MEASURED - 1]),
                ms(nanos[0]), entries.length, ms(entries[entries.length / 2]), ms(entries[entries.length * 9 / 10]),
                ms(entries[entries.length - 1]));
        System.out.print(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/plan-page.txt"), report);
    }

    /** The cost of logging one read on its own: the same call the plan page's services make. */
    private long[] accessLogEntries(long clientId) {
        long[] nanos = new long[MEASURED * 2];
        for (int i = 0; i < WARM_UP; i++) {
            accessLog.record(nl.samenplan.audit.AccessEvent.allowed(nl.samenplan.base.access.AccessEventType.PLAN_VIEWED,
                    clientId, "PlanPageBenchmark"));
        }
        for (int i = 0; i < nanos.length; i++) {
            long start = System.nanoTime();
            accessLog.record(nl.samenplan.audit.AccessEvent.allowed(nl.samenplan.base.access.AccessEventType.PLAN_VIEWED,
                    clientId, "PlanPageBenchmark"));
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        return nanos;
    }

    private static long open(String route) {
        // each opening is a request of its own in the browser (the access log logs a read once per request)
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(
                        new org.springframework.mock.web.MockHttpServletRequest()));
        UI.getCurrent().navigate("clienten");
        long start = System.nanoTime();
        UI.getCurrent().navigate(route);
        return System.nanoTime() - start;
    }

    private long bigPlan() {
        long clientId = Fixtures.newClient(clients, "Benchmark");
        List<Long> members = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            members.add(Fixtures.member(network, clientId, "Naaste " + i, Relation.values()[i], i == 0, i == 0 ? 6 : null,
                    java.util.Set.of()));
        }
        List<CatalogService.Item> areas = catalog.lifeAreas();
        List<CatalogService.Item> categories = catalog.needCategories().stream()
                .filter(c -> !c.professionalByNature()).toList();
        int revision = 0;
        PlanContent content = PlanContent.EMPTY;
        for (int r = 0; r < 10; r++) {
            Map<Long, Integer> scores = new HashMap<>();
            for (int a = 0; a < areas.size(); a++) {
                scores.put(areas.get(a).id(), (a + r) % 11);
            }
            List<GoalItem> goals = new ArrayList<>();
            for (int g = 0; g < 6; g++) {
                goals.add(new GoalItem(r == 0 ? "nieuw-" + g : content.goals().get(g).key(),
                        areas.get(g % areas.size()).id(), "Doel " + g + " versie " + r));
            }
            List<AgreementItem> agreements = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                SupportRung rung = SupportRung.values()[i % 5];
                agreements.add(new AgreementItem(r == 0 ? null : content.agreements().get(i).key(),
                        "Afspraak " + i + " versie " + r, categories.get(i % categories.size()).id(), rung,
                        rung == SupportRung.EIGEN_NETWERK ? members.get(i % members.size()) : null,
                        rung.level() >= 2 ? "Aanbieder " + i : null, rung.isProfessional() ? "Thuiszorg" : null,
                        "Wekelijks", LocalDate.now().minusMonths(1), null,
                        rung.isProfessional() ? FundingDomain.WMO : null, r == 0 ? "nieuw-" + (i % 6) : null)
                        .withEscalationReason(rung.isProfessional() ? "Geen vrijwilliger in het dorp" : null));
            }
            content = editing.save(clientId, revision, new PlanContent("Antwoord " + r, "Behoefte " + r, "Zelf " + r,
                    scores, goals, agreements, LocalDate.now().minusDays(1), "De cliënt", LocalDate.now().plusMonths(3)))
                    .plan().content();
            revision++;
        }
        return clientId;
    }

    private static double ms(long nanos) {
        return nanos / 1_000_000.0;
    }
}
