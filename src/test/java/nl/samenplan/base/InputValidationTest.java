package nl.samenplan.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Bean Validation told in our words: the field, our message key, the limit and what was typed. */
class InputValidationTest {

    record Typed(@NotBlank(message = "error.client.villageRequired") @Size(max = 5) String village,
            @Size(max = 3) String note, @PlausibleDate LocalDate on, @Min(1) @Max(21) Integer perWeek) {
    }

    private final Translations translations = new Translations();

    @Test
    void whatFitsPassesWithoutAWord() {
        InputValidation.require(new Typed("Aa", "abc", LocalDate.of(2024, 2, 29), 21));
        InputValidation.require(new Typed("Aa", null, null, null));
    }

    @Test
    void aTooLongTextNamesTheFieldTheLimitAndWhatWasTyped() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> InputValidation.require(new Typed("Aa", "abcd", null, null)));

        assertThat(e.problems()).hasSize(1);
        assertThat(e.problems().get(0).field()).isEqualTo("note");
        assertThat(e.messageKey()).isEqualTo("error.field.tooLong");
        assertThat(translations.getTranslation(e.messageKey(), Translations.NL, e.parameters()))
                .isEqualTo("Hoogstens 3 tekens; nu zijn het er 4. Maak de tekst korter.");
    }

    @Test
    void everyFieldThatDoesNotFitIsNamedOnceInTheOrderOfTheForm() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> InputValidation.require(new Typed("   ", "abcd", LocalDate.of(20255, 1, 1), 0)));

        assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::field)
                .containsExactly("village", "note", "on", "perWeek");
        assertThat(e.problems()).extracting(InvalidInputException.FieldProblem::messageKey)
                .containsExactly("error.client.villageRequired", "error.field.tooLong", "error.field.date",
                        "error.field.atLeast");
        assertThat(translations.getTranslation("error.field.date", Translations.NL, e.problems().get(2).parameters()))
                .isEqualTo("Kies een datum tussen 01-01-1900 en 31-12-2099.");
    }

    @Test
    void aNumberAboveItsMaximumSaysTheMaximumInDutchAndEnglish() {
        InvalidInputException e = catchThrowableOfType(InvalidInputException.class,
                () -> InputValidation.require(new Typed("Aa", null, null, Integer.MAX_VALUE)));

        assertThat(translations.getTranslation(e.messageKey(), Translations.NL, e.parameters()))
                .isEqualTo("Vul een getal van hoogstens 21 in.");
        assertThat(translations.getTranslation(e.messageKey(), Locale.ENGLISH, e.parameters()))
                .isEqualTo("Enter a number of at most 21.");
    }

    @Test
    void theFirstAndLastPlausibleDatesAreAcceptedAndTheDaysAroundThemAreNot() {
        InputValidation.require(new Typed("Aa", null, PlausibleDate.EARLIEST, null));
        InputValidation.require(new Typed("Aa", null, PlausibleDate.LATEST, null));
        assertThatThrownBy(() -> InputValidation.require(new Typed("Aa", null, PlausibleDate.EARLIEST.minusDays(1),
                null))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> InputValidation.require(new Typed("Aa", null, PlausibleDate.LATEST.plusDays(1),
                null))).isInstanceOf(InvalidInputException.class);
    }
}
