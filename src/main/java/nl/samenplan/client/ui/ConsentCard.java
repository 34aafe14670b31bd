package nl.samenplan.client.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import nl.samenplan.base.BusinessRuleException;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.base.ui.ErrorHandling;
import nl.samenplan.client.ConsentRecipient;
import nl.samenplan.client.ConsentService;
import nl.samenplan.client.ConsentService.ConsentLine;
import nl.samenplan.client.NetworkService;

/**
 * The Overzicht's "Toestemming" card: per recipient whether the client consented to sharing their data (given when,
 * how, recorded by whom), what was withdrawn (when, by whom), and for the writers of the file the actions to record a
 * consent and to withdraw one. The team and the volunteers always show, also without consent: that is what the team
 * needs to know before it shares.
 */
class ConsentCard extends Section {

    private static final Set<ConsentRecipient> ALWAYS_SHOWN = EnumSet.of(ConsentRecipient.TEAM,
            ConsentRecipient.VOLUNTEERS);

    private final ConsentService consents;
    private final NetworkService network;
    private final long clientId;
    private final boolean writer;
    private final LocalDate today;

    ConsentCard(ConsentService consents, NetworkService network, long clientId, boolean writer, LocalDate today) {
        this.consents = consents;
        this.network = network;
        this.clientId = clientId;
        this.writer = writer;
        this.today = today;
        addClassName("card");
        setId("consent");
        refresh();
    }

    void refresh() {
        removeAll();
        add(new H3(getTranslation("consent.title")));
        List<ConsentLine> lines = consents.consents(clientId);
        List<ConsentLine> active = lines.stream().filter(ConsentLine::active).toList();
        for (ConsentRecipient kind : ALWAYS_SHOWN) {
            if (active.stream().noneMatch(l -> l.recipient() == kind)) {
                Paragraph none = new Paragraph(getTranslation("consent.none", getTranslation(kind.labelKey())));
                none.addClassName("attention");
                none.setId("consent-none-" + kind.name().toLowerCase(java.util.Locale.ROOT));
                add(none);
            }
        }
        active.forEach(line -> add(activeLine(line)));
        List<ConsentLine> withdrawn = lines.stream().filter(l -> !l.active()).toList();
        if (!withdrawn.isEmpty()) {
            add(new H4(getTranslation("consent.history")));
            withdrawn.forEach(line -> add(withdrawnLine(line)));
        }
        if (writer) {
            Button record = new Button(getTranslation("consent.record"), VaadinIcon.PLUS.create(),
                    e -> new ConsentDialog(consents, clientId, network.members(clientId), today, this::refresh).open());
            record.addThemeVariants(ButtonVariant.LUMO_SMALL);
            record.setId("consent-record");
            add(record);
        }
    }

    private Div activeLine(ConsentLine line) {
        Div row = new Div(new Paragraph(recipient(line) + ": " + given(line)));
        row.addClassName("consent-line");
        row.setId("consent-" + line.id());
        if (writer) {
            Button withdraw = new Button(getTranslation("consent.withdraw"), e -> confirmWithdrawal(line));
            withdraw.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            withdraw.setId("consent-withdraw-" + line.id());
            row.add(withdraw);
        }
        return row;
    }

    private Paragraph withdrawnLine(ConsentLine line) {
        Paragraph text = new Paragraph(recipient(line) + ": " + given(line) + "; " + getTranslation(
                "consent.withdrawnOn", DutchFormats.date(line.withdrawnOn()), line.withdrawnBy()));
        text.addClassName("consent-withdrawn");
        text.setId("consent-" + line.id());
        return text;
    }

    private String recipient(ConsentLine line) {
        String kind = getTranslation(line.recipient().labelKey());
        return line.recipientName() == null ? kind : kind + " " + line.recipientName();
    }

    /** "gegeven op 02-12-2026, schriftelijk, vastgelegd door Sanne Bakker". */
    private String given(ConsentLine line) {
        String how = line.manner() == null ? getTranslation("consent.manner.unknown")
                : line.representative() == null ? getTranslation(line.manner().labelKey())
                : getTranslation("consent.byRepresentative", line.representative());
        return getTranslation("consent.givenOn", DutchFormats.date(line.givenOn()), how, line.recordedBy());
    }

    private void confirmWithdrawal(ConsentLine line) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("consent.withdraw.title"),
                getTranslation(line.recipient() == ConsentRecipient.VOLUNTEERS ? "consent.withdraw.volunteers"
                        : "consent.withdraw.text", recipient(line), DutchFormats.date(today)),
                getTranslation("consent.withdraw"), e -> withdraw(line));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("consent-withdraw-confirm");
        confirm.open();
    }

    private void withdraw(ConsentLine line) {
        try {
            consents.withdraw(clientId, line.id(), line.version(), today);
        } catch (BusinessRuleException e) {
            ErrorHandling.show(getTranslation(e.messageKey(), e.parameters()));
        }
        refresh();
    }
}
