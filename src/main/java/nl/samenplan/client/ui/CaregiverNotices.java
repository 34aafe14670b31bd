package nl.samenplan.client.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import nl.samenplan.base.DutchFormats;
import nl.samenplan.client.BurdenCheckInService.Caregiver;

/**
 * What the team reads about a mantelzorger who needs attention, on the client's Overzicht and on the plan owner's
 * landing page: overburdened or rising, with suggestions (respijtzorg from the catalogue, a conversation), or a
 * check-in that is due. Always in words; the colour only repeats them.
 */
public final class CaregiverNotices {

    private CaregiverNotices() {
    }

    /** The flag with its suggestions, or nothing when the caregiver is not flagged. */
    public static Optional<Div> flag(Component owner, Caregiver caregiver, List<String> respiteProvisions) {
        if (!caregiver.flagged()) {
            return Optional.empty();
        }
        Div flag = new Div();
        flag.addClassName("caregiver-flag");
        flag.setId("caregiver-flag-" + caregiver.memberId());
        if (caregiver.overburdened()) {
            flag.add(line(owner.getTranslation("overview.signals.overburdened", caregiver.name(), caregiver.score()),
                    "attention"));
        }
        if (caregiver.rising()) {
            flag.add(line(owner.getTranslation("checkIn.flag.rising", caregiver.name(), caregiver.previousScore(),
                    caregiver.last().score(), caregiver.rise()), "attention"));
        }
        flag.add(line(respiteProvisions.isEmpty()
                ? owner.getTranslation("checkIn.suggest.talk", caregiver.name())
                : owner.getTranslation("checkIn.suggest.respite", String.join(", ", respiteProvisions),
                        caregiver.name()), "suggestion"));
        return Optional.of(flag);
    }

    /** That a check-in is due, or nothing. */
    public static Optional<Paragraph> due(Component owner, Caregiver caregiver) {
        if (!caregiver.due()) {
            return Optional.empty();
        }
        Paragraph due = line(caregiver.nextDue() == null
                ? owner.getTranslation("checkIn.due.never", caregiver.name())
                : owner.getTranslation("checkIn.due.since", caregiver.name(), DutchFormats.date(caregiver.nextDue())),
                "due");
        due.setId("caregiver-due-" + caregiver.memberId());
        return Optional.of(due);
    }

    private static Paragraph line(String text, String className) {
        Paragraph line = new Paragraph(text);
        line.addClassName(className);
        return line;
    }
}
