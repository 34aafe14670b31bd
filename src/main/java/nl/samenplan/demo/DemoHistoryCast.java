package nl.samenplan.demo;

import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenplan.waitinglist.LeaveReason;
import nl.samenplan.waitinglist.WaitingListType;
import nl.samenplan.waitinglist.WaitingStatus;

/**
 * The cast and the waiting-list script of the demo history ({@link DemoHistory}): forty invented residents
 * of the demo villages, their relatives and neighbours, who is overburdened, who dies, and the periods they
 * spend on the nursing-home waiting list (days counted from two years ago). Invented names only.
 */
final class DemoHistoryCast {

    private DemoHistoryCast() {
    }

    static final String[][] RESIDENTS = {
        // first name, last name, village, year of birth (none of the names of DemoClients)
        {"Aafke", "Roelfsema", "Heideveen", "1936"}, {"Bouwe", "Kremer", "Oosterzand", "1940"},
        {"Dieuwke", "Smeenge", "Kloosterdijk", "1943"}, {"Eltjo", "Huizing", "Heideveen", "1938"},
        {"Anje", "Hofman", "Oosterzand", "1939"}, {"Gerben", "Doornbos", "Heideveen", "1934"},
        {"Arend", "Pepping", "Kloosterdijk", "1938"}, {"Hilje", "Tammeling", "Heideveen", "1941"},
        {"Berend", "Slagter", "Oosterzand", "1936"}, {"Jentje", "Bolhuis", "Heideveen", "1939"},
        {"Bertha", "Hulshof", "Kloosterdijk", "1940"}, {"Clasina", "Vos", "Oosterzand", "1944"},
        {"Geesje", "Lamberts", "Heideveen", "1947"}, {"Coba", "Vegter", "Kloosterdijk", "1945"},
        {"Reint", "Venema", "Heideveen", "1937"}, {"Durk", "Feenstra", "Oosterzand", "1941"},
        {"Sjoukje", "Wiersma", "Heideveen", "1944"}, {"Evert", "Hummel", "Kloosterdijk", "1936"},
        {"Engeltje", "Koops", "Oosterzand", "1938"}, {"Tonnis", "Mensinga", "Heideveen", "1935"},
        {"Fenna", "Lesterhuis", "Kloosterdijk", "1942"}, {"Fokke", "Westra", "Oosterzand", "1946"},
        {"Wubbina", "Kamphuis", "Heideveen", "1942"}, {"Gosse", "Ritsema", "Kloosterdijk", "1939"},
        {"Gepke", "Zijlstra", "Oosterzand", "1940"}, {"Abel", "Nienhuis", "Heideveen", "1950"},
        {"Hinke", "Sikkema", "Kloosterdijk", "1944"}, {"Hindrik", "Dekker", "Oosterzand", "1935"},
        {"Elly", "Stoter", "Heideveen", "1948"}, {"Jurjen", "Kooistra", "Kloosterdijk", "1934"},
        {"Jeltje", "Oosterhof", "Oosterzand", "1943"}, {"Hielke", "Beukema", "Heideveen", "1933"},
        {"Lies", "Bronsema", "Kloosterdijk", "1947"}, {"Lubbert", "Wever", "Oosterzand", "1937"},
        {"Dieke", "Meijering", "Heideveen", "1945"}, {"Menno", "Eggens", "Kloosterdijk", "1941"},
        {"Martha", "Eising", "Oosterzand", "1949"}, {"Sietske", "Mensinga", "Heideveen", "1939"},
        {"Wietze", "Haaksma", "Kloosterdijk", "1937"}, {"Rikus", "Bouma", "Oosterzand", "1942"}};
    static final String[] STREETS = {"Esweg", "Brinkstraat", "Veenkade", "Molenweg", "Schoolstraat",
        "Hoofdweg", "Middelweg", "Zuiderbrink"};
    static final String[] RELATIVES = {"Anneke", "Klaas", "Marja", "Henk", "Ria", "Gert", "Ineke", "Bert",
        "Wilma", "Roelie", "Sietse", "Gea"};
    static final String[] NEIGHBOURS = {"Jannes Wolthuis", "Tineke Prins", "Harry Schuurman",
        "Alie Boerema", "Derk Jan Smid", "Minke Haan", "Lammert Groen", "Jantina Oldenburger"};
    /** Mantelzorgers at or over the burden threshold: the rules pass them over. */
    static final Set<Integer> OVERBURDENED = Set.of(2, 9, 15, 27, 33);
    /** Clients who died without ever being on the waiting list: client index → day. */
    static final Map<Integer, Integer> DIED = Map.of(30, 505, 36, 610);

    // ---------------------------------------------------------------------------------------------------------
    // The waiting list: 28 periods of 27 clients

    /** One period on the list: placed on a day, status changes, left on a day (-1: still on it) with a reason. */
    record Period(int client, int placed, WaitingListType type, boolean urgent, int left, LeaveReason reason,
            List<Change> changes) {
    }

    record Change(int day, WaitingStatus status, String note) {
    }

    static List<Period> periods() {
        WaitingListType vph = WaitingListType.VERPLEEGHUIS;
        WaitingListType klein = WaitingListType.KLEINSCHALIG_WONEN;
        String support = "Met de afspraken in het plan gaat het thuis weer";
        return List.of(
                period(0, 5, vph, false, 150, LeaveReason.BLIJFT_THUIS, vn(60, support)),
                period(1, 12, vph, true, 95, LeaveReason.OPGENOMEN),
                period(2, 20, klein, false, 200, LeaveReason.BLIJFT_THUIS, vn(100, support)),
                period(3, 31, vph, false, 260, LeaveReason.BLIJFT_THUIS, vn(120, "Dagbesteding en de buren helpen")),
                period(3, 540, vph, true, 688, LeaveReason.OPGENOMEN),
                period(4, 40, klein, false, 230, LeaveReason.OPGENOMEN,
                        new Change(70, WaitingStatus.WENSWACHTEND, "Wacht op een plek in het eigen dorp")),
                period(5, 48, vph, true, 140, LeaveReason.OVERLEDEN),
                period(6, 60, vph, false, 300, LeaveReason.BLIJFT_THUIS, vn(150, support)),
                period(7, 71, WaitingListType.ANDERS, false, 330, LeaveReason.NIET_MEER_NODIG,
                        vn(180, "Revalidatie gaat goed")),
                period(8, 85, vph, false, 365, LeaveReason.BLIJFT_THUIS, vn(170, support)),
                period(9, 97, vph, false, 310, LeaveReason.OPGENOMEN,
                        new Change(130, WaitingStatus.WENSWACHTEND, "Wil naar De Veenhoeve, waar haar zus woont")),
                period(10, 110, klein, false, 400, LeaveReason.BLIJFT_THUIS, vn(210, support)),
                period(11, 128, vph, false, 380, LeaveReason.OVERLEDEN, vn(230, support),
                        new Change(330, WaitingStatus.ACTIEF_WACHTEND, "Gaat snel achteruit")),
                period(12, 150, vph, false, 420, LeaveReason.BLIJFT_THUIS, vn(260, support)),
                period(13, 172, klein, false, 250, LeaveReason.VERHUISD),
                period(14, 205, vph, false, 470, LeaveReason.BLIJFT_THUIS, vn(300, support)),
                period(15, 240, vph, false, 520, LeaveReason.BLIJFT_THUIS, vn(340, "Respijtzorg geeft de partner lucht")),
                period(16, 290, klein, false, 560, LeaveReason.BLIJFT_THUIS, vn(380, support)),
                period(17, 330, vph, true, 450, LeaveReason.OPGENOMEN),
                period(18, 395, vph, false, 600, LeaveReason.BLIJFT_THUIS, vn(470, support)),
                period(19, 450, klein, false, 640, LeaveReason.NIET_MEER_NODIG, vn(520, support)),
                period(20, 505, vph, false, 650, LeaveReason.BLIJFT_THUIS, vn(570, support)),
                period(21, 580, vph, true, 610, LeaveReason.OVERLEDEN),
                period(22, 630, vph, false, -1, null, vn(690, support)),
                period(23, 668, vph, false, -1, null),
                period(24, 700, klein, false, -1, null,
                        new Change(712, WaitingStatus.WENSWACHTEND, "Alleen kleinschalig wonen in Oosterzand")),
                period(25, 715, vph, true, -1, null),
                period(26, 560, klein, false, -1, null, vn(640, support)));
    }

    private static Period period(int client, int placed, WaitingListType type, boolean urgent, int left,
            LeaveReason reason, Change... changes) {
        return new Period(client, placed, type, urgent, left, reason, List.of(changes));
    }

    private static Change vn(int day, String note) {
        return new Change(day, WaitingStatus.VOORLOPIG_NIET, note);
    }

    /** What the waiting list notes when a client of the story leaves it. */
    static String leaveNote(LeaveReason reason) {
        return switch (reason) {
            case BLIJFT_THUIS -> "Blijft thuis wonen met steun van het netwerk en het dorp";
            case OPGENOMEN -> "Opgenomen in het verpleeghuis";
            case OVERLEDEN -> "Overleden";
            case NIET_MEER_NODIG -> "Opname is niet meer nodig";
            case VERHUISD -> "Verhuisd naar een dochter buiten de regio";
        };
    }
}
