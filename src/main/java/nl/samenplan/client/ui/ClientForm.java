package nl.samenplan.client.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.samenplan.base.ui.DatePickers;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.catalog.FundingDomain;
import nl.samenplan.client.ClientData;
import nl.samenplan.client.ClientStatus;
import nl.samenplan.client.Postcode;

/**
 * The client's details as a form. It checks what it can at once (required fields, a birth date in the
 * future, an impossible postcode) with a Dutch message on the field; the service checks again.
 */
class ClientForm extends FormLayout {

    final TextField firstName = new TextField();
    final TextField lastName = new TextField();
    final TextField callName = new TextField();
    final DatePicker dateOfBirth = new DatePicker();
    final TextField address = new TextField();
    final TextField postcode = new TextField();
    final TextField village = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final Select<ClientStatus> status = new Select<>();
    final CheckboxGroup<FundingDomain> fundingDomains = new CheckboxGroup<>();
    final TextArea importantToMe = new TextArea();

    ClientForm(LocalDate today) {
        label(firstName, "client.field.firstName", true);
        label(lastName, "client.field.lastName", true);
        label(callName, "client.field.callName", false);
        callName.setHelperText(getTranslation("client.callName.help"));
        dateOfBirth.setLabel(getTranslation("client.field.dateOfBirth"));
        dateOfBirth.setRequiredIndicatorVisible(true);
        dateOfBirth.setMax(today);
        dateOfBirth.setInitialPosition(today.minusYears(80));
        DatePickers.dutch(dateOfBirth);
        dateOfBirth.setId("client-date-of-birth");
        label(address, "client.field.address", false);
        label(postcode, "client.field.postcode", false);
        postcode.setPlaceholder("1234 AB");
        label(village, "client.field.village", true);
        label(phone, "client.field.phone", false);
        email.setLabel(getTranslation("client.field.email"));
        email.setErrorMessage(getTranslation("error.email.invalid"));
        email.setId("client-email");
        status.setLabel(getTranslation("client.field.status"));
        status.setItems(ClientStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(ClientStatus.AANGEMELD);
        status.setId("client-status");
        fundingDomains.setLabel(getTranslation("client.field.fundingDomains"));
        fundingDomains.setItems(FundingDomain.values());
        fundingDomains.setItemLabelGenerator(FundingDomain::label);
        fundingDomains.setId("client-funding-domains");
        fundingDomains.setReadOnly(true); // follows the plan's professional care: never typed
        fundingDomains.setHelperText(getTranslation("client.fundingDomains.help"));
        importantToMe.setLabel(getTranslation("client.field.importantToMe"));
        importantToMe.setPlaceholder(getTranslation("client.importantToMe.placeholder"));
        importantToMe.setId("client-important-to-me");

        postcode.addValueChangeListener(e -> {
            boolean bad = !e.getValue().isBlank() && !Postcode.isValid(e.getValue());
            postcode.setInvalid(bad);
            postcode.setErrorMessage(bad ? getTranslation("error.client.postcodeInvalid") : null);
        });
        dateOfBirth.addValueChangeListener(e -> {
            boolean future = e.getValue() != null && e.getValue().isAfter(today);
            dateOfBirth.setInvalid(future);
            dateOfBirth.setErrorMessage(future ? getTranslation("error.client.dateOfBirthFuture") : null);
        });

        add(firstName, lastName, callName, dateOfBirth, status, address, postcode, village, phone, email, fundingDomains,
                importantToMe);
        setColspan(importantToMe, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    /** The form's fields by their name in {@link ClientData}, with its limits; a refused save is shown there. */
    FormErrors errors(Paragraph block) {
        return new FormErrors(block).bean(ClientData.class)
                .field("firstName", firstName, "error.client.nameRequired")
                .field("lastName", lastName)
                .field("callName", callName)
                .field("dateOfBirth", dateOfBirth, "error.client.dateOfBirthRequired",
                        "error.client.dateOfBirthFuture", "error.client.dateOfBirthPast")
                .field("address", address)
                .field("postcode", postcode, "error.client.postcodeInvalid")
                .field("village", village, "error.client.villageRequired")
                .field("phone", phone, "error.phone.invalid")
                .field("email", email, "error.email.invalid")
                .field("importantToMe", importantToMe);
    }

    private void label(TextField field, String key, boolean required) {
        field.setLabel(getTranslation(key));
        field.setRequiredIndicatorVisible(required);
        field.setId("client-" + key.substring(key.lastIndexOf('.') + 1).replaceAll("([A-Z])", "-$1").toLowerCase());
    }

    void fill(ClientData data) {
        firstName.setValue(data.firstName());
        lastName.setValue(data.lastName());
        callName.setValue(orEmpty(data.callName()));
        dateOfBirth.setValue(data.dateOfBirth());
        address.setValue(orEmpty(data.address()));
        postcode.setValue(orEmpty(data.postcode()));
        village.setValue(data.village());
        phone.setValue(orEmpty(data.phone()));
        email.setValue(orEmpty(data.email()));
        status.setValue(data.status());
        fundingDomains.setValue(data.fundingDomains());
        importantToMe.setValue(orEmpty(data.importantToMe()));
    }

    ClientData data() {
        Set<FundingDomain> domains = fundingDomains.getValue().isEmpty() ? Set.of()
                : EnumSet.copyOf(fundingDomains.getValue());
        return new ClientData(firstName.getValue(), lastName.getValue(), dateOfBirth.getValue(), address.getValue(),
                postcode.getValue(), village.getValue(), phone.getValue(), email.getValue(), status.getValue(), domains,
                importantToMe.getValue(), callName.getValue());
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
