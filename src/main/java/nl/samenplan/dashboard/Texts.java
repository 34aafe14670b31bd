package nl.samenplan.dashboard;

/** The translations the exports are written in (a view passes its {@code getTranslation}). */
@FunctionalInterface
public interface Texts {

    String text(String key, Object... params);
}
