package nl.samenplan.workflow;

import java.time.Clock;
import java.time.LocalDate;
import nl.samenplan.client.ConsentData;
import nl.samenplan.client.ConsentManner;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * At the kitchen table the leefcoach asks the client, when a volunteer could help, whether their data may go to the
 * team's volunteers. A yes is recorded with the agreement in one action: the consent (spoken, today, by whoever asks
 * it) and then the agreement, in one transaction; the button says what it records.
 */
@Service
public class NeedConsentService {

    private final NeedService needs;
    private final ConsentService consents;
    private final Clock clock;

    NeedConsentService(NeedService needs, ConsentService consents, Clock clock) {
        this.needs = needs;
        this.consents = consents;
        this.clock = clock;
    }

    /** Records the client's spoken consent for volunteers and agrees the volunteer proposal that needed it. */
    @PreAuthorize(Permissions.PLAN_WRITE)
    @Transactional
    public void acceptWithVolunteerConsent(long needId, Proposal proposal) {
        long clientId = needs.clientOf(needId);
        if (proposal.needsConsent()) {
            consents.record(clientId, ConsentData.of(ConsentRecipient.VOLUNTEERS, LocalDate.now(clock),
                    ConsentManner.MONDELING));
        }
        needs.accept(needId, proposal.consented());
    }
}
