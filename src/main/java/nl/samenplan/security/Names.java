package nl.samenplan.security;

/** Small guards for the names people type in. */
final class Names {

    private Names() {
    }

    static String required(String value, int maxLength) {
        String trimmed = value == null ? "" : value.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("A name is required");
        }
        if (trimmed.length() > maxLength) {
            throw new IllegalArgumentException("A name has at most " + maxLength + " characters");
        }
        return trimmed;
    }
}
