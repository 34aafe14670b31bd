package nl.samenplan.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.DatePickers;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.client.ClientLimits;
import nl.samenplan.client.ConsentData;
import nl.samenplan.client.ConsentManner;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.client.NetworkService.Member;

/**
 * "Toestemming vastleggen": for whom (the team, a naaste, the volunteers, an organisation), since when, how, and for
 * a consent by a representative, who. A rule that says no is shown here and nothing typed is lost.
 */
class ConsentDialog extends Dialog {

    final Select<ConsentRecipient> recipient = new Select<>();
    final Select<Member> member = new Select<>();
    final TextField organisation = new TextField();
    final DatePicker givenOn = new DatePicker();
    final RadioButtonGroup<ConsentManner> manner = new RadioButtonGroup<>();
    final TextField representative = new TextField();
    final Paragraph error = new Paragraph();

    ConsentDialog(ConsentService service, long clientId, List<Member> members, LocalDate today, Runnable onSaved) {
        setHeaderTitle(getTranslation("consent.record"));
        setId("consent-dialog");
        recipient.setLabel(getTranslation("consent.field.recipient"));
        recipient.setItems(ConsentRecipient.values());
        recipient.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        recipient.setId("consent-recipient");
        member.setLabel(getTranslation("consent.field.member"));
        member.setItems(members);
        member.setItemLabelGenerator(Member::name);
        member.setId("consent-member");
        organisation.setLabel(getTranslation("consent.field.organisation"));
        organisation.setMaxLength(ClientLimits.CONSENT_NAME);
        organisation.setId("consent-organisation");
        givenOn.setLabel(getTranslation("consent.field.givenOn"));
        givenOn.setMax(today);
        givenOn.setValue(today);
        DatePickers.dutch(givenOn);
        givenOn.setId("consent-given-on");
        manner.setLabel(getTranslation("consent.field.manner"));
        manner.setItems(ConsentManner.values());
        manner.setItemLabelGenerator(m -> getTranslation(m.labelKey()));
        manner.setId("consent-manner");
        representative.setLabel(getTranslation("consent.field.representative"));
        representative.setMaxLength(ClientLimits.CONSENT_NAME);
        representative.setId("consent-representative");
        recipient.addValueChangeListener(e -> showWhatApplies());
        manner.addValueChangeListener(e -> showWhatApplies());
        showWhatApplies();
        error.addClassName("form-error");
        error.setVisible(false);
        FormErrors errors = new FormErrors(error).bean(ConsentData.class)
                .field("recipient", recipient, "error.consent.recipientRequired", "error.consent.alreadyActive")
                .field("networkMemberId", member, "error.consent.memberRequired", "error.consent.memberNotInNetwork")
                .field("organisation", organisation, "error.consent.organisationRequired")
                .field("givenOn", givenOn, "error.consent.givenOnRequired", "error.consent.givenOnFuture")
                .field("manner", manner, "error.consent.mannerRequired")
                .field("representative", representative, "error.consent.representativeRequired");
        add(error, new FormLayout(recipient, member, organisation, givenOn, manner, representative));

        Button save = new Button(getTranslation("action.save"), e -> save(service, clientId, errors, onSaved));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("consent-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Only the fields the choice needs: the naaste, the organisation, the representative. */
    private void showWhatApplies() {
        member.setVisible(recipient.getValue() == ConsentRecipient.NETWORK_MEMBER);
        organisation.setVisible(recipient.getValue() == ConsentRecipient.ORGANISATION);
        representative.setVisible(manner.getValue() == ConsentManner.VERTEGENWOORDIGER);
    }

    private void save(ConsentService service, long clientId, FormErrors errors, Runnable onSaved) {
        if (!errors.readable()) {
            return;
        }
        ConsentRecipient kind = recipient.getValue();
        ConsentData data = new ConsentData(kind,
                kind == ConsentRecipient.NETWORK_MEMBER && member.getValue() != null ? member.getValue().id() : null,
                kind == ConsentRecipient.ORGANISATION ? organisation.getValue() : null, givenOn.getValue(),
                manner.getValue(), manner.getValue() == ConsentManner.VERTEGENWOORDIGER ? representative.getValue()
                        : null);
        try {
            service.record(clientId, data);
            close();
            onSaved.run();
        } catch (BusinessRuleException ex) {
            errors.show(ex);
        }
    }
}
