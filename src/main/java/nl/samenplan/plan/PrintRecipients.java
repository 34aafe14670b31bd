package nl.samenplan.plan;

import java.util.List;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.Translations;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.client.NetworkService;
import org.springframework.stereotype.Component;

/**
 * For whom a printed plan is: the client, or a network member of theirs who has the client's active consent; anyone
 * else is refused with the reason. The words name the recipient in the access log (in Dutch, as the log is read).
 */
@Component
class PrintRecipients {

    private final ConsentService consents;
    private final Translations translations;

    PrintRecipients(ConsentService consents, Translations translations) {
        this.consents = consents;
        this.translations = translations;
    }

    /** The access log's words for the recipient; {@code network} is the client's, read after the team check. */
    String require(long clientId, Long networkMemberId, List<NetworkService.Member> network) {
        if (networkMemberId == null) {
            return translations.getTranslation("plan.pdf.detail.client", Translations.NL);
        }
        NetworkService.Member member = network.stream().filter(m -> m.id() == networkMemberId).findFirst()
                .orElseThrow(() -> new BusinessRuleException("error.consent.memberNotInNetwork"));
        if (!consents.hasConsent(clientId, ConsentRecipient.NETWORK_MEMBER, networkMemberId)) {
            throw new BusinessRuleException("error.consent.networkMember", member.name());
        }
        return translations.getTranslation("plan.pdf.detail.member", Translations.NL, member.name(),
                String.valueOf(member.id()));
    }
}
