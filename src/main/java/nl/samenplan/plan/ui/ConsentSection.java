package nl.samenplan.plan.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import nl.samenplan.base.ui.DatePickers;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanRules;

/**
 * The client's agreement with the plan (date, with whom present) and the next review date. What the system knows is
 * filled in: who is present is typed on the day of the talk, so the date of consent becomes today; the next review
 * follows the date of consent after the review period of the settings (the same as for professional care).
 */
class ConsentSection extends Section {

    final DatePicker agreedOn = new DatePicker();
    final TextField agreedWith = new TextField();
    final DatePicker reviewDate = new DatePicker();

    /** {@code reviewMonths}: the review period of the settings; 0 for a read-only view that defaults nothing. */
    ConsentSection(LocalDate today, int reviewMonths) {
        addClassName("plan-section");
        agreedOn.setLabel(getTranslation("plan.consent.agreedOn"));
        agreedOn.setMax(today);
        agreedOn.setId("plan-agreed-on");
        DatePickers.dutch(agreedOn);
        agreedWith.setLabel(getTranslation("plan.consent.agreedWith"));
        agreedWith.setPlaceholder(getTranslation("plan.consent.agreedWith.placeholder"));
        agreedWith.setMaxLength(PlanRules.MAX_AGREED_WITH);
        agreedWith.setId("plan-agreed-with");
        reviewDate.setLabel(getTranslation("plan.consent.reviewDate"));
        reviewDate.setHelperText(reviewMonths > 0
                ? getTranslation("plan.consent.reviewDate.helpDefault", reviewMonths)
                : getTranslation("plan.consent.reviewDate.help"));
        reviewDate.setId("plan-review-date");
        DatePickers.dutch(reviewDate);
        agreedWith.addValueChangeListener(e -> {
            if (e.isFromClient() && !e.getValue().isBlank() && agreedOn.isEmpty() && reviewMonths > 0) {
                agreedOn.setValue(today); // who was present is typed on the day of the talk
                defaultReview(today, reviewMonths);
            }
        });
        agreedOn.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                defaultReview(e.getValue(), reviewMonths);
            }
        });
        FormLayout form = new FormLayout(agreedOn, agreedWith, reviewDate);
        // the agreement with the plan; the consent to share data is the Overzicht's (per recipient, withdrawable)
        com.vaadin.flow.component.html.Paragraph sharing = new com.vaadin.flow.component.html.Paragraph(
                getTranslation("plan.consent.sharingElsewhere"));
        sharing.addClassName("hint");
        sharing.setId("plan-consent-sharing");
        add(new H3(getTranslation("plan.consent.title")), sharing, form);
    }

    private void defaultReview(LocalDate agreed, int reviewMonths) {
        if (reviewDate.isEmpty() && reviewMonths > 0) {
            reviewDate.setValue(agreed.plusMonths(reviewMonths));
        }
    }

    void fill(PlanContent content) {
        agreedOn.setValue(content.agreedOn());
        agreedWith.setValue(content.agreedWith() == null ? "" : content.agreedWith());
        reviewDate.setValue(content.reviewDate());
    }

    void setReadOnly(boolean readOnly) {
        agreedOn.setReadOnly(readOnly);
        agreedWith.setReadOnly(readOnly);
        reviewDate.setReadOnly(readOnly);
    }
}
