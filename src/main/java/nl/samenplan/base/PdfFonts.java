package nl.samenplan.base;

import com.lowagie.text.Chunk;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fonts of every PDF Samenplan prints (the client's plan, the funders' export): DejaVu Sans, embedded as Unicode
 * (Identity-H), so names such as Şükrü Yıldız, Łucja, مريم or שרה print as typed; Symbola after it for emoji and
 * symbols that DejaVu lacks. Each font file is read once per JVM.
 *
 * <p>Text goes through {@link #phrase} or {@link #chunks}: every character is set in the first font that has it (the
 * style's DejaVu, then DejaVu Sans regular, e.g. for Arabic in italics, then Symbola). A character that no font has
 * (e.g. an emoji newer than Unicode 10, such as 🫶) is printed as the replacement character � (U+FFFD), so the
 * reader sees that something stood there, and it is logged as a code point (never the text). Invisible format
 * characters (zero-width joiner, variation selectors, direction marks) stay in the text for the line layout but draw
 * nothing. Emoji print in black and white, one glyph per code point: a family written with zero-width joiners shows
 * its members side by side.
 *
 * <p>Right to left: {@link #runDirection} says whether a text starts right to left (its first strong character is
 * Arabic or Hebrew); a table cell or column set to that direction lays the text out with the Unicode bidirectional
 * algorithm and joins Arabic letters. Text added straight to the document gets no bidirectional layout: put text that
 * may hold user input in a cell.
 */
public final class PdfFonts {

    /** The replacement character, printed for a character no font has. */
    public static final char MISSING = '\uFFFD';

    /** The three looks of the text; italic has no Arabic and Hebrew of its own and falls back to regular for those. */
    public enum Style {
        REGULAR("DejaVuSans.ttf"), BOLD("DejaVuSans-Bold.ttf"), ITALIC("DejaVuSans-Oblique.ttf");

        private final String file;

        Style(String file) {
            this.file = file;
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(PdfFonts.class);

    private PdfFonts() {
    }

    /** Loaded on first use, once: the class is initialised by the JVM exactly once. */
    private static final class Loaded {
        static final BaseFont REGULAR = load(Style.REGULAR.file);
        static final BaseFont BOLD = load(Style.BOLD.file);
        static final BaseFont ITALIC = load(Style.ITALIC.file);
        static final BaseFont SYMBOLS = load("Symbola.ttf");
    }

    private static BaseFont load(String file) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font missing from the classpath: /fonts/" + file);
            }
            return BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static BaseFont baseFont(Style style) {
        return switch (style) {
            case REGULAR -> Loaded.REGULAR;
            case BOLD -> Loaded.BOLD;
            case ITALIC -> Loaded.ITALIC;
        };
    }

    /** The symbol font after DejaVu: emoji and pictographs up to Unicode 10. */
    public static BaseFont symbols() {
        return Loaded.SYMBOLS;
    }

    public static Font font(Style style, float size, Color color) {
        return new Font(baseFont(style), size, Font.NORMAL, color);
    }

    /** The text in the given font, with fallback fonts where it lacks a character. */
    public static Phrase phrase(String text, Font font) {
        Phrase phrase = new Phrase();
        phrase.setFont(font);
        phrase.addAll(chunks(text, font));
        return phrase;
    }

    /**
     * The text cut into chunks, each in the first font that has its characters: the given font, DejaVu Sans regular,
     * Symbola; all in the given font's size and colour.
     */
    public static List<Chunk> chunks(String text, Font font) {
        List<Chunk> chunks = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return chunks;
        }
        BaseFont[] order = order(font.getBaseFont());
        StringBuilder run = new StringBuilder();
        BaseFont runFont = null;
        Set<String> missing = new TreeSet<>();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            BaseFont chosen = fontFor(codePoint, order);
            if (chosen == null && invisible(codePoint)) {
                run.appendCodePoint(codePoint);   // for the layout; no glyph is drawn
                continue;
            }
            if (chosen == null) {
                missing.add(String.format("U+%04X", codePoint));
                chosen = order[0];
                codePoint = MISSING;
            }
            if (runFont != null && chosen != runFont && !run.isEmpty()) {
                chunks.add(new Chunk(run.toString(), withFont(font, runFont)));
                run.setLength(0);
            }
            runFont = chosen;
            run.appendCodePoint(codePoint);
        }
        if (!run.isEmpty()) {
            chunks.add(new Chunk(run.toString(), withFont(font, runFont == null ? order[0] : runFont)));
        }
        if (!missing.isEmpty()) {
            LOG.info("PDF: no font has {}; printed as U+FFFD", missing);
        }
        return chunks;
    }

    /**
     * The run direction for a cell or line holding this text: right to left when its first character with a strong
     * direction is Arabic or Hebrew (or another right-to-left script); left to right with the bidirectional algorithm
     * when a right-to-left character comes later, so a Dutch sentence with an Arabic name in it reads correctly; and
     * OpenPDF's plain layout ({@code RUN_DIRECTION_NO_BIDI}) for text without any right-to-left character.
     */
    public static int runDirection(String text) {
        if (text == null || new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).isLeftToRight()) {
            return PdfWriter.RUN_DIRECTION_NO_BIDI;
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            i += Character.charCount(codePoint);
            byte direction = Character.getDirectionality(codePoint);
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return PdfWriter.RUN_DIRECTION_RTL;
            }
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return PdfWriter.RUN_DIRECTION_LTR;
            }
        }
        return PdfWriter.RUN_DIRECTION_LTR;
    }

    private static BaseFont[] order(BaseFont primary) {
        BaseFont first = primary == null ? Loaded.REGULAR : primary;
        return first == Loaded.REGULAR ? new BaseFont[] {first, Loaded.SYMBOLS}
                : new BaseFont[] {first, Loaded.REGULAR, Loaded.SYMBOLS};
    }

    private static BaseFont fontFor(int codePoint, BaseFont[] order) {
        if (codePoint == '\n' || codePoint == '\r') {
            return order[0];
        }
        for (BaseFont candidate : order) {
            if (candidate.charExists(codePoint)) {
                return candidate;
            }
        }
        return null;
    }

    /** Format characters and variation selectors: they steer joining, direction or emoji style and have no look. */
    private static boolean invisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || codePoint >= 0xFE00 && codePoint <= 0xFE0F
                || codePoint >= 0xE0100 && codePoint <= 0xE01EF;
    }

    private static Font withFont(Font model, BaseFont baseFont) {
        return baseFont == model.getBaseFont() ? model
                : new Font(baseFont, model.getSize(), model.getStyle(), model.getColor());
    }
}
