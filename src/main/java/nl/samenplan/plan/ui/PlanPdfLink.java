package nl.samenplan.plan.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.function.Function;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.client.NetworkService.Member;

/**
 * The plan's PDF, for whom: the client themselves, or a network member, who gets it only with the client's consent.
 * Choosing a naaste without consent says why at once and offers no PDF; the service refuses it all the same.
 */
class PlanPdfLink extends Div {

    final Select<Member> forWhom = new Select<>();
    final Anchor pdf;
    final Span refused = new Span();

    /**
     * {@code render} makes the PDF's bytes for the client (null) or a naaste (their id), through the service that
     * refuses a naaste without consent and logs the export for whom.
     */
    PlanPdfLink(long clientId, List<Member> members, ConsentService consents, Function<Long, byte[]> render) {
        addClassName("plan-pdf");
        forWhom.setLabel(getTranslation("plan.pdf.for"));
        forWhom.setItems(members);
        forWhom.setEmptySelectionAllowed(true);
        forWhom.setEmptySelectionCaption(getTranslation("plan.pdf.forClient"));
        forWhom.setItemLabelGenerator(m -> m == null ? getTranslation("plan.pdf.forClient")
                : getTranslation("plan.pdf.forMember", m.name()));
        forWhom.setId("plan-pdf-for");
        pdf = new Anchor(DownloadHandler.fromInputStream(download -> {
            Member member = forWhom.getValue();
            byte[] bytes;
            try {
                bytes = render.apply(member == null ? null : member.id());
            } catch (BusinessRuleException e) {
                return DownloadResponse.error(403);
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes), "ondersteuningsplan.pdf", "application/pdf",
                    bytes.length);
        }), getTranslation("plan.pdf"));
        pdf.getElement().setAttribute("download", true);
        pdf.setId("plan-pdf");
        pdf.addClassName("pdf-link");
        pdf.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        refused.setId("plan-pdf-refused");
        refused.addClassName("attention");
        refused.setVisible(false);
        forWhom.addValueChangeListener(e -> {
            Member member = e.getValue();
            boolean allowed = member == null
                    || consents.hasConsent(clientId, ConsentRecipient.NETWORK_MEMBER, member.id());
            pdf.setEnabled(allowed);
            pdf.setVisible(allowed);
            refused.setText(allowed ? "" : getTranslation("error.consent.networkMember", member.name()));
            refused.setVisible(!allowed);
        });
        add(forWhom, pdf, refused);
    }
}
