package nl.samenplan.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DutchFormatsTest {

    @Test
    void dates_read_day_month_year_with_dashes() {
        assertThat(DutchFormats.date(LocalDate.of(1938, 4, 2))).isEqualTo("02-04-1938");
        assertThat(DutchFormats.date(null)).isEmpty();
    }

    @Test
    void euro_amounts_use_a_dot_for_thousands() {
        assertThat(DutchFormats.euros(38_400)).isEqualTo("€ 38.400");
        assertThat(DutchFormats.euros(1_152_000)).isEqualTo("€ 1.152.000");
    }
}
