package nl.samenplan.dashboard;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.samenplan.base.DutchFormats;

/**
 * The funders' export as CSV the Dutch way (semicolons, UTF-8 with a byte order mark so that Excel reads the
 * accents): a line per figure with its section, unit and a column per period. Only aggregates; never a name.
 */
public final class DashboardCsv {

    private DashboardCsv() {
    }

    public static byte[] write(DashboardExport export, Texts t) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        csv.append(row(List.of(t.text("dashboard.export.team"), export.teamName() == null
                ? t.text("dashboard.filter.allTeams") : export.teamName()))).append(row(List.of(
                t.text("dashboard.export.village"), export.village() == null
                        ? t.text("dashboard.filter.allVillages") : export.village())))
                .append(row(List.of(t.text("dashboard.export.suppressed", export.threshold()))));
        List<String> header = new ArrayList<>(List.of(t.text("dashboard.export.section"),
                t.text("dashboard.export.figure"), t.text("dashboard.export.unit")));
        List<String> names = List.of("dashboard.export.current", "dashboard.export.previous", "dashboard.export.baseline");
        for (int i = 0; i < export.periods().size(); i++) {
            Period p = export.periods().get(i);
            header.add(t.text(names.get(i), DutchFormats.date(p.start()), DutchFormats.date(p.end())));
        }
        csv.append(row(header));
        for (DashboardExport.Line line : export.lines()) {
            List<String> cells = new ArrayList<>(List.of(t.text(line.sectionKey()), t.text(line.labelKey()),
                    t.text(line.unit().labelKey())));
            cells.addAll(line.values());
            csv.append(row(cells));
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String row(List<String> cells) {
        return String.join(";", cells.stream().map(DashboardCsv::cell).toList()) + "\r\n";
    }

    /** Quoted when needed; a leading =, +, - or @ gets an apostrophe so that no spreadsheet runs it as a formula. */
    static String cell(String text) {
        String value = text == null ? "" : text;
        if (!value.isEmpty() && "=+@".indexOf(value.charAt(0)) >= 0
                || value.length() > 1 && value.charAt(0) == '-' && !Character.isDigit(value.charAt(1))) {
            value = "'" + value;
        }
        if (value.contains(";") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            value = "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }
}
