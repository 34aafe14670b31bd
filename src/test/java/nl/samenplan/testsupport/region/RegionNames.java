package nl.samenplan.testsupport.region;

import java.util.Random;

/** The made-up names and places of a generated region (nobody real). */
final class RegionNames {

    static final String[] FIRST = {"Anna", "Bep", "Cor", "Dirk", "Els", "Fenna", "Gerrit", "Hennie", "Ineke", "Jan",
        "Klaas", "Lies", "Marie", "Nel", "Oene", "Piet", "Riek", "Sjoerd", "Truus", "Wim", "Yusuf", "Fatima", "Zeynep",
        "Mohamed"};
    static final String[] LAST = {"Bakker", "de Boer", "Dijkstra", "de Graaf", "Hoekstra", "de Jong", "Jansen",
        "Kok", "Meijer", "Mulder", "Postma", "Smit", "van der Veen", "Visser", "de Vries", "Wijnstra", "Yilmaz",
        "El Amrani", "Bos", "Vos"};
    static final String[] VILLAGES = {"Heideveen", "Oosterzand", "Westerbroek", "Noordwolde", "Zuiderhoek",
        "Mariënburg", "Aldeboarn", "Eexterveen", "Ter Apel", "Hollandscheveld", "Donkerbroek", "Sint Jacobiparochie"};
    static final String[] ROLE_NAMES = {"Leefcoach", "Leefcoach", "Leefcoach", "Leefcoach", "Wijkverpleegkundige",
        "Wijkverpleegkundige", "Dorpsregisseur", "Vrijwilligerscoördinator", "Manager"};
    static final String[] RELATIONS = {"PARTNER", "KIND", "BUUR", "VRIEND", "LID_ZORGCIRKEL", "ANDERS"};
    static final String[] FREQUENCIES = {"wekelijks", "dagelijks", "di en do", "om de week op vrijdag", "zo nodig",
        "maandelijks", "3x per week", "eenmalig"};
    static final String[] TASKS = {"Wondzorg", "Boodschappen doen", "Medicatie herinneren", "Samen wandelen",
        "Steunkousen aantrekken", "Maaltijd brengen", "Administratie doornemen", "Bezoek", "Douchen"};
    static final String[] PROVISIONS = {"Dorpshuis", "Maaltijdservice", "Buurtbus", "Ouderensoos", "Tafeltje-dek-je"};
    static final String[] ORGANISATIONS = {"Thuiszorg Noord", "Wijkverpleging Zuid", "Zorggroep De Linde"};

    private RegionNames() {
    }

    static String person(Random random) {
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    static <T> T any(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }
}
