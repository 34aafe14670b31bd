package nl.samenplan.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Dutch first, English complete: the two bundles keep the same keys, and every key the code uses exists. */
class TranslationsTest {

    private final Translations translations = new Translations();

    @Test
    void dutch_and_english_have_exactly_the_same_keys_in_every_bundle() {
        for (String bundle : Translations.BUNDLES) {
            String name = bundle.substring(bundle.indexOf('.') + 1);
            assertThat(loadBundle(name, "nl").stringPropertyNames()).as(name)
                    .isEqualTo(loadBundle(name, "en").stringPropertyNames());
        }
    }

    @Test
    void no_key_is_defined_in_two_bundles() {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (String bundle : Translations.BUNDLES) {
            for (String key : loadBundle(bundle.substring(bundle.indexOf('.') + 1), "nl").stringPropertyNames()) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void every_translation_key_written_in_the_code_exists_in_dutch() throws IOException {
        Pattern literalKey = Pattern.compile("(?:getTranslation|translate)\\(\"([a-zA-Z0-9.]+)\"|title = \"([a-z.]+)\""
                + "|BusinessRuleException\\(\"([a-zA-Z0-9.]+)\"|Reason\\.of\\(\"([a-zA-Z0-9.]+)\"");
        Set<String> missing = new TreeSet<>();
        Properties dutch = load("nl");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = literalKey.matcher(Files.readString(file));
                while (matcher.find()) {
                    for (int group = 1; group <= matcher.groupCount(); group++) {
                        String key = matcher.group(group);
                        // a key ending in "." is the prefix of keys completed at run time
                        if (key != null && !key.endsWith(".") && !dutch.containsKey(key)) {
                            missing.add(key + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void the_labels_of_roles_and_statuses_exist() {
        Properties dutch = load("nl");
        for (nl.samenplan.security.Role role : nl.samenplan.security.Role.values()) {
            assertThat(dutch).containsKey(role.labelKey());
        }
        for (nl.samenplan.client.ClientStatus status : nl.samenplan.client.ClientStatus.values()) {
            assertThat(dutch).containsKey(status.labelKey());
        }
    }

    @Test
    void dutch_is_the_default_and_english_the_second_language() {
        assertThat(translations.getTranslation("menu.clients", Locale.forLanguageTag("nl"))).isEqualTo("Cliënten");
        assertThat(translations.getTranslation("menu.clients", Locale.ENGLISH)).isEqualTo("Clients");
        assertThat(translations.getTranslation("menu.clients", Locale.GERMAN)).isEqualTo("Cliënten");
        assertThat(translations.getTranslation("users.password.help", Locale.forLanguageTag("nl"), 12))
                .isEqualTo("Minstens 12 tekens; geen veelgebruikt wachtwoord en niet uw gebruikersnaam");
    }

    /** All bundles together in one language. */
    private static Properties load(String language) {
        Properties all = new Properties();
        for (String bundle : Translations.BUNDLES) {
            all.putAll(loadBundle(bundle.substring(bundle.indexOf('.') + 1), language));
        }
        return all;
    }

    private static Properties loadBundle(String name, String language) {
        Properties properties = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + name + "_" + language + ".properties")) {
            if (in != null) {
                properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
