package nl.samenplan.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.client.NetworkMember;
import nl.samenplan.client.NetworkMemberData;
import nl.samenplan.client.NetworkService;
import nl.samenplan.client.NetworkService.Member;
import nl.samenplan.client.Relation;

/** Add or change a naaste; a rule that says no is shown here and nothing typed is lost. */
class NetworkMemberDialog extends Dialog {

    final TextField name = new TextField();
    final Select<Relation> relation = new Select<>();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final TextArea currentHelp = new TextArea();
    final MultiSelectComboBox<Item> canHelpWith = new MultiSelectComboBox<>();
    final TextField availability = new TextField();
    final Checkbox caregiver = new Checkbox();
    final IntegerField burden = new IntegerField();
    final Paragraph error = new Paragraph();

    NetworkMemberDialog(NetworkService service, long clientId, Member existing, List<Item> categories,
            Consumer<Member> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "network.add" : "network.edit"));
        setId("network-dialog");
        name.setLabel(getTranslation("network.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("member-name");
        relation.setLabel(getTranslation("network.relation"));
        relation.setItems(Relation.values());
        relation.setItemLabelGenerator(r -> getTranslation(r.labelKey()));
        relation.setId("member-relation");
        phone.setLabel(getTranslation("client.field.phone"));
        phone.setId("member-phone");
        email.setLabel(getTranslation("client.field.email"));
        email.setId("member-email");
        currentHelp.setLabel(getTranslation("network.currentHelp"));
        currentHelp.setId("member-current-help");
        canHelpWith.setLabel(getTranslation("network.canHelpWith"));
        canHelpWith.setItems(categories.stream().filter(c -> c.active() && !c.professionalByNature()).toList());
        canHelpWith.setItemLabelGenerator(Item::name);
        canHelpWith.setId("member-can-help-with");
        availability.setLabel(getTranslation("network.availability"));
        availability.setPlaceholder(getTranslation("network.availability.placeholder"));
        availability.setId("member-availability");
        caregiver.setLabel(getTranslation("network.caregiver"));
        caregiver.setId("member-caregiver");
        burden.setLabel(getTranslation("network.burden"));
        burden.setHelperText(getTranslation("network.burden.help"));
        burden.setMin(0);
        burden.setMax(NetworkMember.MAX_BURDEN);
        burden.setStepButtonsVisible(true);
        burden.setId("member-burden");
        // A burden score is only asked of a mantelzorger: typing one says that this naaste is one
        burden.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                caregiver.setValue(true);
            }
        });
        caregiver.addValueChangeListener(e -> {
            if (!e.getValue()) {
                clearBurden();
            }
        });
        error.addClassName("form-error");
        error.setVisible(false);
        error.setId("member-error");

        if (existing != null) {
            NetworkMemberData data = existing.data();
            name.setValue(data.name());
            relation.setValue(data.relation());
            phone.setValue(nullToEmpty(data.phone()));
            email.setValue(nullToEmpty(data.email()));
            currentHelp.setValue(nullToEmpty(data.currentHelp()));
            canHelpWith.setValue(categories.stream().filter(c -> data.canHelpWith().contains(c.id()))
                    .collect(Collectors.toSet()));
            availability.setValue(nullToEmpty(data.availability()));
            caregiver.setValue(data.caregiver());
            burden.setValue(data.burdenScore());
        }
        FormErrors errors = new FormErrors(error).bean(NetworkMemberData.class)
                .field("name", name, "error.network.nameRequired")
                .field("relation", relation, "error.network.relationRequired")
                .field("phone", phone, "error.phone.invalid")
                .field("email", email, "error.email.invalid")
                .field("currentHelp", currentHelp)
                .field("availability", availability)
                .field("burdenScore", burden, "error.network.burdenRange");
        FormLayout form = new FormLayout(name, relation, phone, email, currentHelp, canHelpWith, availability,
                caregiver, burden);
        form.setColspan(currentHelp, 2);
        form.setColspan(canHelpWith, 2);
        add(error, form);

        Button save = new Button(getTranslation("action.save"), e -> save(service, clientId, existing, errors, onSaved,
                false));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("member-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()));
        if (existing == null) {
            // At the kitchen table the naasten are named one after the other: save and go on with the next
            Button next = new Button(getTranslation("network.saveAndNext"), e -> save(service, clientId, null, errors,
                    onSaved, true));
            next.setId("member-save-next");
            getFooter().add(next);
        }
        getFooter().add(save);
    }

    private void save(NetworkService service, long clientId, Member existing, FormErrors errors,
            Consumer<Member> onSaved, boolean another) {
        if (!errors.readable()) {
            return;
        }
        NetworkMemberData data = new NetworkMemberData(name.getValue(), relation.getValue(), phone.getValue(),
                email.getValue(), currentHelp.getValue(),
                canHelpWith.getValue().stream().map(Item::id).collect(Collectors.toSet()), availability.getValue(),
                caregiver.getValue(), burden.getValue());
        try {
            Member saved = existing == null ? service.add(clientId, data)
                    : service.update(existing.id(), existing.version(), data);
            if (another) {
                clearForTheNext();
            } else {
                close();
            }
            onSaved.accept(saved);
        } catch (BusinessRuleException ex) {
            errors.show(ex);
        }
    }

    private void clearForTheNext() {
        List.of(name, phone, availability).forEach(TextField::clear);
        email.clear();
        currentHelp.clear();
        relation.clear();
        canHelpWith.clear();
        caregiver.clear();
        clearBurden();
        error.setVisible(false);
        name.focus();
    }

    /** Empties the burden, also the text the browser last sent, which else reads as a number it could not read. */
    private void clearBurden() {
        burden.clear();
        burden.getElement().setProperty("_inputElementValue", "");
        burden.setInvalid(false);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    static Set<Long> ids(Set<Item> items) {
        return items.stream().map(Item::id).collect(Collectors.toSet());
    }
}
