package nl.samenplan.base.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Helpers for SVG built as a string for {@code com.vaadin.flow.component.Svg}, which does not sanitise: every text
 * and attribute value must go through {@link #esc}, every coordinate through {@link #num}.
 */
public final class SvgMarkup {

    private SvgMarkup() {
    }

    /** Escapes for text and attribute values alike, and drops the characters XML 1.0 does not allow. */
    public static String esc(String text) {
        StringBuilder out = new StringBuilder();
        (text == null ? "" : text).chars().forEach(c -> out.append(switch (c) {
            case '&' -> "&amp;";
            case '<' -> "&lt;";
            case '>' -> "&gt;";
            case '"' -> "&quot;";
            case '\'' -> "&#39;";
            default -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF ? ""
                    : String.valueOf((char) c);
        }));
        return out.toString();
    }

    /** Markup from a pattern in every locale alike; each {@code %s} argument must be escaped text or a {@link #num}. */
    public static String format(String pattern, Object... args) {
        return String.format(Locale.ROOT, pattern, args);
    }

    /** A coordinate with at most one decimal and a decimal point, also in a Dutch locale. */
    public static String num(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }

    /**
     * Greedy word wrap at {@code max} characters. A word up to 6 characters longer stays whole; only a longer one is
     * broken, with a hyphen, so nothing is ever cut off. Empty text gives no lines.
     */
    public static List<String> wrap(String text, int max) {
        List<String> lines = new ArrayList<>();
        String line = "";
        for (String word : (text == null ? "" : text).strip().split("\\s+")) {
            for (; word.length() > max + 6; word = word.substring(max)) {
                lines.addAll(line.isEmpty() ? List.of(word.substring(0, max) + "-")
                        : List.of(line, word.substring(0, max) + "-"));
                line = "";
            }
            if (!line.isEmpty() && line.length() + 1 + word.length() > max) {
                lines.add(line);
                line = "";
            }
            line = line.isEmpty() ? word : line + " " + word;
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }
}
