package nl.samenplan.plan.ui;

import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import nl.samenplan.plan.PlanContent;
import nl.samenplan.plan.PlanRules;

/** The client's own words first: the three questions. */
class AnswersSection extends Section {

    final TextArea canDoSelf = area("plan.question.canDoSelf", "plan-answer-can-do-self");
    final TextArea needs = area("plan.question.needs", "plan-answer-needs");
    final TextArea willDo = area("plan.question.willDo", "plan-answer-will-do");

    AnswersSection() {
        addClassName("plan-section");
        Paragraph intro = new Paragraph(getTranslation("plan.answers.intro"));
        intro.addClassName("intro");
        add(new H3(getTranslation("plan.answers.title")), intro, canDoSelf, needs, willDo);
    }

    private TextArea area(String labelKey, String id) {
        TextArea area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        area.setMinRows(2);
        area.setMaxLength(PlanRules.MAX_ANSWER);
        area.setId(id);
        return area;
    }

    void fill(PlanContent content) {
        canDoSelf.setValue(orEmpty(content.answerCanDoSelf()));
        needs.setValue(orEmpty(content.answerNeeds()));
        willDo.setValue(orEmpty(content.answerWillDo()));
    }

    void setReadOnly(boolean readOnly) {
        canDoSelf.setReadOnly(readOnly);
        needs.setReadOnly(readOnly);
        willDo.setReadOnly(readOnly);
    }

    static String orEmpty(String value) {
        return value == null ? "" : value;
    }
}
