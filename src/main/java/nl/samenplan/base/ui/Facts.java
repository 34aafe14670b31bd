package nl.samenplan.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Labelled facts, one per line ("Adres  Dorpsstraat 1"); an empty value shows as a dash. */
public class Facts extends Div {

    public Facts() {
        addClassName("facts");
    }

    /** Adds one fact: its label (a translation key) and its value. */
    public Facts fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Div row = new Div(label, new Span(value == null || value.isBlank() ? "—" : value));
        row.addClassName("fact");
        add(row);
        return this;
    }
}
