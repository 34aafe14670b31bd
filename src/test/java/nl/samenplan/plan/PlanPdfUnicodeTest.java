package nl.samenplan.plan;

import static org.assertj.core.api.Assertions.assertThat;

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
import nl.samenplan.testsupport.PdfContent;
import org.junit.jupiter.api.Test;

/**
 * The plan prints every name as it was typed: Turkish and Polish letters, Arabic and Hebrew right to left, emoji; the
 * fonts travel inside the PDF. Read back with PDFBox, an independent reader.
 */
class PlanPdfUnicodeTest {

    private static final String MARYAM = "مريم";     // Maryam: meem, reh, yeh, meem
    private static final String SARAH = "שרה";       // Sarah: shin, resh, he

    private final Translator dutch = dutch();

    @Test
    void turkish_polish_arabic_and_hebrew_names_come_back_from_the_pdf() throws IOException {
        byte[] pdf = PlanPdf.render(plan("Şükrü Yıldız", List.of(
                agreement("Boodschappen samen doen", "Łucja Wiśniewska (buurvrouw)"),
                agreement("Koken op vrijdag", MARYAM),
                agreement("Mee naar de markt", SARAH)), "Ik ga graag naar de markt."), dutch);
        writeSampleWhenAsked(pdf, "plan-unicode.pdf");

        String text = PdfContent.text(pdf);

        assertThat(text).contains("Şükrü Yıldız", "Łucja Wiśniewska", MARYAM, SARAH)
                .as("the running head too").contains("Mijn ondersteuningsplan – Şükrü Yıldız");
        assertThat(text).doesNotContain("\uFFFD");
    }

    @Test
    void the_fonts_are_embedded_unicode_fonts_and_no_windows_1252_font_is_left() throws IOException {
        byte[] pdf = PlanPdf.render(plan("Şükrü Yıldız", List.of(agreement("Koken", MARYAM)), "Ik kook zelf."),
                dutch);

        List<PdfContent.FontInfo> fonts = PdfContent.fonts(pdf);

        assertThat(fonts).isNotEmpty().allSatisfy(font -> {
            assertThat(font.embedded()).as(font.name() + " embedded").isTrue();
            assertThat(font.name()).contains("DejaVuSans");
            assertThat(font.encoding()).isEqualTo("Identity-H");
        });
        assertThat(fonts).extracting(PdfContent.FontInfo::name).noneMatch(name -> name.contains("Helvetica"));
    }

    @Test
    void arabic_is_joined_and_arabic_and_hebrew_run_from_right_to_left() throws IOException {
        byte[] pdf = PlanPdf.render(plan("Aaltje Hoekstra", List.of(agreement("Koken", MARYAM),
                agreement("Markt", SARAH)), "Ik kook zelf."), dutch);

        List<PdfContent.Glyph> glyphs = PdfContent.glyphs(pdf);

        // the joined (presentation) forms of م ر ي م: initial meem, final reh, initial yeh, final meem
        PdfContent.Glyph initialMeem = only(glyphs, "\uFEE3");
        PdfContent.Glyph finalReh = only(glyphs, "\uFEAE");
        PdfContent.Glyph initialYeh = only(glyphs, "\uFEF3");
        PdfContent.Glyph finalMeem = only(glyphs, "\uFEE2");
        assertThat(initialMeem.x()).isGreaterThan(finalReh.x());
        assertThat(finalReh.x()).isGreaterThan(initialYeh.x());
        assertThat(initialYeh.x()).isGreaterThan(finalMeem.x());
        PdfContent.Glyph shin = only(glyphs, "ש");
        PdfContent.Glyph resh = only(glyphs, "ר");
        PdfContent.Glyph he = only(glyphs, "ה");
        assertThat(shin.x()).as("the first letter stands rightmost").isGreaterThan(resh.x());
        assertThat(resh.x()).isGreaterThan(he.x());
    }

    @Test
    void a_dutch_sentence_with_an_arabic_name_and_an_arabic_sentence_with_a_dutch_word_both_read_correctly()
            throws IOException {
        String dutchWithArabic = "Op dinsdag komt " + MARYAM + " koken.";
        String arabicWithDutch = MARYAM + " تطبخ في Heideveen.";   // "Maryam cooks in Heideveen."
        byte[] pdf = PlanPdf.render(plan("Aaltje Hoekstra", List.of(), dutchWithArabic, arabicWithDutch), dutch);
        writeSampleWhenAsked(pdf, "plan-mixed.pdf");

        String text = PdfContent.text(pdf);
        List<PdfContent.Glyph> glyphs = PdfContent.glyphs(pdf);

        // PDFBox reads every line as left to right: the Dutch sentence whole, the Arabic one as its words in order
        assertThat(text).contains(dutchWithArabic).contains(MARYAM + " تطبخ في");
        List<PdfContent.Glyph> dutchLine = lineWith(glyphs, "Op dinsdag");
        assertThat(x(dutchLine, "O")).as("the Dutch sentence starts at the left")
                .isLessThan(x(dutchLine, "\uFEE3"));
        assertThat(x(dutchLine, "\uFEE3")).as("the name inside it still reads right to left")
                .isGreaterThan(x(dutchLine, "\uFEE2"));
        assertThat(x(dutchLine, "\uFEE3")).isLessThan(x(dutchLine, "."));
        List<PdfContent.Glyph> arabicLine = lineWith(glyphs, ".Heideveen");   // drawn from the left: the full stop first
        assertThat(x(arabicLine, "\uFEE3")).as("the Arabic sentence starts at the right")
                .isGreaterThan(x(arabicLine, "\uFE97"));
        assertThat(x(arabicLine, "\uFE97")).as("the Dutch word follows it to the left")
                .isGreaterThan(x(arabicLine, "H"));
        assertThat(x(arabicLine, "H")).as("left to right inside the Dutch word").isLessThan(x(arabicLine, "n"));
    }

    /** The glyphs of the one line (same page, same height) whose glyphs, in drawing order, hold the given text. */
    private static List<PdfContent.Glyph> lineWith(List<PdfContent.Glyph> glyphs, String text) {
        List<List<PdfContent.Glyph>> lines = glyphs.stream()
                .collect(java.util.stream.Collectors.groupingBy(g -> g.page() + "/" + Math.round(g.y()),
                        java.util.LinkedHashMap::new, java.util.stream.Collectors.toList()))
                .values().stream()
                .filter(line -> line.stream().map(PdfContent.Glyph::text).collect(
                        java.util.stream.Collectors.joining()).contains(text))
                .toList();
        assertThat(lines).as("lines with " + text).hasSize(1);
        return lines.get(0);
    }

    private static float x(List<PdfContent.Glyph> line, String text) {
        return only(line, text).x();
    }

    @Test
    void emoji_print_from_the_symbol_font_and_one_no_font_has_prints_as_a_visible_replacement_character()
            throws IOException {
        String words = "Koffie ☕ met de buren 😀, dat gaat goed 👍. Dank je wel 🫶";
        byte[] pdf = PlanPdf.render(plan("Aaltje Hoekstra", List.of(), words), dutch);
        writeSampleWhenAsked(pdf, "plan-emoji.pdf");

        String text = PdfContent.text(pdf);

        assertThat(text).contains("Koffie ☕ met de buren 😀, dat gaat goed 👍. Dank je wel \uFFFD");
        assertThat(text).as("U+1FAF6 (Unicode 14) is in none of the fonts").doesNotContain("🫶");
        assertThat(PdfContent.fonts(pdf)).extracting(PdfContent.FontInfo::name).anyMatch(n -> n.contains("Symbola"));
    }

    private static PlanPrint.Agreement agreement(String what, String who) {
        return new PlanPrint.Agreement(what, who, "Eigen netwerk", "elke week", "vanaf 01-12-2026", null, null);
    }

    private static PlanPrint plan(String name, List<PlanPrint.Agreement> agreements, String... answers) {
        List<String> words = new ArrayList<>(List.of(answers));
        while (words.size() < 3) {
            words.add(null);
        }
        return new PlanPrint(name, "14-03-1939", "Heideveen", "Dorpsteam Heideveen", "Marieke de Vries",
                "25-11-2026", words.get(0), words.get(1), words.get(2), List.of(), List.of(), agreements, null, null,
                "18-05-2027");
    }

    private static PdfContent.Glyph only(List<PdfContent.Glyph> glyphs, String text) {
        List<PdfContent.Glyph> found = glyphs.stream().filter(g -> g.text().equals(text)).toList();
        assertThat(found).as("glyph " + text).hasSize(1);
        return found.get(0);
    }

    private static Translator dutch() {
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources/i18n/pdf_nl.properties"),
                StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Locale dutch = Locale.forLanguageTag("nl-NL");
        return (key, params) -> params.length == 0 ? texts.getProperty(key)
                : new MessageFormat(texts.getProperty(key), dutch).format(params);
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
