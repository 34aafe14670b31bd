package nl.samenplan.volunteer.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.DatePickers;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.catalog.CatalogService.Item;
import nl.samenplan.security.TeamService.Colleague;
import nl.samenplan.volunteer.DayPart;
import nl.samenplan.volunteer.Slot;
import nl.samenplan.volunteer.VolunteerData;
import nl.samenplan.volunteer.VolunteerService;
import nl.samenplan.volunteer.VolunteerService.VolunteerDetails;
import nl.samenplan.volunteer.VolunteerStatus;

/**
 * A volunteer in the register: contact, village, services, when available, the weekly maximum, status,
 * training and VOG, and the login they use. A rule that says no is shown here; nothing typed is lost.
 */
class VolunteerDialog extends Dialog {

    final TextField name = new TextField();
    final TextField phone = new TextField();
    final TextField email = new TextField();
    final ComboBox<String> village = new ComboBox<>();
    final MultiSelectComboBox<Item> services = new MultiSelectComboBox<>();
    final Map<DayPart, CheckboxGroup<DayOfWeek>> availability = new EnumMap<>(DayPart.class);
    final IntegerField maxPerWeek = new IntegerField();
    final DatePicker startDate = new DatePicker();
    final Select<VolunteerStatus> status = new Select<>();
    final TextArea trainingNote = new TextArea();
    final Checkbox vogPresent = new Checkbox();
    final DatePicker vogDate = new DatePicker();
    final ComboBox<Colleague> login = new ComboBox<>();
    final Paragraph error = new Paragraph();

    /** A null volunteer means a new one. {@code onSaved} gets the volunteer's name. */
    VolunteerDialog(VolunteerDetails existing, VolunteerService service, List<Item> categories, List<String> villages,
            List<Colleague> logins, java.util.function.Consumer<String> onSaved) {
        setHeaderTitle(getTranslation(existing == null ? "volunteer.new" : "volunteer.edit"));
        setId("volunteer-dialog");
        setWidth("48rem");
        name.setLabel(getTranslation("volunteer.field.name"));
        name.setRequiredIndicatorVisible(true);
        name.setId("volunteer-name");
        phone.setLabel(getTranslation("volunteer.field.phone"));
        phone.setId("volunteer-phone");
        email.setLabel(getTranslation("volunteer.field.email"));
        email.setId("volunteer-email");
        village.setLabel(getTranslation("volunteer.field.village"));
        village.setItems(villages);
        village.setAllowCustomValue(true);
        village.addCustomValueSetListener(e -> village.setValue(e.getDetail()));
        village.setClearButtonVisible(true);
        village.setHelperText(getTranslation("volunteer.field.village.help"));
        village.setId("volunteer-village");
        services.setLabel(getTranslation("volunteer.field.services"));
        services.setItems(categories.stream().filter(Item::active).filter(c -> !c.professionalByNature()).toList());
        services.setItemLabelGenerator(Item::name);
        services.setRequiredIndicatorVisible(true);
        services.setId("volunteer-services");
        FormLayout when = new FormLayout();
        for (DayPart part : DayPart.values()) {
            CheckboxGroup<DayOfWeek> days = new CheckboxGroup<>(getTranslation(part.labelKey()));
            days.setItems(DayOfWeek.values());
            days.setItemLabelGenerator(d -> getTranslation("volunteer.day." + d.getValue()));
            days.setId("volunteer-availability-" + part.name().toLowerCase());
            availability.put(part, days);
            when.add(days);
        }
        when.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        maxPerWeek.setLabel(getTranslation("volunteer.field.maxPerWeek"));
        maxPerWeek.setMin(1);
        maxPerWeek.setMax(21);
        maxPerWeek.setStepButtonsVisible(true);
        maxPerWeek.setValue(2);
        maxPerWeek.setId("volunteer-max");
        startDate.setLabel(getTranslation("volunteer.field.startDate"));
        DatePickers.dutch(startDate);
        startDate.setId("volunteer-start");
        status.setLabel(getTranslation("volunteer.field.status"));
        status.setItems(VolunteerStatus.values());
        status.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        status.setValue(VolunteerStatus.ACTIEF);
        status.setId("volunteer-status");
        trainingNote.setLabel(getTranslation("volunteer.field.training"));
        trainingNote.setId("volunteer-training");
        vogPresent.setLabel(getTranslation("volunteer.field.vog"));
        vogPresent.setId("volunteer-vog");
        vogDate.setLabel(getTranslation("volunteer.field.vogDate"));
        DatePickers.dutch(vogDate);
        vogDate.setMax(LocalDate.now());
        vogDate.setId("volunteer-vog-date");
        vogPresent.addValueChangeListener(e -> vogDate.setEnabled(e.getValue()));
        vogDate.setEnabled(false);
        login.setLabel(getTranslation("volunteer.field.login"));
        login.setItems(logins);
        login.setItemLabelGenerator(Colleague::displayName);
        login.setClearButtonVisible(true);
        login.setHelperText(getTranslation("volunteer.field.login.help"));
        login.setId("volunteer-login");
        error.addClassName("form-error");
        error.setVisible(false);
        error.setId("volunteer-error");

        if (existing != null) {
            fill(existing.data(), categories, logins);
        }
        FormLayout form = new FormLayout(name, phone, email, village, services, maxPerWeek, startDate, status, vogPresent,
                vogDate, trainingNote, login);
        form.setColspan(services, 2);
        form.setColspan(trainingNote, 2);
        Paragraph whenTitle = new Paragraph(getTranslation("volunteer.field.availability"));
        whenTitle.addClassName("fact-label");
        add(error, form, whenTitle, when);
        FormErrors errors = new FormErrors(error).bean(VolunteerData.class)
                .field("name", name, "error.volunteer.nameRequired", "error.volunteer.nameTooLong")
                .field("phone", phone)
                .field("email", email, "error.volunteer.email")
                .field("village", village)
                .field("services", services, "error.volunteer.servicesRequired")
                .field("maxPerWeek", maxPerWeek, "error.volunteer.maxPerWeek")
                .field("startDate", startDate)
                .field("status", status, "error.volunteer.statusRequired")
                .field("trainingNote", trainingNote)
                .field("vogDate", vogDate, "error.volunteer.vogDateFuture")
                .field("userId", login, "error.volunteer.loginNotVolunteer", "error.volunteer.loginTaken");

        Button save = new Button(getTranslation("action.save"), e -> {
            if (!errors.readable()) {
                return;
            }
            try {
                VolunteerData data = data();
                if (existing == null) {
                    service.create(data);
                } else {
                    service.update(existing.id(), existing.version(), data);
                }
                close();
                onSaved.accept(data.name());
            } catch (BusinessRuleException ex) {
                errors.show(ex);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("volunteer-save");
        getFooter().add(new Button(getTranslation("action.cancel"), e -> close()), save);
    }

    private void fill(VolunteerData d, List<Item> categories, List<Colleague> logins) {
        name.setValue(d.name());
        phone.setValue(d.phone() == null ? "" : d.phone());
        email.setValue(d.email() == null ? "" : d.email());
        village.setValue(d.village());
        services.setValue(categories.stream().filter(c -> d.services().contains(c.id())).collect(Collectors.toSet()));
        availability.forEach((part, days) -> days.setValue(d.availability().stream().filter(s -> s.part() == part)
                .map(Slot::day).collect(Collectors.toSet())));
        maxPerWeek.setValue(d.maxPerWeek());
        startDate.setValue(d.startDate());
        status.setValue(d.status());
        trainingNote.setValue(d.trainingNote() == null ? "" : d.trainingNote());
        vogPresent.setValue(d.vogPresent());
        vogDate.setValue(d.vogDate());
        logins.stream().filter(c -> d.userId() != null && c.id() == d.userId()).findFirst().ifPresent(login::setValue);
    }

    VolunteerData data() {
        Set<Slot> slots = new HashSet<>();
        availability.forEach((part, days) -> days.getValue().forEach(day -> slots.add(new Slot(day, part))));
        return new VolunteerData(name.getValue(), phone.getValue(), email.getValue(), village.getValue(),
                services.getValue().stream().map(Item::id).collect(Collectors.toSet()), slots,
                maxPerWeek.getValue() == null ? 0 : maxPerWeek.getValue(), startDate.getValue(), status.getValue(),
                trainingNote.getValue(), vogPresent.getValue(), vogDate.getValue(),
                login.getValue() == null ? null : login.getValue().id());
    }
}
