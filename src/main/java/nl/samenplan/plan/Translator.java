package nl.samenplan.plan;

/**
 * Looks up a text by key, filling {@link java.text.MessageFormat} placeholders ({0}, {1}, …) when parameters are
 * given. The plan PDF takes every fixed text from it (keys start with {@code pdf.}), so the same layout prints in
 * Dutch or English.
 */
@FunctionalInterface
public interface Translator {

    String get(String key, Object... params);
}
