package nl.samenplan.e2e;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import java.time.Instant;

/** What a user's authenticator app shows: the RFC 6238 code of a secret (SHA-1, 6 digits, 30 s) at a time step. */
final class TotpCodes {

    private TotpCodes() {
    }

    /** The time step of this moment. */
    static long stepNow() {
        return Math.floorDiv(Instant.now().getEpochSecond(), 30);
    }

    /** The code of the secret at the given step. */
    static String codeAt(String secret, long step) {
        try {
            return new DefaultCodeGenerator().generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException(e);
        }
    }
}
