package io.commerce.edge;

/**
 * What the suite accepts as a token's {@code sub}, the member id every service stores: 1 to {@value #MAX_LENGTH}
 * visible ASCII characters ({@code !} to {@code ~}). The longest member-id column is {@code varchar(100)}
 * (balance, orders); a longer id, or one with a NUL, used to pass the token checks and fail at the database as a
 * 500. Issuers' subjects are UUIDs, numbers or {@code provider|id}, all visible ASCII; anything else, a space, a
 * control character or an unpaired surrogate, would only end up in logs, Kafka events and rows as something no
 * one can read back.
 */
public final class SubjectClaim {

    /** The member-id columns' length: {@code member_id varchar(100)} in balance-service and order-service. */
    public static final int MAX_LENGTH = 100;

    private SubjectClaim() {
    }

    public static boolean isValid(String subject) {
        if (subject == null || subject.isEmpty() || subject.length() > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < subject.length(); i++) {
            char c = subject.charAt(i);
            if (c <= 0x20 || c >= 0x7f) {
                return false;
            }
        }
        return true;
    }
}
