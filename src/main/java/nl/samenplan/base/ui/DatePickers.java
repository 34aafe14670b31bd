package nl.samenplan.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.util.Arrays;

/** Date pickers that read and write dd-MM-yyyy with month and day names from the bundles, week from Monday. */
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
        picker.setI18n(i18n);
        return picker;
    }
}
