package nl.samenplan.client;

import java.time.LocalDate;
import java.util.Set;
import nl.samenplan.catalog.FundingDomain;

/** What the team types about a client; the team itself is never typed: it is the user's own. */
public record ClientData(String firstName, String lastName, LocalDate dateOfBirth, String address, String postcode,
        String village, String phone, String email, ClientStatus status, Set<FundingDomain> fundingDomains,
        String importantToMe, LocalDate consentOn) {

    public ClientData {
        fundingDomains = fundingDomains == null ? Set.of() : Set.copyOf(fundingDomains);
    }
}
