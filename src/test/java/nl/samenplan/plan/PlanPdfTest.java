package nl.samenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The printable plan: the client's words, life areas, goals, agreements and review date end up on paper. */
class PlanPdfTest {

    private static final Path DUTCH = Path.of("src/main/resources/i18n/pdf_nl.properties");
    private static final Path ENGLISH = Path.of("src/main/resources/i18n/pdf_en.properties");

    private final Set<String> usedKeys = new TreeSet<>();
    private final Translator dutch = translator(load(DUTCH), Locale.forLanguageTag("nl-NL"));

    @Test
    void a_realistic_plan_prints_the_clients_own_words_life_areas_goals_agreements_and_review_date() throws IOException {
        byte[] pdf = PlanPdf.render(aaltje(), dutch);
        writeSampleWhenAsked(pdf, "plan.pdf");

        String text = textOf(pdf);
        assertThat(text)
                .startsWith("Mijn ondersteuningsplan")
                .contains("Aaltje Hoekstra", "Heideveen", "Marieke de Vries")
                .contains("Wat kunt u nog zelf?", "Waar heeft u behoefte aan?",
                        "Wat gaat u zelf doen, en waar kunnen wij bij helpen?")
                .contains("ik zet elke ochtend zelf koffie")
                .contains("Financiën", "7 van 10", "Sociale contacten")
                .contains("Ik wil veilig kunnen douchen, zonder bang te zijn dat ik val.")
                .contains("Hulp bij het douchen", "Professionele zorg (Zvw)", "Eigen netwerk", "Vrijwilligers")
                .contains("Voor welk doel")
                .contains("Volgende bespreking", "18-05-2027")
                .contains("Afgesproken op", "18-11-2026")
                .contains("Dit plan is van u. Bewaar het goed.", "Vragen? Bel uw leefcoach Marieke de Vries.")
                .contains("Gemaakt op 25-11-2026");
        assertThat(text).as("Windows-1252 characters survive").contains("’s middags", "€ 2,50", "egoïstisch", "–");
        assertThat(text).doesNotContain("nog niet ingevuld");
        int pages = pages(pdf);
        assertThat(text).contains("Pagina 1 van " + pages);
    }

    @Test
    void a_plan_with_nothing_filled_in_still_renders_and_says_not_filled_in_yet() throws IOException {
        PlanPrint empty = new PlanPrint(null, "", null, " ", null, null, null, "", null, null, List.of(), null,
                null, null, "");

        byte[] pdf = PlanPdf.render(empty, dutch);
        writeSampleWhenAsked(pdf, "plan-empty.pdf");

        String text = textOf(pdf);
        assertThat(text).contains("Mijn ondersteuningsplan", "Wat kunt u nog zelf?", "nog niet ingevuld",
                "Er zijn nog geen cijfers ingevuld.", "Er zijn nog geen doelen ingevuld.",
                "Er zijn nog geen afspraken ingevuld.", "Vragen? Bel uw leefcoach.", "Pagina 1 van " + pages(pdf));
        assertThat(text).as("no consent is claimed that was not given").doesNotContain("U bent het ermee eens");
        assertThat(text).doesNotContain("null");
    }

    @Test
    void a_plan_with_forty_agreements_runs_over_several_pages_and_repeats_the_table_header() throws IOException {
        List<PlanPrint.Agreement> many = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            many.add(new PlanPrint.Agreement("Afspraak nummer " + i + ": samen boodschappen doen bij de Spar",
                    "Buurman Hendrik de Boer", "Eigen netwerk", "elke week", "vanaf 01-12-2026", null,
                    "Zelf blijven koken"));
        }
        PlanPrint plan = withAgreements(aaltje(), many);

        byte[] pdf = PlanPdf.render(plan, dutch);
        writeSampleWhenAsked(pdf, "plan-long.pdf");

        int pages = pages(pdf);
        assertThat(pages).isGreaterThanOrEqualTo(3);
        String text = textOf(pdf);
        IntStream.rangeClosed(1, 40).forEach(i -> assertThat(text).contains("Afspraak nummer " + i + ":"));
        assertThat(text).contains("Pagina " + pages + " van " + pages).doesNotContain("nog niet ingevuld");
        long pagesWithAgreements = IntStream.rangeClosed(1, pages)
                .filter(p -> pageText(pdf, p).contains("Afspraak nummer")).count();
        long pagesWithHeader = IntStream.rangeClosed(1, pages)
                .filter(p -> pageText(pdf, p).contains("Afspraak nummer") && pageText(pdf, p).contains("Voor welk doel"))
                .count();
        assertThat(pagesWithAgreements).isGreaterThanOrEqualTo(2);
        assertThat(pagesWithHeader).as("the table header is repeated on every page").isEqualTo(pagesWithAgreements);
    }

    @Test
    void dutch_and_english_have_the_same_keys_and_every_key_the_pdf_asks_for() throws IOException {
        PlanPdf.render(aaltje(), dutch);
        PlanPdf.render(new PlanPrint(null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null), dutch);
        Properties nl = load(DUTCH);
        Properties en = load(ENGLISH);

        assertThat(en.stringPropertyNames()).isEqualTo(nl.stringPropertyNames());
        assertThat(nl.stringPropertyNames()).allMatch(key -> key.startsWith("pdf."));
        assertThat(nl.stringPropertyNames()).containsAll(usedKeys);
        byte[] english = PlanPdf.render(aaltje(), translator(en, Locale.ENGLISH));
        writeSampleWhenAsked(english, "plan-en.pdf");
        assertThat(textOf(english))
                .contains("My support plan", "What can you still do yourself?", "Financiën", "7 out of 10",
                        "Page 1 of");
    }

    static PlanPrint aaltje() {
        return new PlanPrint("Aaltje Hoekstra", "14-03-1939", "Heideveen", "Dorpsteam Heideveen", "Marieke de Vries",
                "25-11-2026",
                "Ik kan mezelf nog goed aankleden en ik zet elke ochtend zelf koffie. De krant lees ik elke dag, "
                        + "met mijn loep. ’s middags drink ik thee bij de buurvrouw.",
                "Sinds mijn val durf ik niet meer alleen te douchen. Boodschappen doen lukt niet meer, de winkel is "
                        + "te ver. En ik mis de mensen. Ik wil niet egoïstisch zijn, maar sinds Jan er niet meer is, "
                        + "is het stil in huis.",
                "Ik ga elke dag een rondje lopen met mijn rollator, als het weer het toelaat.\nMijn dochter Ineke "
                        + "helpt met de post. Graag hulp bij het douchen, en iemand die mij naar de soos brengt.",
                List.of(new PlanPrint.Score("Gezondheid", 6), new PlanPrint.Score("Wonen", 7),
                        new PlanPrint.Score("Financiën", 8), new PlanPrint.Score("Sociale contacten", 4),
                        new PlanPrint.Score("Dagbesteding", 5), new PlanPrint.Score("Mobiliteit", 4),
                        new PlanPrint.Score("Zelfzorg", 3), new PlanPrint.Score("Zingeving", 7)),
                List.of(new PlanPrint.Goal("Sociale contacten", "Ik wil weer elke dinsdag naar de soos in het dorpshuis."),
                        new PlanPrint.Goal("Zelfzorg", "Ik wil veilig kunnen douchen, zonder bang te zijn dat ik val.")),
                List.of(new PlanPrint.Agreement("Elke dag een rondje lopen met de rollator", "Aaltje zelf", "Zelf",
                                "elke dag", "vanaf 01-12-2026", null, "Weer naar de soos"),
                        new PlanPrint.Agreement("Een douchekruk en beugels plaatsen in de badkamer",
                                "Ineke Hoekstra (dochter)", "Eigen netwerk", "één keer", "december 2026", "",
                                "Veilig douchen"),
                        new PlanPrint.Agreement("Vervoer naar de soos in het dorpshuis (€ 2,50 per rit)",
                                "Heideveen Rijdt – Gerrit Bakker", "Vrijwilligers", "elke dinsdag, 13.30 uur",
                                "vanaf 08-12-2026", null, "Weer naar de soos"),
                        new PlanPrint.Agreement("Hulp bij het douchen", "Wijkverpleging Zorggroep Heideveen",
                                "Professionele zorg", "2 keer per week (di en vr)", "01-12-2026 tot 01-03-2027", "Zvw",
                                "Veilig douchen")),
                "18-11-2026", "Ineke Hoekstra (dochter) en Marieke de Vries (leefcoach)", "18-05-2027");
    }

    private static PlanPrint withAgreements(PlanPrint p, List<PlanPrint.Agreement> agreements) {
        return new PlanPrint(p.clientName(), p.dateOfBirth(), p.village(), p.teamName(), p.ownerName(), p.printedOn(),
                p.answerCanDoSelf(), p.answerNeeds(), p.answerWillDo(), p.scores(), p.goals(), agreements, p.agreedOn(),
                p.agreedWith(), p.reviewDate());
    }

    /** Like the app's Translations: MessageFormat only with parameters; a missing key fails the test. */
    private Translator translator(Properties texts, Locale locale) {
        return (key, params) -> {
            usedKeys.add(key);
            String pattern = texts.getProperty(key);
            if (pattern == null) {
                throw new AssertionError("missing PDF text " + key);
            }
            return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
        };
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return properties;
    }

    private static int pages(byte[] pdf) throws IOException {
        try (PdfReader reader = new PdfReader(pdf)) {
            return reader.getNumberOfPages();
        }
    }

    private static String textOf(byte[] pdf) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int page = 1; page <= pages(pdf); page++) {
            text.append(pageText(pdf, page)).append(' ');
        }
        return text.toString().strip();
    }

    private static String pageText(byte[] pdf, int page) {
        try (PdfReader reader = new PdfReader(pdf)) {
            return new PdfTextExtractor(reader).getTextFromPage(page).replaceAll("\\s+", " ");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** {@code -Dplan.pdf.samples=/tmp/pdf} keeps the rendered plans in that folder, to look at. */
    private static void writeSampleWhenAsked(byte[] pdf, String name) throws IOException {
        String folder = System.getProperty("plan.pdf.samples");
        if (folder != null && !folder.isBlank()) {
            Path path = Path.of(folder, name);
            Files.createDirectories(path.getParent());
            Files.write(path, pdf);
        }
    }
}
