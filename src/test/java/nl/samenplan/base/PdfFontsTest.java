package nl.samenplan.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which font sets which character, and which way a text runs. */
class PdfFontsTest {

    private final Font italic = PdfFonts.font(PdfFonts.Style.ITALIC, 11, Color.DARK_GRAY);

    @Test
    void a_text_runs_right_to_left_when_its_first_strong_character_is_arabic_or_hebrew() {
        assertThat(PdfFonts.runDirection("مريم تطبخ في Heideveen.")).isEqualTo(PdfWriter.RUN_DIRECTION_RTL);
        assertThat(PdfFonts.runDirection("(שרה)")).isEqualTo(PdfWriter.RUN_DIRECTION_RTL);
        assertThat(PdfFonts.runDirection("Vragen? Bel مريم.")).isEqualTo(PdfWriter.RUN_DIRECTION_LTR);
        assertThat(PdfFonts.runDirection("Şükrü Yıldız, 12-03-1950")).as("no bidi work without right-to-left text")
                .isEqualTo(PdfWriter.RUN_DIRECTION_NO_BIDI);
        assertThat(PdfFonts.runDirection(null)).isEqualTo(PdfWriter.RUN_DIRECTION_NO_BIDI);
    }

    @Test
    void arabic_in_italics_falls_back_to_the_upright_font_and_keeps_size_and_colour() {
        List<Chunk> chunks = PdfFonts.chunks("Naam: مريم", italic);

        assertThat(chunks).extracting(Chunk::getContent).containsExactly("Naam: ", "مريم");
        assertThat(chunks.get(0).getFont().getBaseFont()).isSameAs(PdfFonts.baseFont(PdfFonts.Style.ITALIC));
        assertThat(chunks.get(1).getFont().getBaseFont()).isSameAs(PdfFonts.baseFont(PdfFonts.Style.REGULAR));
        assertThat(chunks.get(1).getFont().getSize()).isEqualTo(11);
        assertThat(chunks.get(1).getFont().getColor()).isEqualTo(Color.DARK_GRAY);
    }

    @Test
    void an_emoji_dejavu_lacks_comes_from_symbola_and_one_no_font_has_becomes_the_replacement_character() {
        Font regular = PdfFonts.font(PdfFonts.Style.REGULAR, 12, Color.BLACK);

        List<Chunk> chunks = PdfFonts.chunks("Goed 👍 dank 🫶", regular);

        assertThat(chunks).extracting(Chunk::getContent).containsExactly("Goed ", "👍", " dank \uFFFD");
        assertThat(chunks.get(1).getFont().getBaseFont()).isSameAs(PdfFonts.symbols());
    }

    @Test
    void invisible_joiners_and_variation_selectors_stay_in_the_text_for_the_layout() {
        Font regular = PdfFonts.font(PdfFonts.Style.REGULAR, 12, Color.BLACK);

        String family = "👨\u200D👩\u200D👧";
        String joined = String.join("", PdfFonts.chunks("Hart ❤\uFE0F en " + family, regular).stream()
                .map(Chunk::getContent).toList());

        assertThat(joined).isEqualTo("Hart ❤\uFE0F en " + family).doesNotContain("\uFFFD");
    }

    @Test
    void each_font_is_loaded_once() {
        assertThat(PdfFonts.baseFont(PdfFonts.Style.BOLD)).isSameAs(PdfFonts.baseFont(PdfFonts.Style.BOLD));
        assertThat(PdfFonts.font(PdfFonts.Style.BOLD, 9, Color.WHITE).getBaseFont())
                .isSameAs(PdfFonts.font(PdfFonts.Style.BOLD, 20, Color.BLACK).getBaseFont());
    }
}
