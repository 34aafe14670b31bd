package nl.samenplan.client;

import java.time.LocalDate;

/**
 * A client withdrew a consent: published by the {@link ConsentService} inside the withdrawal's transaction, so that
 * other features act on it at once and in the same transaction (the tasks take a volunteer's open tasks back). The
 * client feature knows none of its listeners.
 */
public record ConsentWithdrawn(long clientId, ConsentRecipient recipient, Long networkMemberId, LocalDate on,
        String byName) {
}
