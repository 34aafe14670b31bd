package nl.samenplan.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.samenplan.catalog.CatalogService;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanService;
import nl.samenplan.security.Role;
import nl.samenplan.security.UserAdminService;
import nl.samenplan.volunteer.DayPart;
import nl.samenplan.volunteer.Slot;
import nl.samenplan.volunteer.VolunteerData;
import nl.samenplan.volunteer.VolunteerService;
import nl.samenplan.volunteer.VolunteerStatus;
import nl.samenplan.workflow.NeedData;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.NeedSource;
import nl.samenplan.workflow.Urgency;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Rung 2 in a real browser: a client asks for a ride to the physiotherapist; the vrijwilligerscoördinator
 * lands on the open requests, sees the driver of the client's village first and matches him in one
 * click; the driver logs in and finds the ride in Mijn taken, with the client's first name and address.
 */
class VolunteerJourneyBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "rijden-met-plezier";

    @Autowired
    private UserDetailsService users;
    @Autowired
    private UserAdminService admin;
    @Autowired
    private nl.samenplan.security.AccountService accounts;
    @Autowired
    private VolunteerService volunteers;
    @Autowired
    private ClientService clients;
    @Autowired
    private nl.samenplan.client.ConsentService consents;
    @Autowired
    private PlanService plans;
    @Autowired
    private nl.samenplan.plan.PlanEditing editing;
    @Autowired
    private NeedService needs;
    @Autowired
    private CatalogService catalog;

    @Test
    void the_coordinator_matches_a_ride_and_the_driver_sees_it() {
        int n = ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String village = "Rijdorp" + n;
        String username = "rijder" + n;
        String driverName = "Sietse Rijder" + n;
        long needId = rideAskedFor(village, username, driverName);

        logIn("coordinator", "samenplan");
        waitUntil("the open requests as the landing page", d -> d.getCurrentUrl().endsWith("/vrijwilligers/aanvragen"));
        WebElement request = scrollTo(By.id("request-" + needId));
        assertThat(request.getText()).contains("Vervoer · Geeske Ritje" + n + " (" + village + ")",
                "Naar de fysiotherapeut in Veenwolde", "Voorgesteld: vrijwilliger " + driverName);
        List<WebElement> buttons = request.findElements(By.cssSelector("vaadin-button"));
        assertThat(buttons.get(0).getText()).as("the driver of the own village first")
                .isEqualTo("Koppelen aan " + driverName);
        screenshotAt("volunteer-journey-01-requests", By.id("request-" + needId));
        clickWhenFree(buttons.get(0));
        waitUntil("the request to be matched", d -> d.findElements(By.id("request-" + needId)).isEmpty());
        screenshot("volunteer-journey-02-matched");

        driver.manage().deleteAllCookies();
        logIn(username, PASSWORD);
        waitUntil("Mijn taken as the volunteer's landing page", d -> d.getCurrentUrl().endsWith("/mijn-taken"));
        WebElement ride = waitUntil("the ride in Mijn taken", d -> d.findElements(By.cssSelector(".task-card"))
                .stream().filter(c -> c.getText().contains("Naar de fysiotherapeut in Veenwolde")).findFirst()
                .orElse(null));
        assertThat(ride.getText()).contains("Geeske", "Kerkpad 9", village).doesNotContain("Ritje" + n);
        screenshot("volunteer-journey-03-the-drivers-tasks");
    }

    /** A new driver with a login in the register, and a client of his village who asks for a ride. */
    private long rideAskedFor(String village, String username, String driverName) {
        try {
            actAs("beheerder");
            long teamId = admin.teams().stream().filter(t -> t.name().equals("Dorpsteam Heideveen")).findFirst()
                    .orElseThrow().id();
            long login = new nl.samenplan.testsupport.AnotherUser(users).newUserWithPassword(admin, accounts,
                    new UserAdminService.NewUser(username, driverName, Role.VRIJWILLIGER, teamId, null), PASSWORD).id();
            actAs("beheerder");
            long transport = catalog.needCategories().stream().filter(c -> c.name().equals("Vervoer")).findFirst()
                    .orElseThrow().id();
            actAs("coordinator");
            volunteers.create(new VolunteerData(driverName, null, null, village, Set.of(transport),
                    Set.of(new Slot(DayOfWeek.TUESDAY, DayPart.OCHTEND)), 3, LocalDate.now().minusYears(1),
                    VolunteerStatus.ACTIEF, null, true, LocalDate.now().minusMonths(2), login));
            actAs("leefcoach");
            String lastName = "Ritje" + username.substring("rijder".length());
            long clientId = clients.create(new ClientData("Geeske", lastName, LocalDate.of(1937, 6, 1), "Kerkpad 9",
                    "7915 RD", village, null, null, ClientStatus.ACTIEF, Set.of(), null, null));
            nl.samenplan.testsupport.Fixtures.sharesWithVolunteers(consents, clientId);
            editing.save(clientId, 0, new PlanContent(null, "Mijn knie moet sterker worden.", null, null, List.of(),
                    List.of(), null, null, null));
            return needs.record(clientId, new NeedData(transport, "Naar de fysiotherapeut in Veenwolde", "di", null,
                    Urgency.NORMAAL, NeedSource.CLIENT, false));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void actAs(String username) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken(user, null, user.getAuthorities()));
    }
}
