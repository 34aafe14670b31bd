package nl.samenplan.testsupport;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.client.NetworkMemberData;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;

/** Fresh clients for tests, in the team of the logged-in user, each with its own name. */
public final class Fixtures {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    private Fixtures() {
    }

    public static long newClient(ClientService clients, String lastName) {
        String unique = lastName + COUNTER.incrementAndGet();
        return clients.create(new ClientData("Test", unique, LocalDate.of(1940, 5, 17), "Dorpsstraat 1", "7913 KH",
                "Heideveen", null, null, ClientStatus.ACTIEF, Set.of(), null, null));
    }

    /** The client consented (spoken, today) to sharing their data with the team's volunteers. */
    public static void sharesWithVolunteers(nl.samenplan.client.ConsentService consents, long clientId) {
        consents.record(clientId, nl.samenplan.client.ConsentData.of(nl.samenplan.client.ConsentRecipient.VOLUNTEERS,
                LocalDate.now(), nl.samenplan.client.ConsentManner.MONDELING));
    }

    /**
     * A part of a name that makes it unique, of letters only (a name with digits is not taken from a search for a new
     * client).
     */
    public static String letters(int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append((char) ('a' + java.util.concurrent.ThreadLocalRandom.current().nextInt(26)));
        }
        return b.toString();
    }

    public static long member(NetworkService network, long clientId, String name, Relation relation, boolean caregiver,
            Integer burden, Set<Long> canHelpWith) {
        return network.add(clientId, new NetworkMemberData(name, relation, null, null, null, canHelpWith, "Maandag",
                caregiver, burden)).id();
    }
}
