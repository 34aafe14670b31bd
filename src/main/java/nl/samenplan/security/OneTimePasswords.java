package nl.samenplan.security;

import java.security.SecureRandom;

/**
 * The one-time passwords the beheerder hands out (a new user, a reset): random, and easy to read aloud or type over
 * from a note: four groups of four, from an alphabet without the characters that look alike (0/O, 1/l/I) and without
 * vowels (no words by chance) and without l and L: 48 characters, 16 drawn, about 89 bits, far beyond guessing.
 */
final class OneTimePasswords {

    static final String ALPHABET = "23456789bcdfghjkmnpqrstvwxyzBCDFGHJKMNPQRSTVWXYZ";
    static final int GROUPS = 4;
    static final int GROUP_LENGTH = 4;

    private final SecureRandom random;

    OneTimePasswords(SecureRandom random) {
        this.random = random;
    }

    OneTimePasswords() {
        this(new SecureRandom());
    }

    /** A new one-time password, e.g. {@code k7Qm-9xTb-Hr4w-p2Zc}. */
    String next() {
        StringBuilder password = new StringBuilder(GROUPS * (GROUP_LENGTH + 1));
        for (int group = 0; group < GROUPS; group++) {
            if (group > 0) {
                password.append('-');
            }
            for (int i = 0; i < GROUP_LENGTH; i++) {
                password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
        }
        return password.toString();
    }
}
