package nl.samenplan.client;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import nl.samenplan.base.PlausibleDate;

/**
 * A consent as the team records it: for whom (a network member by id, an organisation by name), since when, how, and
 * for a consent given by a representative, who that was.
 */
public record ConsentData(
        @NotNull(message = "error.consent.recipientRequired") ConsentRecipient recipient,
        Long networkMemberId,
        @Size(max = ClientLimits.CONSENT_NAME) String organisation,
        @NotNull(message = "error.consent.givenOnRequired") @PlausibleDate LocalDate givenOn,
        @NotNull(message = "error.consent.mannerRequired") ConsentManner manner,
        @Size(max = ClientLimits.CONSENT_NAME) String representative) {

    /** A consent for the team or the volunteers, given by the client themselves. */
    public static ConsentData of(ConsentRecipient recipient, LocalDate givenOn, ConsentManner manner) {
        return new ConsentData(recipient, null, null, givenOn, manner, null);
    }

    public static ConsentData forMember(long networkMemberId, LocalDate givenOn, ConsentManner manner) {
        return new ConsentData(ConsentRecipient.NETWORK_MEMBER, networkMemberId, null, givenOn, manner, null);
    }
}
