package nl.samenplan.plan;

import static nl.samenplan.plan.PlanPdfParts.BODY;
import static nl.samenplan.plan.PlanPdfParts.CELL;
import static nl.samenplan.plan.PlanPdfParts.INK;
import static nl.samenplan.plan.PlanPdfParts.MUTED;
import static nl.samenplan.plan.PlanPdfParts.TEAL;
import static nl.samenplan.plan.PlanPdfParts.TEAL_LIGHT;
import static nl.samenplan.plan.PlanPdfParts.bodyCell;
import static nl.samenplan.plan.PlanPdfParts.directed;
import static nl.samenplan.plan.PlanPdfParts.bold;
import static nl.samenplan.plan.PlanPdfParts.clean;
import static nl.samenplan.plan.PlanPdfParts.headerCell;
import static nl.samenplan.plan.PlanPdfParts.italic;
import static nl.samenplan.plan.PlanPdfParts.labelValues;
import static nl.samenplan.plan.PlanPdfParts.plainCell;
import static nl.samenplan.plan.PlanPdfParts.regular;
import static nl.samenplan.plan.PlanPdfParts.table;
import static nl.samenplan.plan.PlanPdfParts.words;
import static nl.samenplan.plan.PlanPdfParts.text;
import static nl.samenplan.plan.PlanPdfParts.valueOrPlaceholder;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfBoolean;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.samenplan.base.PdfFonts;

/**
 * The client's support plan as a printable A4 PDF, to keep at the kitchen table: the client's own words first, then
 * life areas, goals, agreements, consent and the next review. Every fixed text comes from the {@link Translator}
 * (keys {@code pdf.*}); the values in {@link PlanPrint} are printed as given.
 */
public final class PlanPdf {

    /** The height of a section heading with its one-line introduction. */
    private static final float HEADING = 64f;

    private final PlanPrint plan;
    private final Translator t;
    private final Document document;
    private final PdfWriter writer;

    private PlanPdf(PlanPrint plan, Translator t, Document document, PdfWriter writer) {
        this.plan = plan;
        this.t = t;
        this.document = document;
        this.writer = writer;
    }

    public static byte[] render(PlanPrint plan, Translator t) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(t, "translator");
        try {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            Document document = new Document(PageSize.A4, PlanPdfParts.LEFT, PlanPdfParts.RIGHT, PlanPdfParts.TOP,
                    PlanPdfParts.BOTTOM);
            PdfWriter writer = PdfWriter.getInstance(document, body);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(t.get("pdf.meta.language")));
            writer.addViewerPreference(PdfName.DISPLAYDOCTITLE, PdfBoolean.PDFTRUE);
            String client = clean(plan.clientName());
            document.addTitle(client == null ? t.get("pdf.title") : t.get("pdf.meta.title", client));
            document.addCreator("Samenplan");
            document.open();
            new PlanPdf(plan, t, document, writer).write();
            document.close();
            return PlanPdfParts.stampPages(body.toByteArray(), plan, t);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write() {
        header();
        ownWords();
        lifeAreas();
        goals();
        agreements();
        consent();
        review();
    }

    private void header() {
        Paragraph title = new Paragraph(text(t.get("pdf.title"), bold(24, TEAL)));
        title.setSpacingAfter(4);
        add(title);
        PdfPTable name = table(100);   // a cell, not a paragraph: a name in Arabic or Hebrew needs the cell's layout
        name.addCell(plainCell(valueOrPlaceholder(plan.clientName(), bold(16, INK), t)));
        name.setSpacingAfter(6);
        add(name);
        String addressed = clean(plan.addressedAs());
        if (addressed != null) {
            PdfPTable greeting = table(100);
            greeting.addCell(plainCell(words(t.get("pdf.greeting", addressed), regular(BODY + 1, INK))));
            greeting.setSpacingAfter(6);
            add(greeting);
        }
        String phone = clean(plan.ownerPhone());
        PdfPTable details = phone == null
                ? labelValues(t,
                        "pdf.client.dateOfBirth", plan.dateOfBirth(),
                        "pdf.client.village", plan.village(),
                        "pdf.client.team", plan.teamName(),
                        "pdf.client.owner", plan.ownerName())
                : labelValues(t,
                        "pdf.client.dateOfBirth", plan.dateOfBirth(),
                        "pdf.client.village", plan.village(),
                        "pdf.client.team", plan.teamName(),
                        "pdf.client.owner", plan.ownerName(),
                        "pdf.client.contact", t.get("pdf.client.contactValue", phone));
        details.setSpacingAfter(6);
        add(details);
    }

    private void ownWords() {
        PdfPTable first = question("pdf.question.canDoSelf", plan.answerCanDoSelf());
        heading("pdf.section.ownWords", "pdf.ownWords.intro", height(first, Integer.MAX_VALUE));
        add(first);
        add(question("pdf.question.needs", plan.answerNeeds()));
        add(question("pdf.question.willDo", plan.answerWillDo()));
    }

    /** A question in teal and below it the client's answer in a light box with a teal edge, kept together. */
    private PdfPTable question(String key, String answer) {
        PdfPTable box = table(100);
        PdfPCell questionCell = plainCell(text(t.get(key), bold(BODY + 1, TEAL)));
        questionCell.setPaddingBottom(5);
        box.addCell(questionCell);
        Paragraph words = new Paragraph(valueOrPlaceholder(answer, regular(BODY, INK), t));
        words.setLeading(17);
        words.setAlignment(Element.ALIGN_LEFT);   // "start": the right edge for a text in Arabic or Hebrew
        PdfPCell answerCell = directed(new PdfPCell(), words.getContent());
        answerCell.addElement(words);
        answerCell.setBackgroundColor(TEAL_LIGHT);
        answerCell.setBorder(Rectangle.LEFT);
        answerCell.setBorderColor(TEAL);
        answerCell.setBorderWidthLeft(3f);
        answerCell.setPadding(10);
        answerCell.setPaddingTop(4);
        box.addCell(answerCell);
        box.setKeepTogether(true);
        box.setSpacingAfter(10);
        return box;
    }

    private void lifeAreas() {
        List<PlanPrint.Score> scores = list(plan.scores());
        if (scores.isEmpty()) {
            heading("pdf.section.lifeAreas", "pdf.lifeAreas.intro", 20);
            add(placeholder("pdf.lifeAreas.empty"));
            return;
        }
        PdfPTable table = table(44, 20, 36);
        table.addCell(headerCell(t.get("pdf.lifeAreas.column.area")));
        PdfPCell scoreHeader = headerCell(t.get("pdf.lifeAreas.column.score"));
        scoreHeader.setColspan(2);
        table.addCell(scoreHeader);
        table.setHeaderRows(1);
        for (PlanPrint.Score score : scores) {
            table.addCell(bodyCell(valueOrPlaceholder(score.lifeArea(), regular(BODY, INK), t)));
            table.addCell(bodyCell(score.score() == null
                    ? text(t.get("pdf.placeholder"), italic(CELL, MUTED))
                    : text(t.get("pdf.lifeAreas.score", score.score()), bold(BODY, INK))));
            table.addCell(PlanPdfParts.scoreBar(score.score()));
        }
        table.setKeepTogether(true);  // a short table: on one page with its heading
        heading("pdf.section.lifeAreas", "pdf.lifeAreas.intro", height(table, Integer.MAX_VALUE));
        add(table);
    }

    private void goals() {
        Map<String, List<String>> byArea = new LinkedHashMap<>();
        for (PlanPrint.Goal goal : list(plan.goals())) {
            String text = clean(goal.text());
            if (text != null) {
                String area = clean(goal.lifeArea());
                byArea.computeIfAbsent(area == null ? t.get("pdf.goals.noArea") : area, a -> new ArrayList<>()).add(text);
            }
        }
        if (byArea.isEmpty()) {
            heading("pdf.section.goals", "pdf.goals.intro", 20);
            add(placeholder("pdf.goals.empty"));
            return;
        }
        boolean first = true;
        for (Map.Entry<String, List<String>> area : byArea.entrySet()) {
            PdfPTable group = table(4, 96);
            PdfPCell areaCell = plainCell(PlanPdfParts.words(area.getKey(), bold(BODY, INK)));
            areaCell.setColspan(2);
            group.addCell(areaCell);
            for (String goal : area.getValue()) {
                group.addCell(plainCell(text("\u2022", bold(BODY, TEAL))));
                group.addCell(plainCell(PlanPdfParts.words(goal, regular(BODY, INK))));
            }
            group.setKeepTogether(true);
            group.setSpacingAfter(6);
            if (first) {
                heading("pdf.section.goals", "pdf.goals.intro", height(group, Integer.MAX_VALUE));
                first = false;
            }
            add(group);
        }
    }

    private void agreements() {
        List<PlanPrint.Agreement> agreements = list(plan.agreements());
        if (agreements.isEmpty()) {
            heading("pdf.section.agreements", "pdf.agreements.intro", 20);
            add(placeholder("pdf.agreements.empty"));
            return;
        }
        PdfPTable table = table(25, 23, 15, 17, 20);
        for (String column : List.of("what", "who", "frequency", "period", "goal")) {
            table.addCell(headerCell(t.get("pdf.agreements.column." + column)));
        }
        table.setHeaderRows(1);
        Font cell = regular(CELL, INK);
        for (PlanPrint.Agreement agreement : agreements) {
            table.addCell(bodyCell(valueOrPlaceholder(agreement.what(), bold(CELL, INK), t)));
            table.addCell(who(agreement));
            table.addCell(bodyCell(valueOrPlaceholder(agreement.frequency(), cell, t)));
            table.addCell(bodyCell(valueOrPlaceholder(agreement.period(), cell, t)));
            table.addCell(bodyCell(valueOrPlaceholder(agreement.goal(), cell, t)));
        }
        heading("pdf.section.agreements", "pdf.agreements.intro", height(table, 3));  // header and two rows
        add(table);
    }

    /**
     * Who, and below it on which rung of the ladder; for professional care with its funding domain. Two lines, each
     * in its own direction: an Arabic name reads from the right, the Dutch rung below it from the left.
     */
    private PdfPCell who(PlanPrint.Agreement agreement) {
        Phrase who = valueOrPlaceholder(agreement.who(), regular(CELL, INK), t);
        String rung = clean(agreement.rung());
        String domain = clean(agreement.fundingDomain());
        String ladder = rung != null && domain != null ? t.get("pdf.agreements.rungWithDomain", rung, domain)
                : rung != null ? rung : domain;
        return ladder == null ? bodyCell(who) : bodyCell(who, text(ladder, italic(CELL - 0.5f, MUTED)));
    }

    private void consent() {
        PdfPTable rows = labelValues(t, "pdf.consent.agreedOn", plan.agreedOn(), "pdf.consent.agreedWith",
                plan.agreedWith());
        heading("pdf.section.consent", clean(plan.agreedOn()) != null ? "pdf.consent.intro" : null,
                height(rows, Integer.MAX_VALUE));
        add(rows);
    }

    private void review() {
        PdfPTable rows = labelValues(t, "pdf.review.date", plan.reviewDate());
        heading("pdf.section.review", "pdf.review.intro", height(rows, Integer.MAX_VALUE));
        add(rows);
    }

    /**
     * A teal section heading with a short line under it. It starts a new page when what must follow it (its first
     * content, {@code keepWith} points high) no longer fits below it, so a heading never ends a page alone.
     */
    private void heading(String titleKey, String introKey, float keepWith) {
        float pageRoom = document.top() - document.bottom();
        float needed = Math.min(HEADING + keepWith, pageRoom);
        if (writer.getVerticalPosition(true) - document.bottom() < needed && writer.getVerticalPosition(true) < document.top()) {
            document.newPage();
        }
        Paragraph title = new Paragraph(text(t.get(titleKey), bold(16, TEAL)));
        title.setSpacingBefore(16);
        title.setSpacingAfter(introKey == null ? 6 : 2);
        add(title);
        if (introKey != null) {
            Paragraph intro = new Paragraph(text(t.get(introKey), regular(BODY - 1, MUTED)));
            intro.setLeading(16);
            intro.setSpacingAfter(8);
            add(intro);
        }
    }

    private float height(PdfPTable table, int rows) {
        return PlanPdfParts.heightOf(table, document.right() - document.left(), rows);
    }

    private Paragraph placeholder(String key) {
        return new Paragraph(text(t.get(key), italic(BODY, MUTED)));
    }

    private void add(Element element) {
        document.add(element);
    }

    private static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }
}
