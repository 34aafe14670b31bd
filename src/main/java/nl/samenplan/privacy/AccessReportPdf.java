package nl.samenplan.privacy;

import java.util.List;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.client.ClientService.ReportSubject;
import nl.samenplan.plan.Translator;

/**
 * A client's access report on paper, in plain language: whom it is about and which period, what the report is and
 * what the client may ask (AVG art. 15), then every access in the period, newest first.
 */
final class AccessReportPdf {

    private AccessReportPdf() {
    }

    static byte[] render(ReportSubject client, ReportPeriod period, List<ReportLine> lines, Translator t) {
        String title = t.get("access.pdf.title", client.fullName());
        return ReportPdf.write(title, t, pdf -> {
            pdf.title(title);
            pdf.facts(List.of(
                    new String[] {t.get("access.pdf.client"), client.fullName()},
                    new String[] {t.get("access.pdf.dateOfBirth"), DutchFormats.date(client.dateOfBirth())},
                    new String[] {t.get("access.pdf.period"), t.get("access.pdf.periodValue",
                            DutchFormats.date(period.from()), DutchFormats.date(period.to()))}));
            pdf.heading(t.get("access.pdf.what.heading"));
            pdf.text(t.get("access.pdf.what.text"));
            pdf.heading(t.get("access.pdf.rights.heading"));
            pdf.text(t.get("access.pdf.rights.text"));
            pdf.heading(t.get("access.pdf.table.heading", lines.size()));
            if (lines.isEmpty()) {
                pdf.text(t.get("access.pdf.none"));
            } else {
                pdf.table(new float[] {1.3f, 2f, 1.8f, 1.8f, 0.9f},
                        List.of(t.get("access.field.when"), t.get("access.field.what"), t.get("access.field.who"),
                                t.get("access.field.role"), t.get("access.field.outcome")),
                        lines.stream().map(line -> List.of(ReportTexts.when(line.at()), ReportTexts.what(line, t),
                                ReportTexts.who(line, t), ReportTexts.roleAndOrganisation(line, t),
                                ReportTexts.outcome(line, t))).toList());
            }
            if (lines.size() >= ReportLines.MAX) {
                pdf.small(t.get("access.pdf.truncated", ReportLines.MAX));
            }
            pdf.small(t.get("access.pdf.footer"));
        });
    }
}
