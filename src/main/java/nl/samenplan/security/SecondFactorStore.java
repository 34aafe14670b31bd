package nl.samenplan.security;

import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.util.Utils;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import nl.samenplan.base.BusinessRuleException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factors of all users by user id: set one up, confirm it with a first code, check a code, use a recovery
 * code, remove it. The services decide whose (the logged-in user, the pending log-in, the beheerder's choice).
 */
@Component
@Transactional
class SecondFactorStore {

    static final int RECOVERY_CODES = 10;
    static final String ISSUER = "Samenplan";

    private final SecondFactorRepository factors;
    private final RecoveryCodeRepository recoveryCodes;
    private final SecretCipher cipher;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;
    private final TotpCodes totp = new TotpCodes();

    SecondFactorStore(SecondFactorRepository factors, RecoveryCodeRepository recoveryCodes, SecretCipher cipher,
            PasswordEncoder passwordEncoder, Clock clock) {
        this.factors = factors;
        this.recoveryCodes = recoveryCodes;
        this.cipher = cipher;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    boolean isOn(long userId) {
        return factors.findById(userId).map(SecondFactor::isConfirmed).orElse(false);
    }

    @Transactional(readOnly = true)
    long recoveryCodesLeft(long userId) {
        return recoveryCodes.countByUserIdAndUsedAtIsNull(userId);
    }

    /** A new secret for this user (again when begun before and never confirmed); refused when one is on already. */
    SecondFactorEnrolment begin(long userId, String username) {
        String secret = totp.newSecret();
        Instant now = clock.instant();
        SecondFactor factor = factors.findById(userId).orElse(null);
        if (factor == null) {
            factors.save(new SecondFactor(userId, cipher.encrypt(secret), now));
        } else if (factor.isConfirmed()) {
            throw new BusinessRuleException("error.secondFactor.alreadyOn");
        } else {
            factor.restart(cipher.encrypt(secret), now);
        }
        return new SecondFactorEnrolment(secret, qrCode(username, secret));
    }

    /**
     * Confirms the enrolment begun with the first code the app shows and returns the ten recovery codes, in plain text
     * this once (only their hashes are kept); refused with a wrong code.
     */
    List<String> confirm(long userId, String code) {
        SecondFactor factor = factors.findById(userId).filter(f -> !f.isConfirmed())
                .orElseThrow(() -> new BusinessRuleException("error.secondFactor.notBegun"));
        OptionalLong step = totp.matchingStep(cipher.decrypt(factor.getSecretEncrypted()), code,
                factor.getLastUsedStep(), clock.instant());
        if (step.isEmpty()) {
            throw new BusinessRuleException("error.secondFactor.wrongCode");
        }
        factor.confirm(clock.instant(), step.getAsLong());
        recoveryCodes.deleteAllOfUser(userId);
        List<String> codes = Arrays.asList(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
        recoveryCodes.saveAll(codes.stream().map(c -> new RecoveryCode(userId, passwordEncoder.encode(c))).toList());
        return List.copyOf(codes);
    }

    /** Whether this is the right code of the user's confirmed second factor now; a right code is spent. */
    boolean checkCode(long userId, String code) {
        SecondFactor factor = factors.findById(userId).filter(SecondFactor::isConfirmed).orElse(null);
        if (factor == null) {
            return false;
        }
        OptionalLong step = totp.matchingStep(cipher.decrypt(factor.getSecretEncrypted()), code,
                factor.getLastUsedStep(), clock.instant());
        step.ifPresent(factor::used);
        return step.isPresent();
    }

    /** Whether this is one of the user's unused recovery codes; if so it is used up now. */
    boolean useRecoveryCode(long userId, String typed) {
        String code = normaliseRecoveryCode(typed);
        if (code == null || !isOn(userId)) {
            return false;
        }
        for (RecoveryCode candidate : recoveryCodes.findByUserIdAndUsedAtIsNull(userId)) {
            if (passwordEncoder.matches(code, candidate.getCodeHash())) {
                candidate.use(clock.instant());
                return true;
            }
        }
        return false;
    }

    /** The second factor and its recovery codes are gone: the user sets one up again (at the next log-in if required). */
    void remove(long userId) {
        recoveryCodes.deleteAllOfUser(userId);
        factors.findById(userId).ifPresent(factors::delete);
        factors.flush();
    }

    /** Lower case, groups of four joined by dashes, as they were shown; what someone typed otherwise is no code. */
    static String normaliseRecoveryCode(String typed) {
        if (typed == null) {
            return null;
        }
        String plain = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
        if (!plain.matches("[a-z0-9]{16}")) {
            return null;
        }
        return plain.replaceAll("(.{4})(?!$)", "$1-");
    }

    private static String qrCode(String username, String secret) {
        QrData data = new QrData.Builder().label(username).secret(secret).issuer(ISSUER)
                .algorithm(dev.samstevens.totp.code.HashingAlgorithm.SHA1).digits(TotpCodes.DIGITS)
                .period(TotpCodes.PERIOD_SECONDS).build();
        ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
        generator.setImageSize(240);
        try {
            return Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType());
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }
}
