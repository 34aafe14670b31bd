package nl.samenplan.security;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * The rules of a time-based one-time code (RFC 6238) as every authenticator app reads them: SHA-1, six digits, a new
 * code every 30 seconds. A code of the period before or after is accepted too (a phone's clock may drift), but never a
 * code of a time step at or before the last one accepted: a code used once cannot be used again.
 */
final class TotpCodes {

    static final int DIGITS = 6;
    static final int PERIOD_SECONDS = 30;
    /** Periods of drift allowed on either side of now. */
    static final int DRIFT = 1;
    /** 32 Base32 characters: a secret of 160 bits, as RFC 4226 recommends. */
    static final int SECRET_CHARACTERS = 32;
    private static final Pattern CODE = Pattern.compile("\\d{" + DIGITS + "}");

    private final DefaultCodeGenerator generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);
    private final DefaultSecretGenerator secrets = new DefaultSecretGenerator(SECRET_CHARACTERS);

    String newSecret() {
        return secrets.generate();
    }

    static long stepAt(Instant instant) {
        return Math.floorDiv(instant.getEpochSecond(), PERIOD_SECONDS);
    }

    /** The code an authenticator app shows for this secret at this moment. */
    String codeAt(String secret, Instant instant) {
        return codeOfStep(secret, stepAt(instant));
    }

    /**
     * The time step whose code this is, when the code is right for now (give or take the drift) and of a step later
     * than {@code lastUsedStep} (null: none used yet); empty otherwise. Spaces in the typed code are ignored.
     */
    OptionalLong matchingStep(String secret, String typed, Long lastUsedStep, Instant now) {
        String code = normalise(typed);
        if (code == null) {
            return OptionalLong.empty();
        }
        long current = stepAt(now);
        long found = -1;
        for (long step = current - DRIFT; step <= current + DRIFT; step++) {
            // every candidate compared in constant time, and all of them, so the timing tells nothing
            if (constantTimeEquals(codeOfStep(secret, step), code) && found < 0) {
                found = step;
            }
        }
        if (found < 0 || lastUsedStep != null && found <= lastUsedStep) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(found);
    }

    /** Six digits, spaces removed; null when the input is not a code at all. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String code = typed.replaceAll("\\s", "");
        return CODE.matcher(code).matches() ? code : null;
    }

    private String codeOfStep(String secret, long step) {
        try {
            return generator.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a one-time code", e);
        }
    }

    private static boolean constantTimeEquals(String a, String b) {
        return MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
