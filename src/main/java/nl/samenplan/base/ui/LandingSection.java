package nl.samenplan.base.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A short list a feature adds to a landing page (such as Mijn taken), contributed as a Spring bean, so the page
 * shows it without depending on that feature.
 */
public interface LandingSection {

    /** The route path of the landing page, as in its {@code @Route}. */
    String route();

    /** The section for the current user, or nothing when there is nothing to show. */
    Optional<Component> create();
}
