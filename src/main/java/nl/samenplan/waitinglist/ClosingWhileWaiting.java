package nl.samenplan.waitinglist;

import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.client.ClientFileClosed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A file is not closed while the client is still on the waiting list: a closed file is read-only, so the period
 * could never be ended with its reason, and the dashboard would count the client as waiting for ever. The team
 * takes the client off the list first (admitted, died, ...), then closes the file; the refusal rolls the closing
 * back.
 */
@Component
@Transactional
class ClosingWhileWaiting {

    private final WaitingListRepository entries;

    ClosingWhileWaiting(WaitingListRepository entries) {
        this.entries = entries;
    }

    @EventListener
    void on(ClientFileClosed closed) {
        if (entries.openOf(closed.clientId()).isPresent()) {
            throw new BusinessRuleException("error.client.closeWhileWaiting");
        }
    }
}
