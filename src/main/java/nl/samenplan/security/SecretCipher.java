package nl.samenplan.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.encrypt.Encryptors;
import org.springframework.security.crypto.encrypt.TextEncryptor;
import org.springframework.stereotype.Component;

/**
 * Keeps the second factor's secrets encrypted at rest: AES-256-GCM with a key derived (PBKDF2) from the setting
 * {@code samenplan.security.second-factor.encryption-key}. A copy of the database alone does not give anyone the codes.
 * No start without a key of at least {@value #MIN_KEY_LENGTH} characters (fail closed).
 */
@Component
class SecretCipher {

    static final int MIN_KEY_LENGTH = 16;
    /** Not secret (the key is): makes the derived key Samenplan's own. */
    private static final String SALT = "53616d656e706c616e2d32464121";

    private final TextEncryptor encryptor;

    SecretCipher(@Value("${samenplan.security.second-factor.encryption-key:}") String key) {
        if (key == null || key.strip().length() < MIN_KEY_LENGTH) {
            throw new IllegalStateException("Set SAMENPLAN_SECOND_FACTOR_KEY (samenplan.security.second-factor."
                    + "encryption-key): at least " + MIN_KEY_LENGTH + " characters, kept secret, the same on every node");
        }
        this.encryptor = Encryptors.delux(key.strip(), SALT);
    }

    String encrypt(String secret) {
        return encryptor.encrypt(secret);
    }

    String decrypt(String encrypted) {
        return encryptor.decrypt(encrypted);
    }
}
