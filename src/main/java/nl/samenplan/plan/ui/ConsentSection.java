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

/** The client's agreement with the plan (date, with whom present) and the next review date. */
class ConsentSection extends Section {

    final DatePicker agreedOn = new DatePicker();
    final TextField agreedWith = new TextField();
    final DatePicker reviewDate = new DatePicker();

    ConsentSection(LocalDate today) {
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
        reviewDate.setHelperText(getTranslation("plan.consent.reviewDate.help"));
        reviewDate.setId("plan-review-date");
        DatePickers.dutch(reviewDate);
        agreedOn.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && reviewDate.isEmpty()) {
                reviewDate.setValue(e.getValue().plusMonths(6));
            }
        });
        FormLayout form = new FormLayout(agreedOn, agreedWith, reviewDate);
        add(new H3(getTranslation("plan.consent.title")), form);
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
