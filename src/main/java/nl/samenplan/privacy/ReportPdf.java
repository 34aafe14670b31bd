package nl.samenplan.privacy;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Consumer;
import nl.samenplan.base.PdfFonts;
import nl.samenplan.plan.Translator;

/**
 * The house style of the privacy PDFs (the access report, the export of the client's data), as the plan PDF has it:
 * A4, DejaVu Sans through {@link PdfFonts}, a teal heading, tables with a light header row.
 */
final class ReportPdf {

    static final Color TEAL = new Color(26, 108, 90);
    static final Color TEAL_LIGHT = new Color(232, 243, 240);
    static final Color INK = new Color(33, 37, 41);
    static final Color MUTED = new Color(84, 90, 96);

    private final Document document;

    private ReportPdf(Document document) {
        this.document = document;
    }

    /** A PDF with this title (and language), its content written by {@code body}. */
    static byte[] write(String title, Translator t, Consumer<ReportPdf> body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 48f, 48f, 48f, 56f);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(t.get("pdf.meta.language")));
        document.addTitle(title);
        document.addCreator("Samenplan");
        document.open();
        body.accept(new ReportPdf(document));
        document.close();
        return out.toByteArray();
    }

    void title(String text) {
        paragraph(text, PdfFonts.Style.BOLD, 18f, TEAL, 0f, 6f);
    }

    void heading(String text) {
        paragraph(text, PdfFonts.Style.BOLD, 13f, TEAL, 12f, 4f);
    }

    void text(String text) {
        paragraph(text, PdfFonts.Style.REGULAR, 11f, INK, 0f, 4f);
    }

    void small(String text) {
        paragraph(text, PdfFonts.Style.ITALIC, 9.5f, MUTED, 0f, 4f);
    }

    private void paragraph(String text, PdfFonts.Style style, float size, Color color, float before,
            float after) {
        Paragraph p = new Paragraph(PdfFonts.phrase(text, PdfFonts.font(style, size, color)));
        p.setSpacingBefore(before);
        p.setSpacingAfter(after);
        document.add(p);
    }

    /** A table with a header row that repeats on every page. */
    void table(float[] widths, List<String> headers, List<List<String>> rows) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100f);
        table.setHeaderRows(1);
        table.setSpacingBefore(4f);
        Font header = PdfFonts.font(PdfFonts.Style.BOLD, 9.5f, INK);
        Font cell = PdfFonts.font(PdfFonts.Style.REGULAR, 9.5f, INK);
        for (String h : headers) {
            table.addCell(cell(h, header, TEAL_LIGHT));
        }
        for (List<String> row : rows) {
            for (String value : row) {
                table.addCell(cell(value, cell, null));
            }
        }
        document.add(table);
    }

    /** Label and value lines ("Naam: ..."). */
    void facts(List<String[]> facts) {
        PdfPTable table = new PdfPTable(new float[] {1f, 2.4f});
        table.setWidthPercentage(100f);
        Font label = PdfFonts.font(PdfFonts.Style.BOLD, 10f, INK);
        Font value = PdfFonts.font(PdfFonts.Style.REGULAR, 10f, INK);
        for (String[] fact : facts) {
            PdfPCell l = cell(fact[0], label, null);
            l.setBorder(Rectangle.NO_BORDER);
            PdfPCell v = cell(fact[1], value, null);
            v.setBorder(Rectangle.NO_BORDER);
            table.addCell(l);
            table.addCell(v);
        }
        document.add(table);
    }

    private static PdfPCell cell(String text, Font font, Color background) {
        String value = text == null ? "" : text;
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(value, font));
        cell.setRunDirection(PdfFonts.runDirection(value));
        cell.setPadding(4f);
        cell.setVerticalAlignment(Element.ALIGN_TOP);
        cell.setBorderColor(new Color(206, 212, 218));
        if (background != null) {
            cell.setBackgroundColor(background);
        }
        return cell;
    }
}
