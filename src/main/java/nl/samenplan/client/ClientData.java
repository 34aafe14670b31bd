package nl.samenplan.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import nl.samenplan.base.PlausibleDate;
import nl.samenplan.catalog.FundingDomain;

/**
 * What the team types about a client; the team itself is never typed: it is the user's own. The limits are the
 * columns' ({@link ClientLimits}); the client checks the rest (birth date, postcode, e-mail, phone).
 */
public record ClientData(
        @NotBlank(message = "error.client.nameRequired") @Size(max = ClientLimits.FIRST_NAME) String firstName,
        @NotBlank(message = "error.client.nameRequired") @Size(max = ClientLimits.LAST_NAME) String lastName,
        LocalDate dateOfBirth,
        @Size(max = ClientLimits.ADDRESS) String address,
        @Size(max = ClientLimits.POSTCODE) String postcode,
        @NotBlank(message = "error.client.villageRequired") @Size(max = ClientLimits.VILLAGE) String village,
        @Size(max = ClientLimits.PHONE) String phone,
        @Size(max = ClientLimits.EMAIL) String email,
        ClientStatus status, Set<FundingDomain> fundingDomains,
        @Size(max = ClientLimits.IMPORTANT_TO_ME) String importantToMe,
        @PlausibleDate LocalDate consentOn) {

    public ClientData {
        fundingDomains = fundingDomains == null ? Set.of() : Set.copyOf(fundingDomains);
    }
}
