package io.commerce.contracts.text;

/**
 * Text a person can read and PostgreSQL can store as it was sent: no control characters (NUL among them, which a
 * {@code text} column refuses outright) and no half of a UTF-16 surrogate pair (which becomes {@code ?} on the way to
 * UTF-8). Names and other free text from clients are checked with it.
 */
public final class PrintableText {

    private PrintableText() {
    }

    public static boolean isPrintable(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c)) {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 == text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }
}
