package nl.samenplan.testsupport;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * A printed PDF read back with PDFBox, a reader independent of the library that wrote it: its text (in logical order,
 * Arabic presentation forms turned back into letters, whitespace folded to single spaces), the glyphs where they
 * stand, and the fonts it uses.
 */
public final class PdfContent {

    /** One glyph on a page: the text its font maps it to, and where it starts (x to the right, y downwards). */
    public record Glyph(int page, String text, float x, float y) {
    }

    public record FontInfo(String name, boolean embedded, String encoding) {
    }

    private PdfContent() {
    }

    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ").strip();
        }
    }

    public static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    glyphs.add(new Glyph(getCurrentPageNo(), text.getUnicode(), text.getXDirAdj(), text.getYDirAdj()));
                    super.processTextPosition(text);
                }
            };
            stripper.getText(document);
        }
        return glyphs;
    }

    /** Every font of every page, also those the footer stamped on. */
    public static List<FontInfo> fonts(byte[] pdf) throws IOException {
        List<FontInfo> fonts = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    FontInfo info = new FontInfo(font.getName(), font.isEmbedded(),
                            font.getCOSObject().getNameAsString(COSName.ENCODING));
                    if (!fonts.contains(info)) {
                        fonts.add(info);
                    }
                }
            }
        }
        return fonts;
    }
}
