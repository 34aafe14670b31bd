package nl.samenplan.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** One figure: what it is, its value and how it compares; an optional help text (for example the source). */
class FigureCard extends Div {

    FigureCard(String id, String label, String value, String comparison, String help) {
        setId(id);
        addClassNames("card", "figure-card");
        Span l = new Span(label);
        l.addClassName("figure-label");
        Span v = new Span(value);
        v.addClassName("figure-value");
        v.setId(id + "-value");
        add(l, v);
        if (comparison != null) {
            Span c = new Span(comparison);
            c.addClassName("figure-comparison");
            c.setId(id + "-comparison");
            add(c);
        }
        if (help != null) {
            Span h = new Span(help);
            h.addClassName("figure-help");
            h.setId(id + "-help");
            add(h);
        }
    }
}
