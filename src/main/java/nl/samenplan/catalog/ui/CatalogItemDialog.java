package nl.samenplan.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.BiConsumer;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.catalog.CatalogItemInput;
import nl.samenplan.catalog.CatalogService.Item;

/**
 * Change one catalogue entry: its name, for a kind of need whether it is professional by nature and the other
 * words people use for it (by which the client's own words are matched), and whether it is still in use. A rule that says no is shown in the dialog, which stays open.
 */
class CatalogItemDialog extends Dialog {

    /** Stores the change; throws a BusinessRuleException when a rule says no. */
    @FunctionalInterface
    interface Change {
        void apply(String name, boolean professionalByNature, boolean active, String synonyms);
    }

    private final Item item;
    private final Change change;
    /** Receives the message key of the success notification and the saved name. */
    private final BiConsumer<String, String> onSaved;

    final TextField name = new TextField();
    final Checkbox professional = new Checkbox();
    final Checkbox active = new Checkbox();
    final com.vaadin.flow.component.textfield.TextArea synonyms = new com.vaadin.flow.component.textfield.TextArea();
    final Paragraph error = new Paragraph();
    private final FormErrors errors;

    CatalogItemDialog(String title, Item item, boolean withProfessional, Change change,
            BiConsumer<String, String> onSaved) {
        this.item = item;
        this.change = change;
        this.onSaved = onSaved;
        setHeaderTitle(title);
        setId("catalog-dialog");

        name.setLabel(getTranslation("catalog.name"));
        name.setRequiredIndicatorVisible(true);
        name.setValue(item.name());
        name.setId("catalog-edit-name");
        professional.setLabel(getTranslation("catalog.professional"));
        professional.setHelperText(getTranslation("catalog.professional.help"));
        professional.setValue(item.professionalByNature());
        professional.setVisible(withProfessional);
        professional.setId("catalog-edit-professional");
        synonyms.setLabel(getTranslation("catalog.synonyms"));
        synonyms.setHelperText(getTranslation("catalog.synonyms.help"));
        synonyms.setValue(String.join(", ", item.synonyms()));
        synonyms.setVisible(withProfessional);
        synonyms.setWidthFull();
        synonyms.setId("catalog-edit-synonyms");
        active.setLabel(getTranslation("catalog.active"));
        active.setHelperText(getTranslation("catalog.active.help"));
        active.setValue(item.active());
        active.setId("catalog-edit-active");
        error.addClassName("form-error");
        error.setId("catalog-edit-error");
        error.setVisible(false);

        errors = new FormErrors(error).bean(CatalogItemInput.class)
                .field("name", name, "error.catalog.nameRequired", "error.catalog.nameTaken", "error.tooLong")
                .field("synonyms", synonyms);
        FormLayout form = new FormLayout(name, professional, synonyms, active);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(error, form);

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("catalog-edit-save");
        Button cancel = new Button(getTranslation("action.cancel"), e -> close());
        cancel.setId("catalog-edit-cancel");
        getFooter().add(cancel, save);
    }

    private void save() {
        try {
            change.apply(name.getValue(), professional.getValue(), active.getValue(),
                    synonyms.isVisible() ? synonyms.getValue() : null);
            close();
            onSaved.accept(messageKey(), name.getValue().strip());
        } catch (BusinessRuleException e) {
            errors.show(e);
        }
    }

    private String messageKey() {
        if (item.active() && !active.getValue()) {
            return "catalog.deactivated";
        }
        return !item.active() && active.getValue() ? "catalog.activated" : "catalog.changed";
    }
}
