package nl.samenplan.base;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Formats the way a Dutch care team reads them: dd-MM-yyyy, 24 h, euro amounts as "€ 38.400". */
public final class DutchFormats {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy", DUTCH);
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm", DUTCH);

    private DutchFormats() {
    }

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Whole euros with a Dutch thousands separator: 38400 → "€ 38.400". */
    public static String euros(long amount) {
        NumberFormat format = NumberFormat.getIntegerInstance(DUTCH);
        return "€ " + format.format(amount);
    }
}
