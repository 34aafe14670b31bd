package nl.samenplan.base;

/**
 * What someone typed in a search box, made ready for a {@code like} in a query: trimmed, nothing when blank, and
 * with {@code %} and {@code _} taken as the characters they are (escaped with {@link #ESCAPE}), so that a search
 * for "100%" or "de_Vries" finds those and not every row. The query says {@code escape '!'}.
 */
public final class SearchTerm {

    /** The escape character the queries name: one that needs no escaping in a SQL string itself. */
    public static final char ESCAPE = '!';

    private SearchTerm() {
    }

    /** The term for {@code like concat(:search, '%') escape '!'}; null when nothing was typed. */
    public static String of(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        StringBuilder term = new StringBuilder();
        for (char c : typed.strip().toCharArray()) {
            if (c == ESCAPE || c == '%' || c == '_') {
                term.append(ESCAPE);
            }
            term.append(c);
        }
        return term.toString();
    }
}
