package nl.samenplan.client;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Set;
import nl.samenplan.catalog.FundingDomain;

/**
 * What the team types about a client; the team itself is never typed: it is the user's own. The limits are the
 * columns' ({@link ClientLimits}); the client checks the rest (birth date, postcode, e-mail, phone). The funding
 * domains are not typed: they follow the plan's professional care ({@code ClientService#recordPlanFacts}); a form's
 * value is ignored.
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
        @Size(max = ClientLimits.CALL_NAME) String callName) {

    public ClientData {
        fundingDomains = fundingDomains == null ? Set.of() : Set.copyOf(fundingDomains);
    }

    /** What the team types, without a roepnaam. */
    public ClientData(String firstName, String lastName, LocalDate dateOfBirth, String address, String postcode,
            String village, String phone, String email, ClientStatus status, Set<FundingDomain> fundingDomains,
            String importantToMe) {
        this(firstName, lastName, dateOfBirth, address, postcode, village, phone, email, status, fundingDomains,
                importantToMe, null);
    }

    /** How the client is addressed: the roepnaam when there is one, else the first name. */
    public String addressedAs() {
        return callName == null || callName.isBlank() ? firstName : callName;
    }
}
