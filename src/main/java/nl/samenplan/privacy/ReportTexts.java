package nl.samenplan.privacy;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.TimeConfig;
import nl.samenplan.base.access.AccessEventType;
import nl.samenplan.plan.Translator;
import nl.samenplan.security.Role;

/**
 * The words of an access report, the same on the screen and on paper: when (Amsterdam time, to the second), what in
 * plain language ("Plan bekeken", "Dossier gewijzigd: Gegevens gewijzigd"), who (name and username), role and
 * organisation, and the outcome.
 */
public final class ReportTexts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm:ss",
            DutchFormats.DUTCH).withZone(TimeConfig.ZONE);

    private ReportTexts() {
    }

    public static String when(Instant at) {
        return at == null ? "" : WHEN.format(at);
    }

    /** The kind of access in plain language; a change names what was changed, as the history tab does. */
    public static String what(ReportLine line, Translator t) {
        if (line.type() == null) {
            return t.get("access.event.unknown", line.eventType());
        }
        String label = t.get("access.event." + line.type().name());
        if (line.type() == AccessEventType.CLIENT_FILE_CHANGED) {
            String change = change(line.detail(), t);
            return change == null ? label : t.get("access.event.changedWhat", label, change);
        }
        return label;
    }

    /** A change as the history names it ("Gegevens gewijzigd"), without the history's own details. */
    private static String change(String detail, Translator t) {
        if (detail == null || detail.isBlank()) {
            return null;
        }
        if (!detail.startsWith("history.")) {
            return detail;
        }
        String text = t.get(detail, "");
        if (text.startsWith("!")) {
            return null;
        }
        return text.replaceAll("[\\s:]+$", "").replaceAll("\\s+van$", "");
    }

    /** "Sanne Mulder (leefcoach)"; the username alone when the account is gone; a placeholder when nobody. */
    public static String who(ReportLine line, Translator t) {
        if (line.username() == null) {
            return t.get("access.who.nobody");
        }
        return line.displayName() == null ? line.username() : line.displayName() + " (" + line.username() + ")";
    }

    /** "Leefcoach · Welzijn Heideveen". */
    public static String roleAndOrganisation(ReportLine line, Translator t) {
        String role = role(line.role(), t);
        if (line.organisation() == null || line.organisation().isBlank()) {
            return role;
        }
        return role.isEmpty() ? line.organisation() : role + " · " + line.organisation();
    }

    public static String role(String role, Translator t) {
        if (role == null) {
            return "";
        }
        try {
            return t.get(Role.valueOf(role).labelKey());
        } catch (IllegalArgumentException unknown) {
            return role;
        }
    }

    public static String outcome(ReportLine line, Translator t) {
        return t.get(line.refused() ? "access.outcome.refused" : "access.outcome.allowed");
    }
}
