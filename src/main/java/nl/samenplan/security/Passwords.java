package nl.samenplan.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.samenplan.base.InvalidInputException;
import org.passay.DictionaryRule;
import org.passay.PasswordData;
import org.passay.UsernameRule;
import org.passay.dictionary.ArrayWordList;
import org.passay.dictionary.WordListDictionary;
import org.passay.dictionary.sort.ArraysSort;

/**
 * The rules for every new password (the user's own change, the forced change after a reset, the first administrator):
 * at least {@link #MIN_LENGTH} characters, at most 72 bytes (BCrypt reads no more; Spring Security 6.3 and later
 * refuses more with an exception, here it is a Dutch message at the field), not one of the common passwords shipped in
 * {@code security/common-passwords*.txt} (without regard to case), and never the username or containing it. No
 * {@code maxLength} on password fields: a browser would silently cut a pasted password, and the password manager would
 * keep the long one. The one-time passwords the beheerder hands out are generated ({@link OneTimePasswords}).
 */
final class Passwords {

    /** The fewest characters of a password. */
    static final int MIN_LENGTH = UserAdminService.MIN_PASSWORD_LENGTH;

    private static final String[] LISTS = {"/security/common-passwords.txt", "/security/common-passwords-nl.txt"};
    private static final DictionaryRule COMMON = new DictionaryRule(new WordListDictionary(
            new ArrayWordList(commonPasswords(), false, new ArraysSort())));
    private static final UsernameRule USERNAME = new UsernameRule(false, true);

    private Passwords() {
    }

    /**
     * Refuses a password that breaks a rule, naming the field it was typed in ({@code username}: whose password it is
     * to be, null when not known yet).
     */
    static void requireStorable(String password, String username, String field) {
        Optional<String> broken = brokenRule(password, username);
        if (broken.isPresent()) {
            Object parameter = switch (broken.get()) {
                case "error.user.password.tooShort" -> MIN_LENGTH;
                case "error.password.tooLong" -> SecurityLimits.PASSWORD_BYTES;
                default -> null;
            };
            throw parameter == null ? new InvalidInputException(field, broken.get())
                    : new InvalidInputException(field, broken.get(), parameter);
        }
    }

    /** The message key of the first rule the password breaks, or none. */
    static Optional<String> brokenRule(String password, String username) {
        if (password == null || password.length() < MIN_LENGTH) {
            return Optional.of("error.user.password.tooShort");
        }
        if (!fitsBcrypt(password)) {
            return Optional.of("error.password.tooLong");
        }
        if (isCommon(password)) {
            return Optional.of("error.password.common");
        }
        if (username != null && !username.isBlank()
                && !USERNAME.validate(new PasswordData(username.strip(), password)).isValid()) {
            return Optional.of("error.password.username");
        }
        return Optional.empty();
    }

    static boolean fitsBcrypt(String password) {
        return password.getBytes(StandardCharsets.UTF_8).length <= SecurityLimits.PASSWORD_BYTES;
    }

    /** Whether the password is on the shipped lists of common passwords, whatever its capitals. */
    static boolean isCommon(String password) {
        return !COMMON.validate(new PasswordData(password)).isValid();
    }

    /** Both lists, one word a line, without the comment lines, without doubles (compared without regard to case). */
    private static String[] commonPasswords() {
        Map<String, String> words = new LinkedHashMap<>();
        for (String list : LISTS) {
            try (InputStream in = Passwords.class.getResourceAsStream(list)) {
                if (in == null) {
                    throw new IllegalStateException("The list of common passwords is missing: " + list);
                }
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                        .forEach(word -> words.putIfAbsent(word.toLowerCase(Locale.ROOT), word));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return words.values().toArray(String[]::new);
    }
}
