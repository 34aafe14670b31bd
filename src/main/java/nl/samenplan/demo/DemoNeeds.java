package nl.samenplan.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.samenplan.plan.SupportRung;

/** The needs the demo's stories draw from, per rung of the ladder, in the villages' own words. */
final class DemoNeeds {

    /** A need of the story: on which rung it is meant to be met, and what is asked. */
    record Need(SupportRung rung, long category, String what, String frequency, boolean self) {
    }

    /** Professional care the stories indicate: kind, what, provider, funding domain, how often. */
    static final String[][] PROFESSIONAL_CARE = {
        {"Huishouden", "Huishoudelijke hulp", "Thuishulp Noord", "WMO", "Eens per week"},
        {"Persoonlijke verzorging", "Hulp bij wassen en aankleden", "Thuiszorg De Linde", "ZVW",
            "Dagelijks"},
        {"Wondzorg", "Wondzorg na de val", "Wijkverpleging Veenhof", "ZVW", "Ma, wo en vr"},
        {"Medicatie toedienen", "Medicatie uitzetten en toedienen", "Thuiszorg De Linde", "ZVW",
            "Dagelijks"},
        {"Toezicht en dagbesteding", "Dagbesteding op zorgboerderij De Esch", "Zorgboerderij De Esch",
            "WMO", "Di en vr"}};

    private DemoNeeds() {
    }

    /** Volunteers of the register the story does not use: Jan has a login (his Mijn taken stays as it is). */
    static final Set<String> NOT_IN_THE_STORY = Set.of("Jan Hoving");
    /** How many agreements of the story a volunteer still has today (their weekly room stays for the others). */
    static final Map<String, Integer> VOLUNTEER_ROOM = Map.of("Gerrit Lanting", 2, "Joke Mulder", 1,
            "Harm Bosch", 1);

    /**
     * Whether the story takes this proposal for the need: on the rung asked, not an overburdened caregiver, not a
     * volunteer outside the story or (for help that goes on) one whose room in the story is taken.
     */
    static boolean acceptable(nl.samenplan.workflow.Proposal p, Need need, boolean ending, Set<Long> overburdened,
            Map<String, Integer> volunteersInForce) {
        return p.rung() == need.rung()
                && (p.rung() != SupportRung.EIGEN_NETWERK || !overburdened.contains(p.candidateId()))
                && (p.rung() != SupportRung.VRIJWILLIGERS || !NOT_IN_THE_STORY.contains(p.candidateName())
                        && (ending || volunteersInForce.getOrDefault(p.candidateName(), 0)
                                < VOLUNTEER_ROOM.getOrDefault(p.candidateName(), 0)));
    }


    /**
     * A need meant to be met on this rung: the client themselves, a naaste who can help with it and is not
     * overburdened (else a general provision), a volunteer's kind of help, or a general provision of the village.
     */
    static Need choose(SupportRung rung, int pick, String village, Map<String, Long> categories, List<long[]> members,
            Set<Long> overburdened) {
    return switch (rung) {
        case ZELF -> {
            String[][] options = {{"Boodschappen", "Zelf boodschappen bestellen bij de supermarkt"},
                {"Bewegen", "Zelf elke ochtend de oefeningen van de fysiotherapeut"},
                {"Maaltijden", "Zelf koken met kant-en-klaarmaaltijden uit de vriezer"},
                {"Medicatie (herinneren)", "Medicijndoos met een wekker; neemt de pillen zelf in"},
                {"Huishouden", "De lichte klusjes in huis zelf, in eigen tempo"}};
            String[] o = options[pick % options.length];
            yield new Need(rung, categories.get(o[0]), o[1], null, true);
        }
        case EIGEN_NETWERK -> {
            List<Long> possible = new ArrayList<>();
            for (long[] m : members) {
                if (!overburdened.contains(m[0])) {
                    for (int k = 1; k < m.length; k++) {
                        possible.add(m[k]);
                    }
                }
            }
            if (possible.isEmpty()) {
                yield choose(SupportRung.ALGEMENE_VOORZIENINGEN, pick, village, categories, members,
                        overburdened);
            }
            possible.sort(Comparator.naturalOrder());
            long category = possible.get(pick % possible.size());
            String name = categories.entrySet().stream().filter(e -> e.getValue() == category)
                    .map(Map.Entry::getKey).findFirst().orElseThrow();
            yield new Need(rung, category, switch (name) {
                case "Boodschappen" -> "Boodschappen voor de week";
                case "Maaltijden" -> "Kookt een extra portie voor de volgende dag";
                case "Gezelschap" -> "Komt 's avonds een kop koffie drinken";
                case "Administratie" -> "Post en rekeningen samen doornemen";
                case "Vervoer" -> "Rijdt mee naar de huisarts en het ziekenhuis";
                default -> "Kleine klussen in en om het huis";
            }, pick % 2 == 0 ? "In overleg" : "Naar behoefte", false);
        }
        case VRIJWILLIGERS -> {
            boolean heideveen = village.equals("Heideveen");
            yield heideveen && pick % 3 == 1
                    ? new Need(rung, categories.get("Administratie"), "Hulp bij de post en de formulieren",
                            "Naar behoefte", false)
                    : new Need(rung, categories.get("Vervoer"), "Rit naar het ziekenhuis in Veenwolde",
                            "Bij afspraken", false);
        }
        default -> {
            String[][] options = village.equals("Heideveen")
                    ? new String[][] {{"Maaltijden", "Warme maaltijd aan huis"},
                        {"Gezelschap", "Koffieochtend in het dorpshuis"},
                        {"Toezicht en dagbesteding", "Dagbesteding in het dorpshuis"},
                        {"Bewegen", "Beweeggroep via Welzijn op Recept"}}
                    : new String[][] {{"Gezelschap", "Koffieochtend in het dorpshuis"},
                        {"Toezicht en dagbesteding", "Dagbesteding in het dorpshuis"},
                        {"Administratie", "De Formulierenbrigade komt langs"},
                        {"Bewegen", "Beweeggroep via Welzijn op Recept"}};
            String[] o = options[pick % options.length];
            yield new Need(SupportRung.ALGEMENE_VOORZIENINGEN, categories.get(o[0]), o[1], "In overleg",
                    false);
        }
    };
}
}
