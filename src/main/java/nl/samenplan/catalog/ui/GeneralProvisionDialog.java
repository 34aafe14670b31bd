package nl.samenplan.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.catalog.GeneralProvisionService;
import nl.samenplan.catalog.GeneralProvisionService.Provision;
import nl.samenplan.catalog.ProvisionInput;

/**
 * Adds a general provision, or changes one (including taking it out of use). A rule that says no is
 * shown in the dialog, which stays open and keeps what was typed.
 */
class GeneralProvisionDialog extends Dialog {

    private final Provision provision;
    private final GeneralProvisionService service;
    /** Receives the message key of the success notification and the saved name. */
    private final BiConsumer<String, String> onSaved;

    final TextField name = new TextField();
    final TextArea description = new TextArea();
    final TextField village = new TextField();
    final MultiSelectComboBox<Item> categories = new MultiSelectComboBox<>();
    final Checkbox active = new Checkbox();
    final Checkbox respite = new Checkbox();
    final Paragraph error = new Paragraph();
    private final FormErrors errors;

    /** A null provision means adding a new one. */
    GeneralProvisionDialog(Provision provision, List<Item> allCategories, GeneralProvisionService service,
            BiConsumer<String, String> onSaved) {
        this.provision = provision;
        this.service = service;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(provision == null ? "provisions.add" : "provisions.edit"));
        setId("provision-dialog");
        setWidth("36rem");

        name.setLabel(getTranslation("provisions.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("provision-name");
        description.setLabel(getTranslation("provisions.description"));
        description.setHelperText(getTranslation("provisions.description.help"));
        description.setId("provision-description");
        village.setLabel(getTranslation("provisions.village"));
        village.setHelperText(getTranslation("provisions.village.help"));
        village.setId("provision-village");
        categories.setLabel(getTranslation("provisions.categories"));
        categories.setHelperText(getTranslation("provisions.categories.help"));
        categories.setItemLabelGenerator(Item::name);
        categories.setId("provision-categories");
        // Active kinds of need can be chosen; an inactive one the provision already has is kept.
        Set<Long> current = provision == null ? Set.of() : provision.categories();
        List<Item> choosable = allCategories.stream().filter(c -> c.active() || current.contains(c.id())).toList();
        categories.setItems(choosable);
        respite.setLabel(getTranslation("provisions.respite"));
        respite.setHelperText(getTranslation("provisions.respite.help"));
        respite.setId("provision-respite");
        active.setLabel(getTranslation("catalog.active"));
        active.setHelperText(getTranslation("provisions.active.help"));
        active.setId("provision-active");
        active.setVisible(provision != null);
        error.addClassName("form-error");
        error.setId("provision-error");
        error.setVisible(false);

        if (provision != null) {
            name.setValue(provision.name());
            description.setValue(provision.description() == null ? "" : provision.description());
            village.setValue(provision.village() == null ? "" : provision.village());
            categories.setValue(choosable.stream().filter(c -> current.contains(c.id()))
                    .collect(Collectors.toSet()));
            active.setValue(provision.active());
            respite.setValue(provision.respite());
        }

        errors = new FormErrors(error).bean(ProvisionInput.class)
                .field("name", name, "error.catalog.nameRequired", "error.catalog.nameTaken")
                .field("description", description)
                .field("village", village);
        FormLayout form = new FormLayout(name, description, village, categories, respite, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(error, form);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("provision-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("provision-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        Set<Long> chosen = categories.getValue().stream().map(Item::id).collect(Collectors.toSet());
        try {
            Provision saved = provision == null
                    ? service.add(name.getValue(), description.getValue(), village.getValue(), chosen,
                            respite.getValue())
                    : service.change(provision.id(), provision.version(), name.getValue(), description.getValue(),
                            village.getValue(), chosen, active.getValue(), respite.getValue());
            close();
            onSaved.accept(messageKey(), saved.name());
        } catch (BusinessRuleException e) {
            errors.show(e);
        }
    }

    private String messageKey() {
        if (provision == null) {
            return "provisions.added";
        }
        if (provision.active() && !active.getValue()) {
            return "catalog.deactivated";
        }
        return !provision.active() && active.getValue() ? "catalog.activated" : "catalog.changed";
    }
}
