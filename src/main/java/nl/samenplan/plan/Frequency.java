package nl.samenplan.plan;

import java.text.Normalizer;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * How often an agreement happens, read from what people write in the plan ("di en do", "dagelijks",
 * "wekelijks", "om de week op vrijdag", "ma t/m vr", "maandelijks"; empty or "eenmalig" is once), and
 * the dates on which it falls. Plain Java; the task feature turns the dates into tasks.
 *
 * @param kind what kind of rhythm
 * @param days the named weekdays (only for {@link Kind#WEEKDAYS})
 * @param everyWeeks 1 for every week, 2 for every other week
 */
public record Frequency(Kind kind, Set<DayOfWeek> days, int everyWeeks) {

    /** The kinds of rhythm Samenplan understands. */
    public enum Kind {
        /** One task, on the start date. */
        ONCE,
        DAILY,
        /** On named weekdays, every week or every other week. */
        WEEKDAYS,
        /** Every (other) week on the weekday of the start date. */
        WEEKLY,
        /** Every month on the day of the month of the start date. */
        MONTHLY
    }

    public static final Frequency ONCE = new Frequency(Kind.ONCE, Set.of(), 1);

    private static final Pattern TIME = Pattern.compile(
            "\\b\\d{1,2}[:.]\\d{2}\\s*(uur|u)?\\b|\\b\\d{1,2}\\s*uur\\b");
    private static final Pattern EVERY_OTHER_WEEK = Pattern.compile(
            "om de (2|twee) weken|om de week|tweewekelijks|2[- ]?wekelijks|elke (2|twee) weken|iedere (2|twee) weken"
                    + "|1x per 2 weken|eens per 2 weken");
    private static final Set<String> FILLER = Set.of("en", "op", "elke", "iedere", "ieder", "elk", "de", "het", "s",
            "in", "om", "uur", "u", "wekelijks", "week", "per", "ochtend", "middag", "avond", "morgen", "ochtends",
            "middags", "avonds", "morgens", "van", "tot", "voor", "na");
    private static final Map<String, DayOfWeek> DAYS = Map.ofEntries(
            Map.entry("ma", DayOfWeek.MONDAY), Map.entry("maandag", DayOfWeek.MONDAY),
            Map.entry("di", DayOfWeek.TUESDAY), Map.entry("dinsdag", DayOfWeek.TUESDAY),
            Map.entry("wo", DayOfWeek.WEDNESDAY), Map.entry("woensdag", DayOfWeek.WEDNESDAY),
            Map.entry("do", DayOfWeek.THURSDAY), Map.entry("donderdag", DayOfWeek.THURSDAY),
            Map.entry("vr", DayOfWeek.FRIDAY), Map.entry("vrij", DayOfWeek.FRIDAY), Map.entry("vrijdag", DayOfWeek.FRIDAY),
            Map.entry("za", DayOfWeek.SATURDAY), Map.entry("zat", DayOfWeek.SATURDAY),
            Map.entry("zaterdag", DayOfWeek.SATURDAY),
            Map.entry("zo", DayOfWeek.SUNDAY), Map.entry("zon", DayOfWeek.SUNDAY), Map.entry("zondag", DayOfWeek.SUNDAY));
    private static final LocalDate FALLBACK_ANCHOR = LocalDate.of(2024, 1, 1);

    public Frequency {
        days = days.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(days));
    }

    /**
     * Reads a frequency as people write it in the plan. Empty means once. Nothing when Samenplan
     * cannot tell on which days it falls (for example "3x per week" without the days).
     */
    public static Optional<Frequency> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(ONCE);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip().replace('’', '\'');
        s = s.replace("'s ", " ").replace("t/m", " tm ").replace("tot en met", " tm ");
        s = TIME.matcher(s).replaceAll(" ");
        int every = 1;
        var other = EVERY_OTHER_WEEK.matcher(s);
        if (other.find()) {
            every = 2;
            s = other.replaceAll(" ");
        }
        s = s.replaceAll("(?<=[a-z])-(?=[a-z])", " tm ").replaceAll("[,;&+/()\\-.]", " ").strip();
        if (s.matches("(een ?malig|eenmaal|1 ?x|een keer|1 keer|one-off|once)")) {
            return every == 1 ? Optional.of(ONCE) : Optional.empty();
        }
        if (s.matches("(dagelijks|elke dag|iedere dag|alle dagen|7 ?x per week|7 dagen per week|daily)")) {
            return every == 1 ? Optional.of(new Frequency(Kind.DAILY, Set.of(), 1)) : Optional.empty();
        }
        if (s.matches("(maandelijks|elke maand|iedere maand|1 ?x per maand|eens per maand|een keer per maand|monthly)")) {
            return every == 1 ? Optional.of(new Frequency(Kind.MONTHLY, Set.of(), 1)) : Optional.empty();
        }
        if (s.isBlank() || s.matches("(wekelijks|elke week|iedere week|1 ?x per week|eens per week|een keer per week"
                + "|weekly)")) {
            return Optional.of(new Frequency(Kind.WEEKLY, Set.of(), every));
        }
        if (s.matches("(op )?(werkdagen|doordeweeks|elke werkdag|iedere werkdag|alle werkdagen)")) {
            return Optional.of(new Frequency(Kind.WEEKDAYS, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), every));
        }
        return weekdays(s, every);
    }

    private static Optional<Frequency> weekdays(String s, int every) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        DayOfWeek rangeFrom = null;
        boolean range = false;
        for (String token : s.split("\\s+")) {
            if (token.isBlank() || FILLER.contains(token)) {
                continue;
            }
            if (token.equals("tm")) {
                if (rangeFrom == null) {
                    return Optional.empty();
                }
                range = true;
                continue;
            }
            if (token.equals("weekend")) {
                days.add(DayOfWeek.SATURDAY);
                days.add(DayOfWeek.SUNDAY);
                continue;
            }
            DayOfWeek day = day(token);
            if (day == null) {
                return Optional.empty();
            }
            if (range) {
                for (DayOfWeek d = rangeFrom; d != day; d = d.plus(1)) {
                    days.add(d);
                }
                range = false;
            }
            days.add(day);
            rangeFrom = day;
        }
        if (days.isEmpty() || range) {
            return Optional.empty();
        }
        return Optional.of(new Frequency(Kind.WEEKDAYS, days, every));
    }

    private static DayOfWeek day(String token) {
        String t = token.replaceAll("(ochtend|middag|avond|morgen)(s)?$", "");
        DayOfWeek day = DAYS.get(t);
        if (day == null && t.endsWith("s")) {
            day = DAYS.get(t.substring(0, t.length() - 1));
        }
        return day;
    }

    /**
     * The dates on which this happens within [from, to], never before the start or after the end.
     * {@code anchor} fixes the weekday, the day of the month, the week of "every other week" and the
     * day of a one-off: the start date when there is one, otherwise when the agreement was made.
     */
    public List<LocalDate> dates(LocalDate start, LocalDate end, LocalDate anchor, LocalDate from, LocalDate to) {
        LocalDate first = start != null && start.isAfter(from) ? start : from;
        LocalDate last = end != null && end.isBefore(to) ? end : to;
        LocalDate fix = anchor != null ? anchor : FALLBACK_ANCHOR;
        List<LocalDate> dates = new ArrayList<>();
        if (kind == Kind.ONCE) {
            return dates; // a one-off has one date, decided by the caller (see onceDate)
        }
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (fallsOn(d, fix)) {
                dates.add(d);
            }
        }
        return dates;
    }

    private boolean fallsOn(LocalDate d, LocalDate anchor) {
        return switch (kind) {
            case ONCE -> false;
            case DAILY -> true;
            case WEEKDAYS -> days.contains(d.getDayOfWeek()) && inWeek(d, anchor);
            case WEEKLY -> d.getDayOfWeek() == anchor.getDayOfWeek() && inWeek(d, anchor);
            case MONTHLY -> d.getDayOfMonth() == Math.min(anchor.getDayOfMonth(), d.lengthOfMonth());
        };
    }

    private boolean inWeek(LocalDate d, LocalDate anchor) {
        if (everyWeeks == 1) {
            return true;
        }
        LocalDate weekOfAnchor = anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate weekOfDay = d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return Math.floorMod(ChronoUnit.WEEKS.between(weekOfAnchor, weekOfDay), everyWeeks) == 0;
    }

    /** The date of a one-off: its start date, or the day it was agreed. */
    public static LocalDate onceDate(LocalDate start, LocalDate agreedOn) {
        return start != null ? start : agreedOn;
    }

    /** Whether this produces more than one task. */
    public boolean recurring() {
        return kind != Kind.ONCE;
    }
}
