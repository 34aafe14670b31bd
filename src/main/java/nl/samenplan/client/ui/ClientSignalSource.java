package nl.samenplan.client.ui;

import com.vaadin.flow.component.Component;
import java.util.List;

/**
 * Signals that another feature adds to the Signalen card of the client's Overzicht (a task that did
 * not work out), as a Spring bean, so that this package imports none of those features.
 */
public interface ClientSignalSource {

    /** The open signals about this client, one component each. */
    List<Component> signals(long clientId);
}
