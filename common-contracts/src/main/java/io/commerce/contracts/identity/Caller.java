package io.commerce.contracts.identity;

import java.util.Objects;
import java.util.Set;

/**
 * The member making a request, as read from the validated token and from nowhere else. Controllers take
 * it as a parameter; no endpoint takes a member id from the path, query, headers or body.
 */
public record Caller(String memberId, Set<String> roles) {

    public static final String ADMIN = "ADMIN";

    public Caller {
        Objects.requireNonNull(memberId, "memberId");
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(ADMIN);
    }
}
