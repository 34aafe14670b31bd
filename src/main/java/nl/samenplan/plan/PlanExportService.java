package nl.samenplan.plan;

import nl.samenplan.audit.AccessDetail;
import nl.samenplan.audit.AccessEventType;
import nl.samenplan.audit.LogsAccess;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.Translations;
import nl.samenplan.client.ClientService;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.client.NetworkService;
import nl.samenplan.security.Permissions;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan leaves the application as a PDF, for someone: the client, or a network member of theirs, who gets it only
 * with the client's active consent. The access log's PLAN_EXPORTED entry names for whom.
 */
@Service
@Transactional(readOnly = true)
public class PlanExportService {

    private final ClientService clients;
    private final NetworkService network;
    private final ConsentService consents;
    private final Translations translations;

    PlanExportService(ClientService clients, NetworkService network, ConsentService consents,
            Translations translations) {
        this.clients = clients;
        this.network = network;
        this.consents = consents;
        this.translations = translations;
    }

    /**
     * Whether the plan's PDF may go to this recipient ({@code networkMemberId} null: the client), refused with the
     * reason when a network member has no consent. Called when the PDF is made, so the refusal is also the log's.
     */
    @PreAuthorize(Permissions.CLIENT_READ)
    @LogsAccess(AccessEventType.PLAN_EXPORTED)
    public PdfRecipient exportPdf(long clientId, Long networkMemberId) {
        clients.get(clientId); // team check
        if (networkMemberId == null) {
            return new PdfRecipient(clientId, null, null,
                    translations.getTranslation("plan.pdf.detail.client", Translations.NL));
        }
        NetworkService.Member member = network.members(clientId).stream().filter(m -> m.id() == networkMemberId)
                .findFirst().orElseThrow(() -> new BusinessRuleException("error.consent.memberNotInNetwork"));
        if (!consents.hasConsent(clientId, ConsentRecipient.NETWORK_MEMBER, networkMemberId)) {
            throw new BusinessRuleException("error.consent.networkMember", member.name());
        }
        return new PdfRecipient(clientId, member.id(), member.name(),
                translations.getTranslation("plan.pdf.detail.member", Translations.NL, member.name(),
                        String.valueOf(member.id())));
    }

    /** For whom the PDF is: the client (no member), or a network member with consent. */
    public record PdfRecipient(long clientId, Long networkMemberId, String memberName, String accessDetail)
            implements nl.samenplan.audit.ClientScoped, AccessDetail {
    }
}
