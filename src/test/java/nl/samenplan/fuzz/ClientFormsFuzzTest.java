package nl.samenplan.fuzz;

import static nl.samenplan.fuzz.Fuzzer.Kind.DATE;
import static nl.samenplan.fuzz.Fuzzer.Kind.FORMATTED_TEXT;
import static nl.samenplan.fuzz.Fuzzer.Kind.NUMBER;
import static nl.samenplan.fuzz.Fuzzer.Kind.OPTIONAL_TEXT;
import static nl.samenplan.fuzz.Fuzzer.Kind.REQUIRED_TEXT;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import nl.samenplan.client.BurdenCheckInService;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.NetworkMemberData;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.Relation;
import nl.samenplan.fuzz.Fuzzer.Field;
import nl.samenplan.waitinglist.LeaveReason;
import nl.samenplan.waitinglist.WaitingListData;
import nl.samenplan.waitinglist.WaitingListService;
import nl.samenplan.waitinglist.WaitingListType;
import nl.samenplan.waitinglist.WaitingStatus;
import nl.samenplan.waitinglist.WaitingUrgency;
import nl.samenplan.workflow.MdoService;
import nl.samenplan.workflow.NeedService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The client file's forms under hostile input: details, network, check-in, needs, MDO and the waiting list. */
class ClientFormsFuzzTest extends FuzzTest {

    private static final Map<String, Function<ClientData, Object>> CLIENT_FIELDS = Map.of(
            "client-first-name", ClientData::firstName, "client-last-name", ClientData::lastName,
            "client-address", ClientData::address, "client-postcode", ClientData::postcode,
            "client-village", ClientData::village, "client-phone", ClientData::phone,
            "client-email", ClientData::email, "client-important-to-me", ClientData::importantToMe,
            "client-date-of-birth", ClientData::dateOfBirth);

    @Autowired
    private NetworkService network;
    @Autowired
    private BurdenCheckInService checkIns;
    @Autowired
    private NeedService needs;
    @Autowired
    private MdoService mdos;
    @Autowired
    private WaitingListService waitingList;

    private long clientId;

    @Test
    void theNewClientFormAnswersEveryHostileValueInDutchOrSavesItExactly() {
        login(LEEFCOACH);
        Fuzzer.Form form = form(() -> {
            navigate("clienten/nieuw");
            int n = COUNTER.incrementAndGet();
            set("client-first-name", "Fuzz" + n);
            set("client-last-name", "Nieuw" + n);
            set("client-date-of-birth", LocalDate.of(1940, 5, 17));
            set("client-village", "Fuzzdorp");
        }, () -> {
            click("client-save");
            if (currentView() instanceof nl.samenplan.client.ui.NetworkView) {
                clientId = idInLocation(1);
            }
        }, (field, typed) -> CLIENT_FIELDS.get(field).apply(clients.get(clientId).data()));

        int cases = Fuzzer.run("Nieuwe cliënt", form, clientFields());

        assertThat(cases).isGreaterThan(100);
    }

    @Test
    void theClientDetailsAnswerEveryHostileValueInDutchOrSaveItExactly() {
        login(LEEFCOACH);
        long id = newClient();
        Fuzzer.Form form = form(() -> navigate("clienten/" + id + "/gegevens"), () -> click("client-save"),
                (field, typed) -> CLIENT_FIELDS.get(field).apply(clients.get(id).data()));

        assertThat(Fuzzer.run("Cliëntgegevens", form, clientFields())).isGreaterThan(100);
    }

    private static Field[] clientFields() {
        return new Field[] {new Field("client-first-name", REQUIRED_TEXT), new Field("client-last-name", REQUIRED_TEXT),
            new Field("client-address", OPTIONAL_TEXT), new Field("client-postcode", FORMATTED_TEXT),
            new Field("client-village", REQUIRED_TEXT), new Field("client-phone", FORMATTED_TEXT),
            new Field("client-email", FORMATTED_TEXT), new Field("client-important-to-me", OPTIONAL_TEXT),
            new Field("client-date-of-birth", DATE)};
    }

    @Test
    void theNetworkMemberDialogAnswersEveryHostileValueInDutchOrSavesItExactly() {
        login(LEEFCOACH);
        Map<String, Function<NetworkMemberData, Object>> stored = Map.of("member-name", NetworkMemberData::name,
                "member-phone", NetworkMemberData::phone, "member-email", NetworkMemberData::email,
                "member-current-help", NetworkMemberData::currentHelp,
                "member-availability", NetworkMemberData::availability, "member-burden",
                NetworkMemberData::burdenScore);
        clientId = newClient();
        Fuzzer.Form form = form(() -> {
            at("clienten/" + clientId + "/netwerk");
            click("network-add");
            set("member-name", "Buurvrouw Fuzz");
            pick("member-relation", "Buur");
            set("member-caregiver", true);
        }, () -> click("member-save"), (field, typed) -> stored.get(field).apply(newestMember().data()),
                () -> network.remove(newestMember().id(), newestMember().version())); // one naaste at a time keeps the view small

        assertThat(Fuzzer.run("Naaste", form, new Field("member-name", REQUIRED_TEXT),
                new Field("member-phone", FORMATTED_TEXT), new Field("member-email", FORMATTED_TEXT),
                new Field("member-current-help", OPTIONAL_TEXT), new Field("member-availability", OPTIONAL_TEXT),
                new Field("member-burden", NUMBER))).isGreaterThan(60);
    }

    @Test
    void theCheckInOfAMantelzorgerAnswersEveryHostileValueInDutchOrSavesItExactly() {
        login(LEEFCOACH);
        clientId = newClient();
        long member = network.add(clientId, new NetworkMemberData("Dochter Fuzz", Relation.KIND, null, null, null,
                Set.of(), null, true, 4)).id();
        Fuzzer.Form form = form(() -> {
            at("clienten/" + clientId + "/netwerk");
            click("checkin-" + member);
            set("checkin-score", 5);
            pick("checkin-sleep", "ja");
            pick("checkin-time", "soms");
            pick("checkin-worries", "nee");
            pick("checkin-contact", "nee");
        }, () -> click("checkin-save"), (field, typed) -> {
            var caregiver = checkIns.caregivers(clientId).get(0);
            var last = caregiver.checkIns().stream().max(Comparator.comparingLong(BurdenCheckInService.CheckIn::id))
                    .orElseThrow();
            return switch (field) {
                case "checkin-note" -> last.note();
                case "checkin-score" -> last.score();
                case "checkin-date" -> last.on();
                default -> caregiver.intervalWeeks();
            };
        });

        assertThat(Fuzzer.run("Mantelzorgbelasting", form, new Field("checkin-note", OPTIONAL_TEXT),
                new Field("checkin-score", NUMBER), new Field("checkin-interval", NUMBER),
                new Field("checkin-date", DATE))).isGreaterThan(40);
    }

    @Test
    void theNeedDialogAnswersEveryHostileValueInDutchOrSavesItExactly() {
        login(LEEFCOACH);
        clientId = newClient();
        Fuzzer.Form form = form(() -> {
            at("clienten/" + clientId + "/hulpvragen");
            click("need-new");
            pick("need-category", "Vervoer");
        }, () -> click("need-save"), (field, typed) -> {
            var need = needs.needs(clientId).get(0).data();
            return switch (field) {
                case "need-description" -> need.description();
                case "need-frequency" -> need.frequency();
                default -> need.startDate();
            };
        }, () -> clientId = newClient()); // every need is routed on the page: one need per client

        assertThat(Fuzzer.run("Hulpvraag", form, new Field("need-description", OPTIONAL_TEXT),
                new Field("need-frequency", FORMATTED_TEXT), new Field("need-start", DATE))).isGreaterThan(30);
    }

    @Test
    void theMdoFormAnswersEveryHostileValueInDutchOrSavesItExactly() {
        login(LEEFCOACH);
        Fuzzer.Form form = form(() -> {
            clientId = newClient();
            navigate("clienten/" + clientId + "/mdo");
            set("mdo-participants", "Leefcoach, huisarts, wijkverpleging");
            set("mdo-conclusion", "Thuis blijven met meer hulp.");
            set("mdo-alternatives", "Dagbesteding en respijtzorg.");
        }, () -> click("mdo-save"), (field, typed) -> {
            var mdo = mdos.mdos(clientId).get(0).data();
            return switch (field) {
                case "mdo-participants" -> mdo.participants();
                case "mdo-conclusion" -> mdo.conclusion();
                case "mdo-alternatives" -> mdo.homeAlternatives();
                default -> mdo.heldOn();
            };
        });

        assertThat(Fuzzer.run("MDO", form, new Field("mdo-participants", REQUIRED_TEXT),
                new Field("mdo-conclusion", REQUIRED_TEXT), new Field("mdo-alternatives", REQUIRED_TEXT),
                new Field("mdo-held-on", DATE))).isGreaterThan(50);
    }

    @Test
    void theWaitingListDialogsAnswerEveryHostileValueInDutchOrSaveItExactly() {
        login(LEEFCOACH);
        clientId = newClient();
        Fuzzer.Form putOn = form(() -> {
            at("clienten/" + clientId + "/overzicht");
            click("waiting-list-put-on");
        }, () -> click("waitinglist-save"), (field, typed) -> {
            var entry = waitingList.ofClient(clientId).get(0);
            return switch (field) {
                case "waitinglist-placed-on" -> entry.placedOn();
                case "waitinglist-indication" -> entry.indicationDate();
                default -> entry.history().get(0).note();
            };
        }, () -> {
            var entry = waitingList.ofClient(clientId).get(0);
            waitingList.leave(entry.id(), entry.version(), LeaveReason.NIET_MEER_NODIG, LocalDate.now(), null);
        });
        Fuzzer.Form change = onTheList("waiting-list-change", () -> pick("waitinglist-status", "Wenswachtend"),
                () -> { });
        Fuzzer.Form leave = onTheList("waiting-list-leave", () -> pick("waitinglist-reason", "Opgenomen"),
                this::putOnTheList);

        int cases = Fuzzer.run("Wachtlijst: plaatsen", putOn, new Field("waitinglist-placed-on", DATE),
                new Field("waitinglist-indication", DATE), new Field("waitinglist-note", OPTIONAL_TEXT))
                + Fuzzer.run("Wachtlijst: status", change, new Field("waitinglist-status-on", DATE),
                        new Field("waitinglist-note", OPTIONAL_TEXT))
                + Fuzzer.run("Wachtlijst: eraf", leave, new Field("waitinglist-left-on", DATE),
                        new Field("waitinglist-note", OPTIONAL_TEXT));

        assertThat(cases).isGreaterThan(70);
    }

    /** A dialog for a client who has been on the list since 2020 (and is put back on after leaving it). */
    private Fuzzer.Form onTheList(String button, Runnable choose, Runnable afterSave) {
        long client = newClient();
        return form(() -> {
            clientId = client;
            if (waitingList.current(client).isEmpty()) {
                putOnTheList();
            }
            at("clienten/" + client + "/overzicht");
            click(button);
            choose.run();
        }, () -> click("waitinglist-save"), (field, typed) -> {
            var history = waitingList.ofClient(client).get(0).history();
            var last = history.get(history.size() - 1);
            return field.equals("waitinglist-note") ? last.note() : last.on();
        }, afterSave);
    }

    /** Back on the list, on the day the last period ended at the earliest (the database allows no overlap). */
    private void putOnTheList() {
        LocalDate since = waitingList.ofClient(clientId).stream().map(WaitingListService.EntryView::leftOn)
                .filter(java.util.Objects::nonNull).max(Comparator.naturalOrder()).orElse(LocalDate.of(2020, 1, 6));
        waitingList.putOn(clientId, new WaitingListData(since, WaitingListType.VERPLEEGHUIS,
                WaitingUrgency.NORMAAL, null, WaitingStatus.ACTIEF_WACHTEND), null);
        Fuzzer.dirty = true;
    }

    private NetworkService.Member newestMember() {
        return network.members(clientId).stream().max(Comparator.comparingLong(NetworkService.Member::id))
                .orElseThrow();
    }
}
