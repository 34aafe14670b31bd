package nl.samenplan.privacy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.client.ClientData;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanService.RevisionView;
import nl.samenplan.plan.Translator;

/**
 * Everything held on the client on paper (AVG art. 15): a short explanation, then each part under its own heading,
 * each empty part saying so. The same content as the JSON file, for reading.
 */
final class ExportPdf {

    private ExportPdf() {
    }

    static byte[] render(ClientExport export, Translator t) {
        ClientData client = export.client().data();
        String name = client.firstName() + " " + client.lastName();
        String title = t.get("export.pdf.title", name);
        return ReportPdf.write(title, t, pdf -> {
            pdf.title(title);
            pdf.text(t.get("export.pdf.intro", ReportTexts.when(export.exportedAt())));
            pdf.heading(t.get("export.part.client"));
            pdf.facts(details(client, t));
            part(pdf, t, "export.part.network", new float[] {2f, 1.4f, 1.4f, 2.2f},
                    List.of(t.get("export.field.name"), t.get("export.field.relation"), t.get("export.field.phone"),
                            t.get("export.field.help")),
                    export.network().stream().map(m -> List.of(m.name(),
                            m.data().relation() == null ? "" : t.get(m.data().relation().labelKey()),
                            nz(m.data().phone()), nz(m.data().currentHelp()))).toList());
            part(pdf, t, "export.part.consents", new float[] {2.2f, 1.2f, 2f, 2f},
                    List.of(t.get("export.field.recipient"), t.get("export.field.given"), t.get("export.field.manner"),
                            t.get("export.field.withdrawn")),
                    export.consents().stream().map(c -> List.of(t.get(c.recipient().labelKey())
                            + (c.recipientName() == null ? "" : " " + c.recipientName()), DutchFormats.date(c.givenOn()),
                            c.manner() == null ? t.get("consent.manner.unknown") : t.get(c.manner().labelKey())
                                    + (c.representative() == null ? "" : " (" + c.representative() + ")"),
                            c.withdrawnOn() == null ? "" : DutchFormats.date(c.withdrawnOn()))).toList());
            List<List<String>> checkIns = new ArrayList<>();
            export.checkIns().forEach(c -> c.checkIns().forEach(ci -> checkIns.add(List.of(c.name(),
                    DutchFormats.date(ci.on()), Integer.toString(ci.score()), nz(ci.note())))));
            part(pdf, t, "export.part.checkIns", new float[] {2f, 1.2f, 0.8f, 3f},
                    List.of(t.get("export.field.caregiver"), t.get("export.field.date"), t.get("export.field.score"),
                            t.get("export.field.note")), checkIns);
            plan(pdf, export, t);
            part(pdf, t, "export.part.needs", new float[] {1.6f, 3f, 1.2f, 1.4f},
                    List.of(t.get("export.field.category"), t.get("export.field.description"),
                            t.get("export.field.date"), t.get("export.field.by")),
                    export.needs().stream().map(n -> List.of(nz(n.categoryName()), nz(n.data().description()),
                            date(n.createdAt()), nz(n.createdBy()))).toList());
            part(pdf, t, "export.part.tasks", new float[] {3f, 1.2f, 1.3f, 1.6f},
                    List.of(t.get("export.field.what"), t.get("export.field.due"), t.get("export.field.status"),
                            t.get("export.field.by")),
                    export.tasks().stream().map(task -> List.of(task.what(), DutchFormats.date(task.due()),
                            t.get(task.status().labelKey()), nz(task.performer()))).toList());
            part(pdf, t, "export.part.waitingList", new float[] {2f, 1.2f, 2f, 1.2f},
                    List.of(t.get("export.field.type"), t.get("export.field.placedOn"), t.get("export.field.status"),
                            t.get("export.field.leftOn")),
                    export.waitingList().stream().map(w -> List.of(t.get(w.type().labelKey()),
                            DutchFormats.date(w.placedOn()), t.get(w.status().labelKey()),
                            DutchFormats.date(w.leftOn()))).toList());
            part(pdf, t, "export.part.accessReport", new float[] {1.3f, 2f, 1.8f, 1.8f, 0.9f},
                    List.of(t.get("access.field.when"), t.get("access.field.what"), t.get("access.field.who"),
                            t.get("access.field.role"), t.get("access.field.outcome")),
                    export.accessReport().stream().map(line -> List.of(ReportTexts.when(line.at()),
                            ReportTexts.what(line, t), ReportTexts.who(line, t),
                            ReportTexts.roleAndOrganisation(line, t), ReportTexts.outcome(line, t))).toList());
            pdf.small(t.get("export.pdf.footer"));
        });
    }

    private static List<String[]> details(ClientData client, Translator t) {
        List<String[]> facts = new ArrayList<>();
        facts.add(new String[] {t.get("export.field.name"), client.firstName() + " " + client.lastName()});
        facts.add(new String[] {t.get("export.field.dateOfBirth"), DutchFormats.date(client.dateOfBirth())});
        facts.add(new String[] {t.get("export.field.address"), String.join(", ", java.util.stream.Stream.of(
                client.address(), client.postcode(), client.village()).filter(p -> p != null && !p.isBlank())
                .toList())});
        facts.add(new String[] {t.get("export.field.phone"), nz(client.phone())});
        facts.add(new String[] {t.get("export.field.email"), nz(client.email())});
        facts.add(new String[] {t.get("export.field.status"),
                client.status() == null ? "" : t.get(client.status().labelKey())});
        facts.add(new String[] {t.get("export.field.importantToMe"), nz(client.importantToMe())});
        return facts;
    }

    private static void plan(ReportPdf pdf, ClientExport export, Translator t) {
        pdf.heading(t.get("export.part.plan"));
        if (export.plan().current() == null) {
            pdf.text(t.get("export.none"));
            return;
        }
        PlanContent content = export.plan().current().content();
        pdf.facts(List.of(
                new String[] {t.get("export.field.canDoSelf"), nz(content.answerCanDoSelf())},
                new String[] {t.get("export.field.needs"), nz(content.answerNeeds())},
                new String[] {t.get("export.field.willDo"), nz(content.answerWillDo())},
                new String[] {t.get("export.field.agreedOn"), DutchFormats.date(content.agreedOn())},
                new String[] {t.get("export.field.reviewDate"), DutchFormats.date(content.reviewDate())}));
        if (!content.goals().isEmpty()) {
            pdf.table(new float[] {1f}, List.of(t.get("export.field.goals")),
                    content.goals().stream().map(g -> List.of(nz(g.text()))).toList());
        }
        if (!content.agreements().isEmpty()) {
            pdf.table(new float[] {3f, 2f, 1.6f}, List.of(t.get("export.field.what"), t.get("export.field.who"),
                            t.get("export.field.rung")),
                    content.agreements().stream().map(a -> List.of(nz(a.what()), nz(a.providerName()),
                            a.rung() == null ? "" : t.get(a.rung().labelKey()))).toList());
        }
        List<RevisionView> versions = export.plan().versions();
        part(pdf, t, "export.part.versions", new float[] {0.7f, 1.4f, 1.6f, 3.3f},
                List.of(t.get("export.field.version"), t.get("export.field.date"), t.get("export.field.by"),
                        t.get("export.field.summary")),
                versions.stream().map(v -> List.of(Integer.toString(v.revisionNo()), ReportTexts.when(v.at()),
                        nz(v.authorName()), nz(v.summary()))).toList());
    }

    private static void part(ReportPdf pdf, Translator t, String headingKey, float[] widths, List<String> headers,
            List<List<String>> rows) {
        pdf.heading(t.get(headingKey));
        if (rows.isEmpty()) {
            pdf.text(t.get("export.none"));
        } else {
            pdf.table(widths, headers, rows);
        }
    }

    private static String date(Instant at) {
        return at == null ? "" : DutchFormats.date(LocalDate.ofInstant(at, nl.samenplan.base.TimeConfig.ZONE));
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
