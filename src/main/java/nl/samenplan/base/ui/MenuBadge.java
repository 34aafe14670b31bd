package nl.samenplan.base.ui;

/**
 * A number next to a menu item (overdue tasks and new signals), contributed by a feature as a Spring
 * bean. The menu asks again after every navigation, so the number follows what the user just did.
 */
public interface MenuBadge {

    /** The route path of the menu item, as in its {@code @Route}. */
    String route();

    /** The number to show for the current user; 0 shows nothing. */
    int count();

    /** The translation key of what the number means, for screen readers and the tooltip. */
    String labelKey();
}
