package nl.samenplan.catalog.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.ui.MainLayout;
import nl.samenplan.catalog.Settings;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.security.Permissions;

/**
 * The numbers the rules and the dashboard use. Each field says what it does; a number outside its range
 * is explained on the page and nothing is stored, while what was typed stays in the form.
 */
@Route(value = "beheer/instellingen", layout = MainLayout.class)
@RolesAllowed(Permissions.BEHEERDER)
@Menu(title = "menu.settings", order = 83, icon = "vaadin:cog")
public class SettingsView extends Main implements HasDynamicTitle {

    /** Stands in for an empty or unreadable field: lies below every range, so the rule explains it. */
    private static final int EMPTY = -1;

    private final SettingsService service;

    final IntegerField burdenThreshold = field("settings.burdenThreshold", "setting-burden-threshold");
    final IntegerField reviewMonths = field("settings.reviewMonths", "setting-review-months");
    final IntegerField mdoDays = field("settings.mdoDays", "setting-mdo-days");
    final IntegerField costPerClient = field("settings.costPerClient", "setting-cost-per-client");
    final IntegerField smallCount = field("settings.smallCount", "setting-small-count");
    final IntegerField retentionYears = field("settings.retentionYears", "setting-retention-years");
    final Paragraph error = new Paragraph();
    /** After a refusal because another beheerder saved meanwhile: what is stored now. */
    final Paragraph storedNow = new Paragraph();
    /** The revision of the settings this form showed: handed back on save. */
    private long revision;

    private final Map<String, IntegerField> fieldByError = Map.of( // the message goes to its field
            "error.settings.burdenThreshold", burdenThreshold,
            "error.settings.reviewMonths", reviewMonths,
            "error.settings.mdoDays", mdoDays,
            "error.settings.costPerClient", costPerClient,
            "error.settings.smallCount", smallCount,
            "error.settings.smallCountMinimum", smallCount,
            "error.settings.retentionYears", retentionYears);

    public SettingsView(SettingsService service) {
        this.service = service;
        addClassName("list-view");
        Paragraph intro = new Paragraph(getTranslation("settings.intro"));
        intro.addClassName("intro");

        costPerClient.setSuffixComponent(VaadinIcon.EURO.create());
        error.addClassName("form-error");
        error.setId("settings-error");
        error.setVisible(false);
        storedNow.addClassName("conflict-theirs");
        storedNow.setId("settings-stored-now");
        storedNow.setVisible(false);

        FormLayout form = new FormLayout(burdenThreshold, reviewMonths, mdoDays, costPerClient, smallCount,
                retentionYears);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setMaxWidth("60rem");

        Button save = new Button(getTranslation("action.save"), e -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("settings-save");

        add(intro, error, storedNow, form, save);
        SettingsService.Revised current = service.forChange();
        revision = current.revision();
        show(current.settings());
    }

    private IntegerField field(String key, String id) {
        IntegerField field = new IntegerField(getTranslation(key));
        field.setHelperText(getTranslation(key + ".help"));
        field.setRequiredIndicatorVisible(true);
        field.setManualValidation(true);
        field.addValueChangeListener(e -> field.setInvalid(false));
        field.setId(id);
        return field;
    }

    private void show(Settings settings) {
        burdenThreshold.setValue(settings.burdenThreshold());
        reviewMonths.setValue(settings.reviewMonths());
        mdoDays.setValue(settings.mdoDays());
        costPerClient.setValue((int) settings.costPerClientEuros());
        smallCount.setValue(settings.smallCountThreshold());
        retentionYears.setValue(settings.retentionYears());
    }

    private void save() {
        fieldByError.values().forEach(f -> f.setInvalid(false));
        storedNow.setVisible(false);
        try {
            SettingsService.Revised saved = service.change(revision, new Settings(value(burdenThreshold),
                    value(reviewMonths), value(mdoDays), value(costPerClient), value(smallCount), value(retentionYears)));
            revision = saved.revision();
            error.setVisible(false);
            show(saved.settings());
            Notification.show(getTranslation("settings.saved"), 4000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BusinessRuleException e) {
            String message = getTranslation(e.messageKey(), e.parameters());
            error.setText(message);
            error.setVisible(true);
            if (e.messageKey().startsWith("error.settings.changed")) {
                showStoredNow();
            }
            IntegerField field = fieldByError.get(e.messageKey());
            if (field != null) {
                field.setErrorMessage(message);
                field.setInvalid(true);
                field.focus();
            }
        }
    }

    /**
     * Says what another beheerder stored meanwhile, next to what this user typed (which stays in the fields); the
     * form now holds the new revision, so saving again is a deliberate choice for the values in the form.
     */
    private void showStoredNow() {
        SettingsService.Revised now = service.forChange();
        revision = now.revision();
        Settings s = now.settings();
        storedNow.setText(getTranslation("settings.storedNow", String.join("; ",
                getTranslation("settings.burdenThreshold") + ": " + s.burdenThreshold(),
                getTranslation("settings.reviewMonths") + ": " + s.reviewMonths(),
                getTranslation("settings.mdoDays") + ": " + s.mdoDays(),
                getTranslation("settings.costPerClient") + ": " + s.costPerClientEuros(),
                getTranslation("settings.smallCount") + ": " + s.smallCountThreshold(),
                getTranslation("settings.retentionYears") + ": " + s.retentionYears())));
        storedNow.setVisible(true);
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? EMPTY : field.getValue();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("settings.title");
    }
}
