package nl.samenplan.security;

/**
 * What an authenticator app needs to be set up: the secret as text (for typing it in) and as a QR code (a PNG as a
 * data URI). Shown once, while setting up; never again afterwards.
 */
public record SecondFactorEnrolment(String secret, String qrCodeDataUri) {

    /** The secret in groups of four, as it is easiest to read and type over. */
    public String groupedSecret() {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }

    @Override
    public String toString() {
        return "SecondFactorEnrolment[secret hidden]";
    }
}
