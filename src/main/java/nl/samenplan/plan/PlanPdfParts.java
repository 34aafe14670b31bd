package nl.samenplan.plan;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.SplitCharacter;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStamper;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import nl.samenplan.base.PdfFonts;

/** Fonts, colours, cells and the footer of the plan PDF; the layout itself is in {@link PlanPdf}. */
final class PlanPdfParts {

    static final Color TEAL = new Color(26, 108, 90);        // the app's hsl(168, 62%, 26%)
    static final Color TEAL_LIGHT = new Color(232, 243, 240);
    static final Color INK = new Color(33, 37, 41);
    static final Color MUTED = new Color(84, 90, 96);          // 7:1 on white, for placeholders and small print
    static final Color RULE = new Color(206, 212, 218);
    static final Color BAR_EMPTY = new Color(233, 236, 239);

    static final float BODY = 12f;
    static final float CELL = 11f;
    static final float FOOTER_SIZE = 10f;
    static final float LEFT = 56f;
    static final float RIGHT = 56f;
    static final float TOP = 50f;
    static final float BOTTOM = 78f;

    /**
     * Lines break at spaces only, so a date such as 01-12-2026 or a word such as Wmo-indicatie stays whole, and
     * never between € and its amount.
     */
    private static final SplitCharacter AT_SPACES = (start, current, end, cc, ck) ->
            cc[current] <= ' ' && (current == 0 || cc[current - 1] != '€');

    private PlanPdfParts() {
    }

    /** The shared Unicode fonts (DejaVu Sans, embedded; Symbola for emoji): every name prints as typed. */
    static Font regular(float size, Color color) {
        return PdfFonts.font(PdfFonts.Style.REGULAR, size, color);
    }

    static Font bold(float size, Color color) {
        return PdfFonts.font(PdfFonts.Style.BOLD, size, color);
    }

    static Font italic(float size, Color color) {
        return PdfFonts.font(PdfFonts.Style.ITALIC, size, color);
    }

    /** A fixed text (from the translator) in the given font, with fallback fonts for what it lacks. */
    static Phrase text(String text, Font font) {
        return PdfFonts.phrase(text, font);
    }

    /** Null, empty or blank becomes null; anything else is trimmed. */
    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Text that wraps at spaces only. */
    static Phrase words(String text, Font font) {
        Phrase phrase = new Phrase();
        phrase.setFont(font);
        for (Chunk chunk : PdfFonts.chunks(text, font)) {
            phrase.add(chunk.setSplitCharacter(AT_SPACES));
        }
        return phrase;
    }

    /**
     * Lays a cell out in the direction of its text: right to left when it starts in Arabic or Hebrew, with the
     * bidirectional algorithm whenever it holds any right-to-left text.
     */
    static PdfPCell directed(PdfPCell cell, String text) {
        cell.setRunDirection(PdfFonts.runDirection(text));
        return cell;
    }

    /** The value in the given font, or the translator's "not filled in" in grey italics. */
    static Phrase valueOrPlaceholder(String value, Font font, Translator t) {
        String text = clean(value);
        return text != null ? words(text, font) : text(t.get("pdf.placeholder"), italic(font.getSize(), MUTED));
    }

    /** The height of the first rows of a table laid out at the given width (all rows: {@code Integer.MAX_VALUE}). */
    static float heightOf(PdfPTable table, float width, int rows) {
        table.setTotalWidth(width);
        table.setLockedWidth(true);
        float height = 0;
        for (int row = 0; row < Math.min(rows, table.size()); row++) {
            height += table.getRowHeight(row);
        }
        return height;
    }

    static PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setSplitLate(true);     // a row that does not fit moves to the next page whole
        table.setSplitRows(true);     // … and is only split when it is taller than a page
        return table;
    }

    /** A header cell of a data table: light teal, bold teal text, teal rule below. */
    static PdfPCell headerCell(String text) {
        PdfPCell cell = directed(new PdfPCell(text(text, bold(CELL, TEAL))), text);
        cell.setBackgroundColor(TEAL_LIGHT);
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(TEAL);
        cell.setBorderWidth(1f);
        pad(cell);
        return cell;
    }

    /** A body cell of a data table: only a thin grey rule below. */
    static PdfPCell bodyCell(Phrase phrase) {
        return ruled(directed(new PdfPCell(phrase), phrase.getContent()));
    }

    /** A body cell of lines that each run in the direction of their own text. */
    static PdfPCell bodyCell(Phrase first, Phrase... more) {
        PdfPCell cell = new PdfPCell();
        List<Phrase> lines = new ArrayList<>(List.of(first));
        lines.addAll(List.of(more));
        for (Phrase line : lines) {
            Paragraph paragraph = new Paragraph(line);
            paragraph.setLeading(0, 1);              // as the cell would set one phrase
            paragraph.setAlignment(Element.ALIGN_LEFT);
            paragraph.setRunDirection(PdfFonts.runDirection(line.getContent()));
            cell.addElement(paragraph);
        }
        return ruled(cell);
    }

    private static PdfPCell ruled(PdfPCell cell) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(RULE);
        cell.setBorderWidth(0.6f);
        pad(cell);
        return cell;
    }

    static PdfPCell plainCell(Phrase phrase) {
        PdfPCell cell = directed(new PdfPCell(phrase), phrase.getContent());
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPaddingLeft(0);
        cell.setPaddingTop(3);
        cell.setPaddingBottom(4);
        return cell;
    }

    private static void pad(PdfPCell cell) {
        cell.setPaddingLeft(6);
        cell.setPaddingRight(6);
        cell.setPaddingTop(5);
        cell.setPaddingBottom(7);
        cell.setUseAscender(true);
    }

    /** Label | value rows without lines, e.g. the client's details and the consent. */
    static PdfPTable labelValues(Translator t, String... labelKeyValuePairs) {
        PdfPTable table = table(32, 68);
        for (int i = 0; i < labelKeyValuePairs.length; i += 2) {
            table.addCell(plainCell(text(t.get(labelKeyValuePairs[i]), regular(BODY, MUTED))));
            table.addCell(plainCell(valueOrPlaceholder(labelKeyValuePairs[i + 1], bold(BODY, INK), t)));
        }
        return table;
    }

    /** A small bar: the filled part is the score out of ten; the number beside it carries the meaning. */
    static PdfPCell scoreBar(Integer score) {
        PdfPCell holder = new PdfPCell();
        holder.setBorder(Rectangle.BOTTOM);
        holder.setBorderColor(RULE);
        holder.setBorderWidth(0.6f);
        holder.setVerticalAlignment(Element.ALIGN_MIDDLE);
        holder.setPadding(6);
        if (score == null) {
            holder.setPhrase(new Phrase(""));
            return holder;
        }
        int filled = Math.max(0, Math.min(10, score));
        PdfPTable bar = new PdfPTable(filled == 0 || filled == 10 ? new float[] {1} : new float[] {filled, 10 - filled});
        bar.setWidthPercentage(100);
        if (filled > 0) {
            bar.addCell(barPart(TEAL));
        }
        if (filled < 10) {
            bar.addCell(barPart(BAR_EMPTY));
        }
        holder.addElement(bar);
        return holder;
    }

    private static PdfPCell barPart(Color color) {
        PdfPCell part = new PdfPCell(new Phrase(""));
        part.setFixedHeight(11);
        part.setBackgroundColor(color);
        part.setBorder(Rectangle.BOX);
        part.setBorderColor(color == TEAL ? TEAL : RULE);
        part.setBorderWidth(0.5f);
        return part;
    }

    /**
     * Second pass: with the number of pages known, print on every page the footer (whose plan it is, whom to call,
     * when it was printed, "Pagina X van Y") and from page 2 on a small running head with the client's name.
     */
    static byte[] stampPages(byte[] pdf, PlanPrint plan, Translator t) throws IOException {
        PdfReader reader = new PdfReader(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfStamper stamper = new PdfStamper(reader, out);
        int pages = reader.getNumberOfPages();
        String owner = clean(plan.ownerName());
        String questions = owner != null ? t.get("pdf.footer.questions", owner) : t.get("pdf.footer.questionsNoOwner");
        String printed = clean(plan.printedOn()) != null ? t.get("pdf.footer.printedOn", plan.printedOn().strip()) : "";
        String client = clean(plan.clientName());
        String runningHead = client != null ? t.get("pdf.runningHead", client) : t.get("pdf.title");
        Font small = regular(FOOTER_SIZE, MUTED);
        Font smallBold = bold(FOOTER_SIZE, TEAL);
        for (int page = 1; page <= pages; page++) {
            Rectangle size = reader.getPageSize(page);
            float left = LEFT;
            float right = size.getWidth() - RIGHT;
            PdfContentByte over = stamper.getOverContent(page);
            over.saveState();
            over.setColorStroke(TEAL);
            over.setLineWidth(0.8f);
            over.moveTo(left, 58);
            over.lineTo(right, 58);
            over.stroke();
            over.restoreState();
            line(over, Element.ALIGN_LEFT, t.get("pdf.footer.keep"), smallBold, left, 44);
            line(over, Element.ALIGN_LEFT, questions, small, left, 30);
            line(over, Element.ALIGN_RIGHT, t.get("pdf.footer.page", page, pages), small, right, 44);
            line(over, Element.ALIGN_RIGHT, printed, small, right, 30);
            if (page > 1) {
                line(over, Element.ALIGN_LEFT, runningHead, small, left, size.getHeight() - 30);
            }
        }
        stamper.close();
        reader.close();
        return out.toByteArray();
    }

    /** One line of the footer or running head; a name in it in Arabic or Hebrew reads right to left. */
    private static void line(PdfContentByte canvas, int alignment, String text, Font font, float x, float y) {
        ColumnText.showTextAligned(canvas, alignment, text(text, font), x, y, 0, PdfFonts.runDirection(text), 0);
    }
}
