package nl.samenplan.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;
import nl.samenplan.base.PlausibleDate;

/**
 * Date pickers that read and write dd-MM-yyyy with month and day names from the bundles, week from Monday, a
 * Dutch message for a date that cannot be read or lies out of range, and the plausible range of dates.
 */
public final class DatePickers {

    private DatePickers() {
    }

    public static DatePicker dutch(DatePicker picker) {
        DatePicker.DatePickerI18n i18n = new DatePicker.DatePickerI18n();
        i18n.setDateFormats("dd-MM-yyyy", "d-M-yyyy", "ddMMyyyy");
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(Arrays.asList(picker.getTranslation("date.months").split(",")));
        i18n.setWeekdays(Arrays.asList(picker.getTranslation("date.weekdays").split(",")));
        i18n.setWeekdaysShort(Arrays.asList(picker.getTranslation("date.weekdaysShort").split(",")));
        i18n.setToday(picker.getTranslation("date.today"));
        i18n.setCancel(picker.getTranslation("action.cancel"));
        i18n.setBadInputErrorMessage(picker.getTranslation("error.field.badDate"));
        i18n.setMinErrorMessage(picker.getTranslation("error.field.dateTooEarly"));
        i18n.setMaxErrorMessage(picker.getTranslation("error.field.dateTooLate"));
        picker.setI18n(i18n);
        // a typing slip (0202, 20255) cannot be picked; a tighter range set by the form stays
        if (picker.getMin() == null) {
            picker.setMin(PlausibleDate.EARLIEST);
        }
        if (picker.getMax() == null) {
            picker.setMax(PlausibleDate.LATEST);
        }
        return picker;
    }
}
