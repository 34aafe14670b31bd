package nl.samenplan.client.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * A part of the client file's Overzicht that another feature contributes (the plan at a glance,
 * later signals and the waiting list), as a Spring bean, so that this package imports none of them.
 */
public interface ClientOverviewSection {

    /** Where the section stands on the page; lower first. */
    int order();

    /** The section for this client, or nothing when the user may not see it. */
    Optional<Component> create(long clientId);
}
