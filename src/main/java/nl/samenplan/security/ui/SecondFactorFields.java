package nl.samenplan.security.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;

/** The parts the second factor's screens share: the code field and the recovery codes shown once. */
final class SecondFactorFields {

    private SecondFactorFields() {
    }

    /**
     * A field for the six digits: the phone's number keyboard ({@code inputmode=numeric}) and the browser's one-time
     * code filling ({@code autocomplete=one-time-code}).
     */
    static TextField codeField(String id) {
        TextField code = new TextField();
        code.setId(id);
        code.setMaxLength(7); // six digits, perhaps typed as "123 456"
        code.setAllowedCharPattern("[0-9 ]");
        code.getElement().setAttribute("autocomplete", "one-time-code");
        // vaadin-text-field passes autocomplete on to its input, but not inputmode: set it on the input itself
        code.getElement().executeJs("""
                const set = () => {
                  const input = this.inputElement || this.querySelector('input');
                  if (input) input.setAttribute('inputmode', 'numeric');
                  return !!input;
                };
                if (!set()) customElements.whenDefined(this.localName).then(() => setTimeout(set));
                """);
        code.setRequiredIndicatorVisible(true);
        code.setManualValidation(true); // the service judges the code; the field shows what it said
        return code;
    }

    /** The ten recovery codes with the hint to keep them: shown this once, never again. */
    static Div recoveryCodes(List<String> codes) {
        Div panel = new Div();
        panel.setId("recovery-codes");
        panel.addClassName("recovery-codes");
        OrderedList list = new OrderedList();
        codes.forEach(code -> {
            ListItem item = new ListItem(code);
            item.addClassName("recovery-code");
            list.add(item);
        });
        panel.add(new H2(panel.getTranslation("secondFactor.recovery.heading")),
                new Paragraph(panel.getTranslation("secondFactor.recovery.hint")), list);
        return panel;
    }
}
