package nl.samenplan.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTermTest {

    @Test
    void nothing_typed_searches_nothing() {
        assertThat(SearchTerm.of(null)).isNull();
        assertThat(SearchTerm.of("   ")).isNull();
    }

    @Test
    void the_characters_a_like_gives_meaning_are_escaped_and_the_rest_is_kept_trimmed() {
        assertThat(SearchTerm.of("  de Vries ")).isEqualTo("de Vries");
        assertThat(SearchTerm.of("100%")).isEqualTo("100!%");
        assertThat(SearchTerm.of("de_Vries")).isEqualTo("de!_Vries");
        assertThat(SearchTerm.of("Let op!")).isEqualTo("Let op!!");
        assertThat(SearchTerm.of("O'Brien \\")).isEqualTo("O'Brien \\");
    }
}
