package nl.samenplan.dashboard;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.PdfFonts;

/** The funders' export as a printable A4 PDF: the same lines as the CSV, one table per section. */
public final class DashboardPdf {

    private static final Color INK = new Color(0x1f, 0x29, 0x33);
    private static final Color TEAL = new Color(0x1a, 0x6b, 0x5c);
    /** The plan's Unicode fonts (DejaVu Sans, embedded): a team or village name prints as typed. */
    private static final Font TITLE = PdfFonts.font(PdfFonts.Style.BOLD, 16, INK);
    private static final Font BODY = PdfFonts.font(PdfFonts.Style.REGULAR, 9, INK);
    private static final Font HEAD = PdfFonts.font(PdfFonts.Style.BOLD, 9, Color.WHITE);
    private static final Font SECTION = PdfFonts.font(PdfFonts.Style.BOLD, 11, TEAL);

    private DashboardPdf() {
    }

    public static byte[] render(DashboardExport export, Texts t) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.addTitle(t.text("dashboard.export.title"));
        document.open();
        document.add(new Paragraph(PdfFonts.phrase(t.text("dashboard.export.title"), TITLE)));
        document.add(line(t.text("dashboard.export.team") + ": " + (export.teamName() == null
                ? t.text("dashboard.filter.allTeams") : export.teamName()) + "    " + t.text("dashboard.export.village")
                + ": " + (export.village() == null ? t.text("dashboard.filter.allVillages") : export.village())));
        document.add(new Paragraph(PdfFonts.phrase(t.text("dashboard.export.suppressed", export.threshold()), BODY)));
        String section = null;
        PdfPTable table = null;
        String[] names = {"dashboard.export.current", "dashboard.export.previous", "dashboard.export.baseline"};
        for (DashboardExport.Line line : export.lines()) {
            if (!line.sectionKey().equals(section)) {
                if (table != null) {
                    document.add(table);
                }
                section = line.sectionKey();
                Paragraph heading = new Paragraph(PdfFonts.phrase(t.text(section), SECTION));
                heading.setSpacingBefore(10);
                heading.setSpacingAfter(4);
                document.add(heading);
                table = new PdfPTable(new float[] {4, 1.4f, 1.8f, 1.8f, 1.8f});
                table.setWidthPercentage(100);
                table.setHeaderRows(1);
                head(table, t.text("dashboard.export.figure"));
                head(table, t.text("dashboard.export.unit"));
                for (int i = 0; i < export.periods().size(); i++) {
                    Period p = export.periods().get(i);
                    head(table, t.text(names[i], DutchFormats.date(p.start()), DutchFormats.date(p.end())));
                }
            }
            cell(table, t.text(line.labelKey()), Element.ALIGN_LEFT);
            cell(table, t.text(line.unit().labelKey()), Element.ALIGN_LEFT);
            for (String value : line.values()) {
                cell(table, value, Element.ALIGN_RIGHT);
            }
        }
        if (table != null) {
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    /** A line that may hold a name, in a borderless cell: a cell lays Arabic or Hebrew out right to left. */
    private static PdfPTable line(String text) {
        PdfPTable line = new PdfPTable(1);
        line.setWidthPercentage(100);
        line.setSpacingBefore(6);
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, BODY));
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setPaddingBottom(4);
        cell.setRunDirection(PdfFonts.runDirection(text));
        line.addCell(cell);
        return line;
    }

    private static void head(PdfPTable table, String text) {
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, HEAD));
        cell.setBackgroundColor(TEAL);
        cell.setPadding(4);
        table.addCell(cell);
    }

    private static void cell(PdfPTable table, String text, int align) {
        PdfPCell cell = new PdfPCell(PdfFonts.phrase(text, BODY));
        cell.setRunDirection(PdfFonts.runDirection(text));
        cell.setHorizontalAlignment(align);
        cell.setPadding(3);
        table.addCell(cell);
    }
}
