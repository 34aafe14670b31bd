package nl.samenplan.client.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;

/**
 * Something another feature shows above the client list, the landing page of the leefcoach and the
 * dorpsregisseur (the signals of tasks that did not work out), as a Spring bean, so that this package
 * imports none of those features.
 */
public interface ClientListSection {

    /** The section for the current user, or nothing when there is nothing to show. */
    Optional<Component> create();
}
