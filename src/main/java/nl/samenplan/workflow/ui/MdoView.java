package nl.samenplan.workflow.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.DatePickers;
import nl.samenplan.base.ui.FormErrors;
import nl.samenplan.catalog.SettingsService;
import nl.samenplan.client.ui.ClientFileLayout;
import nl.samenplan.security.Permissions;
import nl.samenplan.workflow.MdoData;
import nl.samenplan.workflow.MdoService;

/** MDO: the multidisciplinary consultations about the client, needed before a nursing-home application. */
@Route(value = "clienten/:clientId/mdo", layout = ClientFileLayout.class)
@RolesAllowed({Permissions.LEEFCOACH, Permissions.DORPSREGISSEUR, Permissions.WIJKVERPLEEGKUNDIGE})
public class MdoView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final MdoService mdos;
    private final SettingsService settings;
    private final Clock clock;
    private final DatePicker heldOn = new DatePicker();
    private final TextField participants = new TextField();
    private final TextArea conclusion = new TextArea();
    private final TextArea alternatives = new TextArea();
    private final Paragraph error = new Paragraph();
    private final FormErrors errors;
    private final Paragraph status = new Paragraph();
    private final Div list = new Div();
    private long clientId;

    public MdoView(MdoService mdos, SettingsService settings, Clock clock) {
        this.mdos = mdos;
        this.settings = settings;
        this.clock = clock;
        addClassName("needs-view");
        heldOn.setLabel(getTranslation("mdo.heldOn"));
        heldOn.setMax(LocalDate.now(clock));
        heldOn.setValue(LocalDate.now(clock));
        DatePickers.dutch(heldOn);
        heldOn.setId("mdo-held-on");
        participants.setLabel(getTranslation("mdo.participants"));
        participants.setPlaceholder(getTranslation("mdo.participants.placeholder"));
        participants.setId("mdo-participants");
        conclusion.setLabel(getTranslation("mdo.conclusion"));
        conclusion.setId("mdo-conclusion");
        alternatives.setLabel(getTranslation("mdo.alternatives"));
        alternatives.setHelperText(getTranslation("mdo.alternatives.help"));
        alternatives.setId("mdo-alternatives");
        error.addClassName("form-error");
        error.setVisible(false);
        error.setId("mdo-error");
        errors = new FormErrors(error).bean(MdoData.class)
                .field("heldOn", heldOn, "error.mdo.date", "error.mdo.future")
                .field("participants", participants)
                .field("conclusion", conclusion)
                .field("homeAlternatives", alternatives);
        status.setId("mdo-status");
        list.setId("mdo-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        clientId = event.getRouteParameters().getLong(ClientFileLayout.PARAM).orElseThrow();
        removeAll();
        Paragraph intro = new Paragraph(getTranslation("mdo.intro"));
        intro.addClassName("intro");
        add(intro, status);
        if (ClientFileLayout.canWrite()) {
            FormLayout form = new FormLayout(heldOn, participants, conclusion, alternatives);
            form.setColspan(conclusion, 2);
            form.setColspan(alternatives, 2);
            Button save = new Button(getTranslation("mdo.save"), e -> save());
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.setId("mdo-save");
            Section section = new Section(new H3(getTranslation("mdo.new")), error, form, save);
            section.addClassName("card");
            add(section);
        }
        add(list);
        refresh();
    }

    private void save() {
        if (!errors.readable()) {
            return;
        }
        try {
            mdos.record(clientId, new MdoData(heldOn.getValue(), participants.getValue(), conclusion.getValue(),
                    alternatives.getValue()));
            errors.clear();
            participants.clear();
            conclusion.clear();
            alternatives.clear();
            refresh();
            Notification.show(getTranslation("mdo.saved"), 3000, Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (BusinessRuleException e) {
            errors.show(e);
        }
    }

    private void refresh() {
        int days = settings.current().mdoDays();
        status.setText(getTranslation(mdos.recentEnoughForNursingHome(clientId) ? "mdo.status.recent" : "mdo.status.none",
                days));
        list.removeAll();
        mdos.mdos(clientId).forEach(m -> {
            Section card = new Section(new H3(getTranslation("mdo.title", DutchFormats.date(m.data().heldOn()))),
                    new Paragraph(getTranslation("mdo.participants") + ": " + m.data().participants()),
                    new Paragraph(getTranslation("mdo.conclusion") + ": " + m.data().conclusion()),
                    new Paragraph(getTranslation("mdo.alternatives") + ": " + m.data().homeAlternatives()),
                    new Paragraph(getTranslation("mdo.recordedBy", m.recordedBy())));
            card.addClassName("card");
            list.add(card);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("clientFile.tab.mdo");
    }
}
