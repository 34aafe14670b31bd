package nl.samenplan.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PostcodeTest {

    @Test
    void a_dutch_postcode_is_written_with_a_space_and_capitals() {
        assertThat(Postcode.normalise("7913kh")).isEqualTo("7913 KH");
        assertThat(Postcode.normalise(" 7913 KH ")).isEqualTo("7913 KH");
    }

    @Test
    void impossible_postcodes_are_refused() {
        assertThat(Postcode.isValid("0123 AB")).isFalse();
        assertThat(Postcode.isValid("123 AB")).isFalse();
        assertThat(Postcode.isValid("1234 A1")).isFalse();
        assertThat(Postcode.isValid("1234 SS")).isFalse();
        assertThat(Postcode.isValid(null)).isFalse();
        assertThatThrownBy(() -> Postcode.normalise("abcd")).isInstanceOf(IllegalArgumentException.class);
    }
}
