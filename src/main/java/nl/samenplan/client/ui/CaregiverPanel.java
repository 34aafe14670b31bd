package nl.samenplan.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.stream.Collectors;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.client.BurdenCheckInService.Caregiver;
import nl.samenplan.client.BurdenCheckInService.CheckIn;

/** On a mantelzorger's card in Netwerk: the trend of the check-ins, when the next is due, the last answers. */
final class CaregiverPanel {

    private CaregiverPanel() {
    }

    static Div of(Component owner, Caregiver caregiver, boolean canWrite, Runnable onCheckIn) {
        Div panel = new Div();
        panel.addClassName("caregiver-panel");
        panel.setId("caregiver-panel-" + caregiver.memberId());
        if (!caregiver.checkIns().isEmpty()) {
            panel.add(trend(owner, caregiver));
        }
        Paragraph status = new Paragraph(status(owner, caregiver));
        status.addClassName(caregiver.due() ? "attention" : "checkin-status");
        status.setId("checkin-status-" + caregiver.memberId());
        panel.add(status);
        CheckIn last = caregiver.last();
        if (last != null) {
            Paragraph answers = new Paragraph(owner.getTranslation("checkIn.lastAnswers",
                    owner.getTranslation(last.sleepsEnough().labelKey()),
                    owner.getTranslation(last.timeForSelf().labelKey()),
                    owner.getTranslation(last.worries().labelKey()),
                    owner.getTranslation(last.wantsContact() ? "checkIn.answer.ja" : "checkIn.answer.nee")));
            answers.addClassName("member-line");
            panel.add(answers);
            if (last.note() != null) {
                Paragraph note = new Paragraph("“" + last.note() + "”");
                note.addClassName("member-line");
                panel.add(note);
            }
        }
        if (canWrite) {
            Button checkIn = new Button(owner.getTranslation("checkIn.open"), VaadinIcon.CLIPBOARD_HEART.create(),
                    e -> onCheckIn.run());
            checkIn.addThemeVariants(ButtonVariant.LUMO_SMALL);
            checkIn.setId("checkin-" + caregiver.memberId());
            panel.add(checkIn);
        }
        return panel;
    }

    private static String status(Component owner, Caregiver caregiver) {
        CheckIn last = caregiver.last();
        if (last == null && caregiver.scoredOn() != null && caregiver.score() != null) {
            // the score entered with the mantelzorger is their first check-in
            return owner.getTranslation(caregiver.due() ? "checkIn.status.scoredDue" : "checkIn.status.scored",
                    DutchFormats.date(caregiver.scoredOn()), caregiver.score(), DutchFormats.date(caregiver.nextDue()),
                    caregiver.intervalWeeks());
        }
        if (last == null) {
            return owner.getTranslation("checkIn.status.never");
        }
        return owner.getTranslation(caregiver.due() ? "checkIn.status.due" : "checkIn.status.next",
                DutchFormats.date(last.on()), last.score(), DutchFormats.date(caregiver.nextDue()),
                caregiver.intervalWeeks());
    }

    private static Svg trend(Component owner, Caregiver caregiver) {
        String scores = caregiver.checkIns().stream()
                .map(c -> owner.getTranslation("checkIn.trend.point", DutchFormats.date(c.on()), c.score()))
                .collect(Collectors.joining(", "));
        var labels = new BurdenTrendSvg.Labels(owner.getTranslation("checkIn.trend.title", caregiver.name(), scores),
                owner.getTranslation("checkIn.trend.desc", caregiver.threshold()),
                owner.getTranslation("checkIn.trend.threshold", caregiver.threshold()));
        Svg svg = new Svg(BurdenTrendSvg.render(caregiver.checkIns().stream()
                .map(c -> new BurdenTrendSvg.Point(c.on(), c.score())).toList(), caregiver.threshold(), labels));
        svg.addClassName("burden-trend");
        svg.setId("burden-trend-" + caregiver.memberId());
        return svg;
    }
}
