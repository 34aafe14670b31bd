package nl.samenplan.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.LongConsumer;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.DatePickers;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.plan.Frequency;
import nl.samenplan.plan.ui.FrequencyText;
import nl.samenplan.workflow.NeedData;
import nl.samenplan.workflow.NeedService;
import nl.samenplan.workflow.NeedSource;
import nl.samenplan.workflow.Urgency;

/** A new need in a few fields; the rules then look for help, informal first. */
class NeedDialog extends Dialog {

    final ComboBox<Item> category = new ComboBox<>();
    final TextField description = new TextField();
    final TextField frequency = new TextField();
    final DatePicker start = new DatePicker();
    final Select<Urgency> urgency = new Select<>();
    final Select<NeedSource> source = new Select<>();
    final Checkbox canDoSelf = new Checkbox();
    final Paragraph error = new Paragraph();

    NeedDialog(NeedService needs, long clientId, List<Item> categories, LongConsumer onRecorded) {
        setHeaderTitle(getTranslation("need.new"));
        setId("need-dialog");
        category.setLabel(getTranslation("need.category"));
        category.setItems(categories.stream().filter(Item::active).toList());
        category.setItemLabelGenerator(Item::name);
        category.setRequiredIndicatorVisible(true);
        category.setId("need-category");
        description.setLabel(getTranslation("need.description"));
        description.setPlaceholder(getTranslation("need.description.placeholder"));
        description.setId("need-description");
        frequency.setLabel(getTranslation("plan.agreement.frequency"));
        frequency.setPlaceholder(getTranslation("plan.agreement.frequency.placeholder"));
        frequency.setId("need-frequency");
        frequency.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.LAZY);
        frequency.addValueChangeListener(e -> explainFrequency());
        explainFrequency();
        start.setLabel(getTranslation("need.start"));
        start.setId("need-start");
        DatePickers.dutch(start);
        urgency.setLabel(getTranslation("need.urgency"));
        urgency.setItems(Urgency.values());
        urgency.setItemLabelGenerator(u -> getTranslation(u.labelKey()));
        urgency.setValue(Urgency.NORMAAL);
        urgency.setId("need-urgency");
        source.setLabel(getTranslation("need.source"));
        source.setItems(NeedSource.values());
        source.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        source.setValue(NeedSource.CLIENT);
        source.setId("need-source");
        canDoSelf.setLabel(getTranslation("need.canDoSelf"));
        canDoSelf.setId("need-can-do-self");
        error.addClassName("form-error");
        error.setVisible(false);
        error.setId("need-error");
        FormLayout form = new FormLayout(category, description, frequency, start, urgency, source, canDoSelf);
        form.setColspan(description, 2);
        add(error, form);
        FormErrors errors = new FormErrors(error).bean(NeedData.class)
                .field("needCategoryId", category, "error.need.category")
                .field("description", description, "error.tooLong")
                .field("frequency", frequency, "error.need.frequencyUnknown")
                .field("startDate", start);
        Button save = new Button(getTranslation("need.save"), e -> {
            if (!errors.readable()) {
                return;
            }
            try {
                long id = needs.record(clientId, new NeedData(category.getValue() == null ? null : category.getValue().id(),
                        description.getValue(), frequency.getValue(), start.getValue(), urgency.getValue(),
                        source.getValue(), canDoSelf.getValue()));
                close();
                onRecorded.accept(id);
            } catch (BusinessRuleException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("need-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    /** Says under the field how Samenplan reads the frequency; what it cannot read is refused on save. */
    private void explainFrequency() {
        frequency.setHelperText(Frequency.parse(frequency.getValue()).map(f -> FrequencyText.describe(this, f))
                .orElseGet(() -> getTranslation("error.need.frequencyUnknown")));
    }
}
