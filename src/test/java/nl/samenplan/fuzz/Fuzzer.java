package nl.samenplan.fuzz;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.ComboBoxKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Drives one form with hostile values, one field and one value at a time, from a freshly opened form with valid
 * values: each case ends in a Dutch message (at the field, or in the form's error block) or in a save that reads
 * back exactly what was typed (trimmed where that is the rule). Never an exception, never the "something went
 * wrong" message, never markup rendered as markup. Counts the cases per form.
 */
final class Fuzzer {

    /** How a text field may answer: free text must save what fits; a format or rule may refuse more. */
    enum Kind { REQUIRED_TEXT, OPTIONAL_TEXT, FORMATTED_TEXT, PASSWORD, DATE, NUMBER }

    /**
     * A field by its id, its kind, what a saved value should read back as, and (only for a combo box that takes
     * typed text, which has no maxLength) the limit of the input bean; otherwise the field's maxLength is used.
     */
    record Field(String id, Kind kind, UnaryOperator<Object> expected, int limit) {
        Field(String id, Kind kind) {
            this(id, kind, typed -> typed instanceof String text && kind != Kind.PASSWORD ? text.strip() : typed, 0);
        }

        Field(String id, Kind kind, UnaryOperator<Object> expected) {
            this(id, kind, expected, 0);
        }

        /** A combo box with typed text, limited by the input bean. */
        static Field typedCombo(String id, Kind kind, int limit) {
            return new Field(id, kind, typed -> typed instanceof String text ? text.strip() : typed, limit);
        }
    }

    /** A form under test. */
    interface Form {
        /** Puts the form on the screen, filled with valid values. */
        void open();

        /** Presses save (and whatever else it takes to store the form). */
        void save();

        /** What the database holds now for the field. */
        Object stored(String fieldId, Object typed);

        /** Puts things back after a case that saved, if a next save would otherwise be refused. */
        default void afterSave() {
        }
    }

    /** Set when a case changed what the screen shows (a save): the next case opens the view afresh. */
    static boolean dirty = true;

    /** Cases per form, over all fuzz tests of this run, for the table at the end. */
    static final Map<String, Integer> TALLY = new LinkedHashMap<>();

    private static final Pattern NOT_DUTCH = Pattern.compile(
            "(?i)exception|\\bmust\\b|\\bshould\\b|\\bnull\\b|java|sql|\\berror\\b|onverwacht|er ging iets mis|"
                    + "constraint|hibernate|^!");
    private static final List<String> MARKUP = List.of("<script", "<img", "<b>");

    private Fuzzer() {
    }

    /** Runs every hostile value through every field of the form; returns the number of cases. */
    static int run(String name, Form form, Field... fields) {
        dirty = true;
        int cases = 0;
        for (Field field : fields) {
            switch (field.kind()) {
                case DATE -> {
                    for (LocalDate date : Hostile.dates()) {
                        one(name, form, field, date, Hostile.Expect.EITHER, null);
                        cases++;
                    }
                    for (String typed : Hostile.unreadableDates()) {
                        one(name, form, field, null, Hostile.Expect.REFUSE, typed);
                        cases++;
                    }
                }
                case NUMBER -> {
                    for (Integer number : Hostile.numbers()) {
                        one(name, form, field, number, Hostile.Expect.EITHER, null);
                        cases++;
                    }
                    for (String typed : Hostile.unreadableNumbers()) {
                        one(name, form, field, null, Hostile.Expect.REFUSE, typed);
                        cases++;
                    }
                }
                default -> {
                    _find(Dialog.class).forEach(Dialog::close);
                    form.open();
                    int max = maxLength(find(field.id()), field);
                    for (Hostile.Text text : Hostile.texts(max)) {
                        one(name, form, field, text.value(), expect(field.kind(), text), null);
                        cases++;
                    }
                }
            }
        }
        TALLY.merge(name, cases, Integer::sum);
        return cases;
    }

    private static Hostile.Expect expect(Kind kind, Hostile.Text text) {
        boolean blank = text.value().isBlank();
        if (text.inFreeText() == Hostile.Expect.REFUSE) {
            return kind == Kind.PASSWORD && text.value().length() <= 72 ? Hostile.Expect.EITHER : Hostile.Expect.REFUSE;
        }
        return switch (kind) {
            case REQUIRED_TEXT -> blank ? Hostile.Expect.REFUSE : text.inFreeText();
            case OPTIONAL_TEXT -> blank ? Hostile.Expect.SAVE : text.inFreeText();
            default -> Hostile.Expect.EITHER;
        };
    }

    private static void one(String name, Form form, Field field, Object value, Hostile.Expect expect,
            String unreadable) {
        String what = name + ", field " + field.id() + ", " + describe(value, unreadable);
        try {
            // what the case before left open (a dialog that refused) goes, as if the user pressed cancel
            _find(Dialog.class).forEach(Dialog::close);
            form.open();
            NotificationsKt.clearNotifications();
            Component component = find(field.id());
            type(component, value, unreadable);
            form.save();
            String message = message(component);
            assertNoUnexpectedError(what);
            assertNoMarkup(what);
            if (message != null) {
                assertThat(message).as(what + ": the message is plain Dutch").doesNotContainPattern(NOT_DUTCH);
                assertThat(expect).as(what + ": refused with \"" + message + "\"").isNotEqualTo(Hostile.Expect.SAVE);
                return;
            }
            assertThat(expect).as(what + ": saved without a word").isNotEqualTo(Hostile.Expect.REFUSE);
            dirty = true;
            Object expected = field.expected().apply(value);
            assertThat(blankToNull(form.stored(field.id(), value))).as(what + ": stored exactly as typed")
                    .isEqualTo(blankToNull(expected));
            form.afterSave();
        } catch (AssertionError e) {
            dirty = true;
            throw e;
        } catch (RuntimeException e) {
            dirty = true;
            throw new AssertionError(what + ": " + e, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static void type(Component component, Object value, String unreadable) {
        HasValue<?, Object> field = (HasValue<?, Object>) component;
        if (component instanceof ComboBox<?> combo && value instanceof String text) {
            // typed into a combo box that takes a value of its own
            HasValueUtilsKt._setValue(field, field.getEmptyValue());
            if (!text.isEmpty()) {
                ComboBoxKt._fireCustomValueSet((ComboBox<Object>) combo, text);
            }
            return;
        }
        HasValueUtilsKt._setValue(field, value == null ? field.getEmptyValue() : value);
        if (unreadable != null) {
            // what the browser does when it cannot read what was typed: the value is empty, the text stays
            Element element = component.getElement();
            element.setProperty("_inputElementValue", unreadable);
            ElementUtilsKt._fireDomEvent(element, new DomEvent(element, "unparsable-change", Json.createObject()));
        }
    }

    /** The message the form shows for this save: at the field, or in a visible error block; null if none. */
    private static String message(Component field) {
        if (field instanceof HasValidation validation && validation.isInvalid()
                && validation.getErrorMessage() != null && !validation.getErrorMessage().isBlank()) {
            return validation.getErrorMessage();
        }
        return _find(Paragraph.class, spec -> spec.withClasses("form-error")).stream()
                .filter(p -> isShown(p) && !p.getText().isBlank()).map(Paragraph::getText).findFirst().orElse(null);
    }

    private static boolean isShown(Component component) {
        Component current = component;
        while (current != null) {
            if (!current.isVisible()) {
                return false;
            }
            current = current.getParent().orElse(null);
        }
        return true;
    }

    private static void assertNoUnexpectedError(String what) {
        List<String> texts = new ArrayList<>();
        for (Notification notification : NotificationsKt.getNotifications()) {
            notification.getElement().getChildren().forEach(c -> texts.add(c.getText()));
            texts.add(notification.getElement().getProperty("text", ""));
        }
        assertThat(String.join(" ", texts)).as(what + ": notifications").doesNotContain("Er ging iets mis");
    }

    /** Nothing typed is rendered as markup: not in an Html component, an SVG or any element's inner HTML. */
    private static void assertNoMarkup(String what) {
        walk(UI.getCurrent().getElement(), element -> {
            String html = element.getProperty("innerHTML", "");
            for (String tag : MARKUP) {
                assertThat(html).as(what + ": inner HTML of <" + element.getTag() + ">").doesNotContain(tag);
            }
        });
        for (Html html : _find(Html.class)) {
            for (String tag : MARKUP) {
                assertThat(html.getInnerHtml()).as(what + ": Html component").doesNotContain(tag);
            }
        }
    }

    private static void walk(Element element, java.util.function.Consumer<Element> visit) {
        if (element.isTextNode()) {
            return;
        }
        visit.accept(element);
        element.getChildren().forEach(child -> walk(child, visit));
    }

    static Component find(String id) {
        return _get(Component.class, spec -> spec.withId(id));
    }

    private static int maxLength(Component component, Field field) {
        int max = component instanceof TextField t ? t.getMaxLength() : component instanceof TextArea a
                ? a.getMaxLength() : component instanceof EmailField e ? e.getMaxLength()
                : component instanceof PasswordField p ? p.getMaxLength() : 0;
        if (field.kind() == Kind.PASSWORD) {
            assertThat(max).as(field.id() + ": a password field has no maxLength (a browser would cut a pasted"
                    + " password)").isLessThanOrEqualTo(0);
            return 72;
        }
        if (component instanceof ComboBox<?>) {
            assertThat(field.limit()).as(field.id() + ": the limit of a combo box comes from its bean").isPositive();
            return field.limit();
        }
        assertThat(max).as(field.id() + " has a maxLength").isPositive();
        return max;
    }

    private static String describe(Object value, String unreadable) {
        if (unreadable != null) {
            return "typed \"" + unreadable + "\" (unreadable)";
        }
        String text = String.valueOf(value);
        return text.length() > 40 ? text.length() + " characters" : "\"" + text + "\"";
    }

    private static Object blankToNull(Object value) {
        return value instanceof String text && text.isBlank() ? null : value;
    }

    /** The table of cases per form, for the end of the run. */
    static String table() {
        StringBuilder table = new StringBuilder("Fuzzed forms (cases per form):\n");
        TALLY.forEach((form, cases) -> table.append(String.format("  %-40s %5d%n", form + ":", cases)));
        table.append(String.format("  %-40s %5d%n", "total:", TALLY.values().stream().mapToInt(i -> i).sum()));
        return table.toString();
    }

    static boolean same(Object a, Object b) {
        return Objects.equals(blankToNull(a), blankToNull(b));
    }
}
