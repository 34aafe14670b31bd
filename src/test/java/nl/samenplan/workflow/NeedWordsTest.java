package nl.samenplan.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.samenplan.workflow.NeedWords.Category;
import nl.samenplan.workflow.NeedWords.Match;
import org.junit.jupiter.api.Test;

class NeedWordsTest {

    private static final Category SHOPPING = new Category(1, "Boodschappen", List.of("winkelen", "supermarkt"));
    private static final Category TRANSPORT = new Category(2, "Vervoer", List.of("rijden", "ziekenhuis", "dokter"));
    private static final Category COMPANY = new Category(3, "Gezelschap",
            List.of("eenzaam", "praatje", "bezoek", "onder de mensen"));
    private static final Category DAY_CARE = new Category(4, "Toezicht en dagbesteding", List.of("dagbesteding"));
    private static final Category FINANCES = new Category(5, "Financiën", List.of());
    private static final List<Category> ALL = List.of(SHOPPING, TRANSPORT, COMPANY, DAY_CARE, FINANCES);

    @Test
    void the_answer_of_the_issue_names_shopping_transport_and_company() {
        List<Match> found = NeedWords.in("Hulp bij de boodschappen, vervoer naar de dokter en wat gezelschap.", ALL);
        assertThat(found).extracting(Match::categoryId).containsExactly(1L, 2L, 3L);
        assertThat(found.get(1).words()).containsExactly("vervoer", "dokter");
    }

    @Test
    void the_description_is_the_words_that_named_it_except_its_own_name() {
        List<Match> found = NeedWords.in("Boodschappen doen en naar de supermarkt; rijden naar het ziekenhuis.", ALL);
        assertThat(found.get(0).description()).isEqualTo("supermarkt");
        assertThat(found.get(1).description()).isEqualTo("rijden, ziekenhuis");
        assertThat(NeedWords.in("boodschappen", ALL).get(0).description()).isNull();
    }

    @Test
    void case_and_accents_do_not_matter() {
        assertThat(NeedWords.in("SUPERMARKT", ALL)).extracting(Match::categoryId).containsExactly(1L);
        assertThat(NeedWords.in("hulp met mijn financien", ALL)).extracting(Match::categoryId).containsExactly(5L);
        assertThat(NeedWords.in("Ik voel me éénzaam", ALL)).extracting(Match::categoryId).containsExactly(3L);
    }

    @Test
    void singular_and_simple_plurals_meet_either_way() {
        assertThat(NeedWords.in("één boodschap", ALL)).extracting(Match::categoryId).containsExactly(1L);
        assertThat(NeedWords.in("de dokters", ALL)).extracting(Match::categoryId).containsExactly(2L);
        assertThat(NeedWords.in("een paar praatjes", ALL)).extracting(Match::categoryId).containsExactly(3L);
        assertThat(NeedWords.in("meer bezoeken", ALL)).extracting(Match::categoryId).containsExactly(3L);
        Category jobs = new Category(6, "Klussen", List.of("klus", "rit"));
        assertThat(NeedWords.in("een klus in huis", List.of(jobs))).hasSize(1);
        assertThat(NeedWords.in("drie ritten", List.of(jobs))).hasSize(1);
    }

    @Test
    void only_whole_words_count() {
        assertThat(NeedWords.in("Mijn dochter winkelt graag; de doktersassistente belt.", ALL)).isEmpty();
        assertThat(NeedWords.in("supermarktjes? eenzaamheidsgevoel", ALL)).isEmpty();
    }

    @Test
    void a_synonym_of_several_words_and_a_name_of_several_words_count_as_a_phrase() {
        assertThat(NeedWords.in("Ik wil weer onder de mensen komen.", ALL)).extracting(Match::categoryId)
                .containsExactly(3L);
        assertThat(NeedWords.in("onder mensen", ALL)).isEmpty();
        assertThat(NeedWords.in("toezicht en dagbesteding", ALL)).extracting(Match::categoryId).containsExactly(4L);
        assertThat(NeedWords.in("alleen toezicht", ALL)).isEmpty();
    }

    @Test
    void a_word_said_twice_is_listed_once_and_nothing_is_found_in_nothing() {
        assertThat(NeedWords.in("Supermarkt, supermarkt!", ALL).get(0).words()).containsExactly("Supermarkt");
        assertThat(NeedWords.in(null, ALL)).isEmpty();
        assertThat(NeedWords.in("  ", ALL)).isEmpty();
        assertThat(NeedWords.in("Ik red me prima.", ALL)).isEmpty();
    }
}
