package nl.samenplan.fuzz;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What people (and the occasional attacker) type: nothing, only spaces, far too much, emoji, right-to-left text,
 * combining marks, SQL and script fragments, template syntax; impossible and far-away dates; negative and huge
 * numbers; and what a browser sends when it could not read a date or number at all.
 */
final class Hostile {

    /** Whether a value must be refused, must be saved exactly (trimmed), or may go either way (formats, rules). */
    enum Expect { REFUSE, SAVE, EITHER }

    /** One value to type, with what it should lead to in a field that takes free text. */
    record Text(String label, String value, Expect inFreeText) {
    }

    static final String EMOJI = "Opa 👴🏽 en oma 👵 vieren 🎉";
    static final String RIGHT_TO_LEFT = "مرحبا بكم — שלום \u202Etxt.exe";
    static final String COMBINING = "Z̴̡a̷̢l̸g̵o ë́ ñ̃";
    static final String SQL = "'; DROP TABLE client; --";
    static final String SQL_QUOTES = "Robert'); DELETE FROM plan WHERE ('1'='1";
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String MARKUP = "<b>vet</b> <img src=x onerror=alert(1)>";
    static final String TEMPLATES = "${jndi:ldap://x} {{7*7}} %s %n {0}";
    static final String SPACED = "   ruimte eromheen   ";

    private Hostile() {
    }

    /** The texts for a field that holds at most {@code max} characters (at the limit and one over it too). */
    static List<Text> texts(int max) {
        List<Text> texts = new ArrayList<>(List.of(
                new Text("empty", "", Expect.EITHER),
                new Text("only spaces", "     ", Expect.EITHER),
                new Text("10,000 characters", "x".repeat(10_000), Expect.REFUSE),
                new Text("emoji", EMOJI, Expect.SAVE),
                new Text("right-to-left", RIGHT_TO_LEFT, Expect.SAVE),
                new Text("combining marks", COMBINING, Expect.SAVE),
                new Text("SQL", SQL, Expect.SAVE),
                new Text("SQL quotes", SQL_QUOTES, Expect.SAVE),
                new Text("script", SCRIPT, Expect.SAVE),
                new Text("markup", MARKUP, Expect.SAVE),
                new Text("template syntax", TEMPLATES, Expect.SAVE),
                new Text("spaces around", SPACED, Expect.SAVE)));
        texts.add(new Text("exactly the limit", "a".repeat(max - 1) + "z", Expect.SAVE));
        texts.add(new Text("one over the limit", "a".repeat(max) + "z", Expect.REFUSE));
        // a text longer than the field must never be saved, also where it fits the fixed values above
        texts.replaceAll(t -> t.value().strip().length() > max && t.inFreeText() == Expect.SAVE
                ? new Text(t.label(), t.value(), Expect.REFUSE) : t);
        return texts;
    }

    /** Dates nobody means, and one that is far ahead but possible. */
    static List<LocalDate> dates() {
        return List.of(LocalDate.of(1, 1, 1), LocalDate.of(1899, 12, 31), LocalDate.of(2100, 1, 1),
                LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.now().plusYears(30),
                LocalDate.of(1900, 1, 1));
    }

    /** What a person types in a date field that the browser cannot read as a date. */
    static List<String> unreadableDates() {
        return List.of("31-02-2025", "morgen", "00-00-0000");
    }

    static List<Integer> numbers() {
        return List.of(-1, 0, 11, Integer.MIN_VALUE, Integer.MAX_VALUE, 1_000_000_000);
    }

    /** What a person types in a number field that the browser cannot read as a whole number. */
    static List<String> unreadableNumbers() {
        return List.of("99999999999", "12,5", "twaalf");
    }
}
