package nl.samenplan.client;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A Dutch postcode: four digits (not starting with 0) and two letters, written as "1234 AB". */
public final class Postcode {

    private static final Pattern FORMAT = Pattern.compile("([1-9][0-9]{3})\\s?([A-Za-z]{2})");

    private Postcode() {
    }

    public static boolean isValid(String raw) {
        if (raw == null) {
            return false;
        }
        Matcher matcher = FORMAT.matcher(raw.strip());
        if (!matcher.matches()) {
            return false;
        }
        String letters = matcher.group(2).toUpperCase(Locale.ROOT);
        // PostNL never hands out SA, SD and SS
        return !letters.equals("SA") && !letters.equals("SD") && !letters.equals("SS");
    }

    public static String normalise(String raw) {
        if (!isValid(raw)) {
            throw new IllegalArgumentException("Not a Dutch postcode");
        }
        Matcher matcher = FORMAT.matcher(raw.strip());
        matcher.matches();
        return matcher.group(1) + " " + matcher.group(2).toUpperCase(Locale.ROOT);
    }
}
