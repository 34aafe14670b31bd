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
 * "wekelijks", "om de week op vrijdag", "ma t/m vr", "maandelijks", "3x per week", "2 keer per week",
 * "elke ochtend", "om de dag"; empty or "eenmalig" is once; "als het nodig is", "op afroep", "zo nodig" is on
 * demand, without scheduled tasks), and the dates on which it falls. Plain Java; the task feature turns the
 * dates into tasks.
 *
 * @param kind what kind of rhythm
 * @param days the weekdays (only for {@link Kind#WEEKDAYS}): named, or spread over the week for "3x per week"
 * @param everyWeeks 1 for every week, 2 for every other week
 * @param everyDays the number of days between two tasks (only for {@link Kind#EVERY_DAYS}: 2 for "om de dag")
 * @param timesPerWeek for "3x per week" without named days: how many times, spread over {@code days}; else 0
 * @param partsOfDay the parts of the day it names ("elke ochtend"); empty when it names none
 */
public record Frequency(Kind kind, Set<DayOfWeek> days, int everyWeeks, int everyDays, int timesPerWeek,
        Set<PartOfDay> partsOfDay) {

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
        MONTHLY,
        /** Every {@code everyDays} days from the start date ("om de dag", "elke 3 dagen"). */
        EVERY_DAYS,
        /** When it is needed ("op afroep", "als het nodig is"): valid, without scheduled tasks. */
        ON_DEMAND
    }

    /** A part of the day a frequency names; tasks have a day, the part is said in words. */
    public enum PartOfDay { OCHTEND, MIDDAG, AVOND }

    /** "3x per week" without named days falls on these days: spread evenly, on weekdays first. */
    private static final Map<Integer, Set<DayOfWeek>> SPREAD = Map.of(
            2, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY),
            3, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY),
            4, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY),
            5, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY),
            6, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.SATURDAY));
    private static final Map<String, Integer> NUMBERS = Map.of("een", 1, "twee", 2, "drie", 3, "vier", 4, "vijf", 5,
            "zes", 6, "zeven", 7, "acht", 8, "negen", 9, "tien", 10);
    private static final String NUMBER = "(\\d{1,2}|een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien)";
    private static final Pattern ON_DEMAND = Pattern.compile("(alleen |en |of )?("
            + "(als|wanneer|indien|zo) (het |er iets )?(nodig|gewenst|nodig is|gewenst is|nodig zijn)"
            + "|zo ?nodig|z ?n|op (afroep|verzoek|aanvraag|oproep|vraag|eigen verzoek|verzoek van de client)"
            + "|naar (behoefte|wens)|bij (behoefte|nood|afspraken|een afspraak|afspraak|ziekenhuisafspraken)"
            + "|als er behoefte (aan )?is|als (hij|zij|ze|de client|client|mevrouw|meneer) (het )?"
            + "(vraagt|belt|nodig heeft|wil)|af en toe|in overleg|flexibel|wisselend|on demand|as needed|when needed)");
    /** "3x per week", "2 keer per week", "driemaal per week", "3 dagen in de week". */
    private static final Pattern TIMES_PER_WEEK = Pattern.compile(
            "(^|\\s)" + NUMBER + " ?(x|keer|maal|dagen) (per |in de |a )?week(\\s|$)|(^|\\s)(twee|drie|vier|vijf|zes)maal "
                    + "(per |in de )?week(\\s|$)");
    private static final Pattern TIMES_PER_MONTH = Pattern.compile(NUMBER + " ?(x|keer|maal) (per|in de) maand");
    private static final Pattern TIMES_PER_DAY = Pattern.compile(NUMBER + " ?(x|keer|maal) (per dag|daags)"
            + "|(twee|drie|vier)maal (per dag|daags)");
    /** "om de dag", "om de andere dag", "elke 3 dagen", "om de twee dagen". */
    private static final Pattern EVERY_DAYS = Pattern.compile(
            "(om de|elke|iedere|eens per|1 ?x per|een keer per) (andere |" + NUMBER + " )?dag(en)?");
    private static final Pattern PART_WORDS = Pattern.compile(
            "(^|\\s)(de |in de |s )?(ochtend|morgen|middag|avond|namiddag)(s|en)?(?=\\s|$)");
    private static final Set<String> DAILY_WORDS = Set.of("", "elke", "iedere", "ieder", "alle", "elke dag",
            "iedere dag", "ieder dag", "alle dagen", "dagelijks");

    public static final Frequency ONCE = new Frequency(Kind.ONCE, Set.of(), 1);
    public static final Frequency AS_NEEDED = new Frequency(Kind.ON_DEMAND, Set.of(), 1);

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
        partsOfDay = partsOfDay == null || partsOfDay.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(partsOfDay));
    }

    /** A rhythm on days or weeks, without a count per week or a part of the day. */
    public Frequency(Kind kind, Set<DayOfWeek> days, int everyWeeks) {
        this(kind, days, everyWeeks, kind == Kind.EVERY_DAYS ? 2 : 1, 0, Set.of());
    }

    private Frequency at(Set<PartOfDay> parts) {
        return new Frequency(kind, days, everyWeeks, everyDays, timesPerWeek, parts);
    }

    /**
     * Reads a frequency as people write it in the plan. Empty means once; "op afroep" and the like mean on demand.
     * Nothing when Samenplan cannot tell what is meant (for example "bij mooi weer"): then ask for the days.
     */
    public static Optional<Frequency> parse(String text) {
        if (text == null || text.isBlank()) {
            return Optional.of(ONCE);
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).strip().replace('’', '\'');
        s = s.replace("'s ", " s ").replace("t/m", " tm ").replace("tot en met", " tm ");
        s = TIME.matcher(s).replaceAll(" ");
        s = s.replaceAll("(^|\\s)om(?=\\s*($|,|en\\s|en$))", " ");
        String plain = s.replaceAll("[,;&+/()\\-.!?:]", " ").replaceAll("\\s+", " ").strip();
        if (plain.equals("morgen")) {
            return Optional.empty(); // tomorrow, or every morning? ask
        }
        if (ON_DEMAND.matcher(plain).matches()) {
            return Optional.of(AS_NEEDED);
        }
        Set<PartOfDay> parts = partsOfDay(s);
        s = PART_WORDS.matcher(s.replaceAll("[,;&+()]", " ")).replaceAll(" ").strip();
        return rhythm(s, !parts.isEmpty()).map(f -> f.at(parts));
    }

    private static Set<PartOfDay> partsOfDay(String s) {
        Set<PartOfDay> parts = EnumSet.noneOf(PartOfDay.class);
        if (s.matches(".*(ochtend|morgen).*")) {
            parts.add(PartOfDay.OCHTEND);
        }
        if (s.matches(".*middag.*")) {
            parts.add(PartOfDay.MIDDAG);
        }
        if (s.matches(".*avond.*")) {
            parts.add(PartOfDay.AVOND);
        }
        return parts;
    }

    private static Optional<Frequency> rhythm(String text, boolean namesPartOfDay) {
        String s = text;
        int every = 1;
        var other = EVERY_OTHER_WEEK.matcher(s);
        if (other.find()) {
            every = 2;
            s = other.replaceAll(" ");
        }
        s = s.replaceAll("(?<=[a-z])-(?=[a-z])", " tm ").replaceAll("[,;&+/()\\-.]", " ").replaceAll("\\s+", " ")
                .strip();
        if (s.matches("(een ?malig|eenmaal|1 ?x|een keer|1 keer|one-off|once)")) {
            return every == 1 ? Optional.of(ONCE) : Optional.empty();
        }
        if (s.matches("(dagelijks|elke dag|iedere dag|alle dagen|7 ?x per week|7 dagen per week|zeven dagen per week"
                + "|daily)")) {
            return every == 1 ? Optional.of(new Frequency(Kind.DAILY, Set.of(), 1)) : Optional.empty();
        }
        if (s.matches("(maandelijks|elke maand|iedere maand|1 ?x per maand|eens per maand|een keer per maand|monthly)")) {
            return every == 1 ? Optional.of(new Frequency(Kind.MONTHLY, Set.of(), 1)) : Optional.empty();
        }
        if (every == 1 && namesPartOfDay && DAILY_WORDS.contains(withoutFiller(s))) {
            return Optional.of(new Frequency(Kind.DAILY, Set.of(), 1)); // "elke ochtend", "'s avonds"
        }
        if (s.isBlank() || s.matches("(wekelijks|elke week|iedere week|1 ?x per week|eens per week|een keer per week"
                + "|weekly)")) {
            return Optional.of(new Frequency(Kind.WEEKLY, Set.of(), every));
        }
        if (s.matches("(op )?(werkdagen|doordeweeks|elke werkdag|iedere werkdag|alle werkdagen)")) {
            return Optional.of(new Frequency(Kind.WEEKDAYS, EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), every));
        }
        var perDay = TIMES_PER_DAY.matcher(s);
        if (perDay.find() && every == 1 && DAILY_WORDS.contains(withoutFiller(perDay.replaceAll(" ")))) {
            return Optional.of(new Frequency(Kind.DAILY, Set.of(), 1)); // one task a day says it all
        }
        var everyDays = EVERY_DAYS.matcher(s);
        if (every == 1 && everyDays.matches()) {
            int n = everyDays.group(3) != null ? number(everyDays.group(3))
                    : everyDays.group(2) != null || everyDays.group(1).equals("om de") ? 2 : 1;
            if (n == 1) {
                return Optional.of(new Frequency(Kind.DAILY, Set.of(), 1));
            }
            return n >= 2 && n <= 31 ? Optional.of(new Frequency(Kind.EVERY_DAYS, Set.of(), 1, n, 0, Set.of()))
                    : Optional.empty();
        }
        var perMonth = TIMES_PER_MONTH.matcher(s);
        if (every == 1 && perMonth.matches() && number(perMonth.group(1)) == 2) {
            return Optional.of(new Frequency(Kind.WEEKLY, Set.of(), 2)); // twice a month: every other week
        }
        var perWeek = TIMES_PER_WEEK.matcher(s);
        if (perWeek.find()) {
            String count = perWeek.group(2) != null ? perWeek.group(2) : perWeek.group(7);
            int n = number(count);
            String rest = perWeek.replaceAll(" ").strip();
            if (!withoutFiller(rest).isEmpty()) {
                return weekdays(rest, every); // "2x per week, op di en vr": the named days count
            }
            if (every != 1 || n < 1 || n > 7) {
                return Optional.empty();
            }
            if (n == 1) {
                return Optional.of(new Frequency(Kind.WEEKLY, Set.of(), 1));
            }
            if (n == 7) {
                return Optional.of(new Frequency(Kind.DAILY, Set.of(), 1));
            }
            return Optional.of(new Frequency(Kind.WEEKDAYS, SPREAD.get(n), 1, 1, n, Set.of()));
        }
        return weekdays(s, every);
    }

    private static int number(String word) {
        if (word.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(word);
        }
        return NUMBERS.getOrDefault(word.replace("maal", ""), -1);
    }

    /** The words left after the little words that say nothing about the rhythm. */
    private static String withoutFiller(String s) {
        return java.util.Arrays.stream(s.split("\\s+"))
                .filter(t -> !t.isBlank() && !Set.of("en", "s", "de", "in", "op", "om", "van", "het").contains(t))
                .collect(java.util.stream.Collectors.joining(" "));
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
        if (kind == Kind.ONCE || kind == Kind.ON_DEMAND) {
            return dates; // a one-off has one date, decided by the caller (see onceDate); on demand has none
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
            case EVERY_DAYS -> Math.floorMod(ChronoUnit.DAYS.between(anchor, d), everyDays) == 0;
            case ON_DEMAND -> false;
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

    /** Whether this produces tasks on a schedule, more than one. */
    public boolean recurring() {
        return kind != Kind.ONCE && kind != Kind.ON_DEMAND;
    }

    /** Whether this is a one-off: one task, on its start date. */
    public boolean once() {
        return kind == Kind.ONCE;
    }

    /** Whether this happens when it is needed, without scheduled tasks ("op afroep"). */
    public boolean onDemand() {
        return kind == Kind.ON_DEMAND;
    }

    /** Whether the days were spread by Samenplan ("3x per week") rather than named. */
    public boolean spread() {
        return timesPerWeek > 0;
    }
}
