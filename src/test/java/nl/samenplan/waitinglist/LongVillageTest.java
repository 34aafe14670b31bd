package nl.samenplan.waitinglist;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientLimits;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.testsupport.KaribuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;

/** The waiting list copies the client's village: every village a client can have fits, in full. */
class LongVillageTest extends KaribuTest {

    @Autowired
    private ClientService clients;
    @Autowired
    private WaitingListService waitingList;

    @Test
    void aClientWithTheLongestPossibleVillageIsPutOnTheWaitingListWithTheWholeVillage() {
        login("leefcoach");
        String village = "Nieuw-Buinen aan de Oostermoerse Vaart en omstreken " + "x".repeat(ClientLimits.VILLAGE - 52);
        long clientId = clients.create(new ClientData("Lange", "Dorpsnaam", LocalDate.of(1938, 3, 2), null, null,
                village, null, null, ClientStatus.ACTIEF, Set.of(), null, null));

        waitingList.putOn(clientId, new WaitingListData(LocalDate.now().minusDays(1), WaitingListType.VERPLEEGHUIS,
                WaitingUrgency.NORMAAL, null, WaitingStatus.ACTIEF_WACHTEND), null);

        assertThat(village).hasSize(ClientLimits.VILLAGE).hasSizeGreaterThan(80);
        assertThat(waitingList.list(new WaitingListService.ListFilter(false, null, null, village),
                PageRequest.of(0, 5)).getContent()).singleElement()
                .satisfies(row -> assertThat(row.village()).isEqualTo(village));
    }
}
