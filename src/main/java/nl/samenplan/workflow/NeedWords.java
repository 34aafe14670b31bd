package nl.samenplan.workflow;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the kinds of need the client names in their own words ("Waar heeft u behoefte aan?"): a kind is named when
 * its name or one of its other words occurs in the answer as whole words, whatever the case or accents, in the
 * singular or a simple plural ("boodschap" and "boodschappen", "dokter" and "dokters", "rit" and "ritten"). Plain
 * Java, no Spring.
 */
public final class NeedWords {

    /** A kind of need with the words it is known by; its name counts as one of them. */
    public record Category(long id, String name, Collection<String> synonyms) {
    }

    /** A kind of need named in the answer, with the words of the answer that named it, as the client wrote them. */
    public record Match(long categoryId, String categoryName, List<String> words) {

        /**
         * The words for the description of the need: the words that named it, except its own name (a need
         * "Boodschappen: boodschappen" says nothing more); {@code null} when only the name was said.
         */
        public String description() {
            List<String> other = words.stream().filter(w -> !same(w, categoryName)).toList();
            return other.isEmpty() ? null : String.join(", ", other);
        }
    }

    private NeedWords() {
    }

    /** The kinds of need the answer names, in the order of the categories given. */
    public static List<Match> in(String answer, List<Category> categories) {
        if (answer == null || answer.isBlank()) {
            return List.of();
        }
        List<String> original = words(answer);
        List<Set<String>> forms = original.stream().map(NeedWords::forms).toList();
        List<Match> matches = new ArrayList<>();
        for (Category category : categories) {
            Set<String> found = new LinkedHashSet<>();
            List<String> terms = new ArrayList<>();
            terms.add(category.name());
            terms.addAll(category.synonyms());
            for (String term : terms) {
                List<Set<String>> phrase = words(term).stream().map(NeedWords::forms).toList();
                if (phrase.isEmpty()) {
                    continue;
                }
                for (int i = 0; i + phrase.size() <= forms.size(); i++) {
                    if (startsAt(forms, i, phrase)) {
                        found.add(String.join(" ", original.subList(i, i + phrase.size())));
                    }
                }
            }
            if (!found.isEmpty()) {
                matches.add(new Match(category.id(), category.name(), dedupe(found)));
            }
        }
        return matches;
    }

    private static boolean startsAt(List<Set<String>> text, int at, List<Set<String>> phrase) {
        for (int j = 0; j < phrase.size(); j++) {
            if (java.util.Collections.disjoint(text.get(at + j), phrase.get(j))) {
                return false;
            }
        }
        return true;
    }

    /** The same word written twice ("Boodschappen", "boodschappen") is said once. */
    private static List<String> dedupe(Set<String> found) {
        List<String> out = new ArrayList<>();
        for (String w : found) {
            if (out.stream().noneMatch(o -> same(o, w))) {
                out.add(w);
            }
        }
        return out;
    }

    /** The words of a text: letters and digits. */
    private static List<String> words(String text) {
        return Arrays.stream(text.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
    }

    /** Whether two phrases are the same words, singular or plural. */
    static boolean same(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        return x.size() == y.size() && startsAt(x.stream().map(NeedWords::forms).toList(), 0,
                y.stream().map(NeedWords::forms).toList());
    }

    /**
     * The forms a word may stand for, without case and accents: itself, and without a simple plural ending: "-s"
     * ("dokters"), "-en" ("bezoeken"), and a doubled consonant before "-en" ("boodschappen", "ritten"). A word of
     * the answer meets a word of the catalogue when they share a form, so singular meets plural either way.
     */
    static Set<String> forms(String word) {
        String w = plain(word);
        Set<String> forms = new LinkedHashSet<>();
        forms.add(w);
        if (w.length() > 3 && w.endsWith("s")) {
            forms.add(w.substring(0, w.length() - 1));
        }
        if (w.length() > 4 && w.endsWith("en")) {
            String base = w.substring(0, w.length() - 2);
            forms.add(base);
            int n = base.length();
            if (n > 3 && base.charAt(n - 1) == base.charAt(n - 2) && "aeiou".indexOf(base.charAt(n - 1)) < 0) {
                forms.add(base.substring(0, n - 1));
            }
        }
        return forms;
    }

    private static String plain(String word) {
        return Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
